package gosub.language.stdlib.reflect;

import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.StructValue;

/**
 * What fmt needs of a reflect.Value operand: Go's fmt prints the value a Value holds, not the Value, so fmt asks
 * here whether an operand is a Value and what it holds.
 */
public final class PrintedValues {
    private PrintedValues() {
    }

    /** Whether t is reflect.Value. */
    public static boolean isValue(GoType t) {
        return t instanceof NamedType nt && "Value".equals(nt.name) && "reflect".equals(nt.pkg)
                        && nt.underlying() instanceof gosub.language.types.StructType;
    }

    /** What the Value v holds: its value as an interface holds it, or null for the zero Value. */
    public static Held contents(Iface v) {
        Object handle = ((StructValue) v.value).refs[0];
        return handle == null ? null : (Held) ((FuncValue) handle).env;
    }

    /**
     * The held value as an operand: the inner interface for an interface Value (null when it is nil), else the value
     * in an interface of its type.
     */
    public static Iface operand(Held h) {
        Object v = h.get();
        if (h.type.underlying() instanceof InterfaceType) {
            return (Iface) v;
        }
        return new Iface(h.type, v);
    }

    /** Whether the program may see the held value (not reached through an unexported field), so its methods run. */
    public static boolean exported(Held h) {
        return !h.readOnly() && h.method == null;
    }
}
