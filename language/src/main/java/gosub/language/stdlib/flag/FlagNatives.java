package gosub.language.stdlib.flag;

import gosub.language.natives.Natives;
import gosub.language.types.GoType;
import gosub.language.types.PointerType;
import gosub.language.values.Aggregates;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.StructValue;
import gosub.language.values.ZeroValue;

/**
 * What package flag needs of reflection: a zero value of a Value's dynamic type (PrintDefaults leaves out a
 * default that equals it) and TextVar's copy of the default into the variable.
 */
public final class FlagNatives {
    private FlagNatives() {
    }

    public static void register(Natives n) {
        n.register("flag.zeroValue", (g, p) -> zeroOf((Iface) p[0]));
        n.register("flag.copyDefault", (g, p) -> copyDefault((Iface) p[0], (Iface) p[1]));
    }

    /** A zero value of v's type; for a pointer type, a pointer to a fresh zero variable. */
    static Iface zeroOf(Iface v) {
        if (v.type.underlying() instanceof PointerType p) {
            return new Iface(v.type, newVariable(p.elem));
        }
        return new Iface(v.type, ZeroValue.of(v.type));
    }

    /** new(T): an aggregate's storage is its own pointer; anything else lives in a cell. */
    private static Object newVariable(GoType t) {
        Object zero = ZeroValue.of(t);
        if (Aggregates.isAggregate(t)) {
            return zero;
        }
        gosub.language.values.Cell c = new gosub.language.values.Cell();
        gosub.language.nodes.local.CellNodes.storeBoxed(c, t.rep(), zero);
        return c;
    }

    /**
     * Copies value (or what it points to) into the variable p points to, when both have the same type; returns
     * the panic message of Go's flag otherwise, or "".
     */
    static String copyDefault(Iface p, Iface value) {
        if (p == null || !(p.type.underlying() instanceof PointerType target)) {
            return "variable value type must be a pointer";
        }
        if (value == null) {
            return "reflect: call of reflect.Value.Type on zero Value";
        }
        GoType type = value.type;
        Object v = value.value;
        if (type != null && type.underlying() instanceof PointerType vp) {
            type = vp.elem;
            v = load(vp.elem, v);
        }
        if (!type.toString().equals(target.elem.toString())) {
            return "default type does not match variable type: " + type + " != " + target.elem;
        }
        store(target.elem, p.value, v);
        return "";
    }

    private static Object load(GoType t, Object pointer) {
        if (pointer == null) {
            throw gosub.language.runtime.RuntimeErrors.nilDeref();
        }
        if (Aggregates.isAggregate(t)) {
            return pointer;
        }
        Pointer p = (Pointer) pointer;
        return switch (t.rep()) {
            case LONG -> p.getLong();
            case DOUBLE -> p.getDouble();
            case BOOL -> p.getBool();
            default -> p.getObject();
        };
    }

    private static void store(GoType t, Object pointer, Object v) {
        if (pointer == null) {
            throw gosub.language.runtime.RuntimeErrors.nilDeref();
        }
        if (v instanceof StructValue sv) {
            ((StructValue) pointer).assignFrom(sv);
            return;
        }
        if (Aggregates.isAggregate(t)) {
            Aggregates.assignArray(((gosub.language.types.ArrayType) t.underlying()).elem, pointer, v);
            return;
        }
        Pointer p = (Pointer) pointer;
        switch (t.rep()) {
            case LONG -> p.setLong((Long) v);
            case DOUBLE -> p.setDouble((Double) v);
            case BOOL -> p.setBool((Boolean) v);
            default -> p.setObject(v);
        }
    }
}
