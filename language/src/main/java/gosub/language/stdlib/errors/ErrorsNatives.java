package gosub.language.stdlib.errors;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.check.Universe;
import gosub.language.methods.MethodTable;
import gosub.language.stdlib.strings.StringsNatives;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.PointerType;
import gosub.language.values.Aggregates;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.StructValue;

/** The errors package's natives: the parts of Is and As that Go does with reflect. */
public final class ErrorsNatives {
    private ErrorsNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("errors.comparable", (gs, args) -> args[0] == null || TypeOps.comparable(((Iface) args[0]).type));
        n.register("errors.checkAsTarget", (gs, args) -> {
            checkTarget(ctx.methods, args[0]);
            return null;
        });
        n.register("errors.asTarget", (gs, args) -> asTarget(ctx.methods, (Iface) args[0], (Iface) args[1]));
    }

    private static GoType checkTarget(MethodTable methods, Object target) {
        if (target == null) {
            throw StringsNatives.panic("errors: target cannot be nil");
        }
        Iface t = (Iface) target;
        if (!(t.type.underlying() instanceof PointerType pt) || t.value == null) {
            throw StringsNatives.panic("errors: target must be a non-nil pointer");
        }
        GoType elem = pt.elem;
        if (!(elem.underlying() instanceof InterfaceType)
                        && !methods.implementsIface(elem, (InterfaceType) Universe.ERROR.underlying())) {
            throw StringsNatives.panic("errors: *target must be interface or implement error");
        }
        return elem;
    }

    /** If err's dynamic type is assignable to *target's type, stores err in *target and reports true. */
    private static boolean asTarget(MethodTable methods, Iface err, Iface target) {
        GoType elem = ((PointerType) target.type.underlying()).elem;
        if (!TypeOps.assignable(methods, err.type, elem)) {
            return false;
        }
        Object v = elem.underlying() instanceof InterfaceType ? err : err.value;
        Object p = target.value;
        if (p instanceof Pointer ptr) {
            switch (elem.rep()) {
                case LONG -> ptr.setLong((Long) v);
                case DOUBLE -> ptr.setDouble((Double) v);
                case BOOL -> ptr.setBool((Boolean) v);
                default -> ptr.setObject(v);
            }
        } else if (p instanceof StructValue sv) {
            sv.assignFrom((StructValue) v);
        } else {
            Aggregates.assignArray(((gosub.language.types.ArrayType) elem.underlying()).elem, p, v);
        }
        return true;
    }
}
