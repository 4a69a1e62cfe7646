package gosub.language.stdlib;

import gosub.language.types.GoType;
import gosub.language.types.SliceType;
import gosub.language.values.Complex;
import gosub.language.values.Iface;
import gosub.language.values.Slice;

/** Formatting of the print/println built-ins (Go's runtime print: floats as +1.500000e+000, pointers as addresses). */
public final class BuiltinPrint {
    private BuiltinPrint() {
    }

    public static String format(GoType t, Object v) {
        if (v instanceof Complex c) {
            return "(" + format(null, c.re) + format(null, c.im) + "i)";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "NaN";
            }
            if (d.isInfinite()) {
                return d > 0 ? "+Inf" : "-Inf";
            }
            String s = String.format("%+.6e", d);
            int e = s.indexOf('e');
            String mant = s.substring(0, e);
            String exp = s.substring(e + 1);
            char sign = exp.charAt(0);
            String digits = exp.substring(1);
            while (digits.length() < 3) {
                digits = "0" + digits;
            }
            return mant + "e" + sign + digits;
        }
        if (v instanceof Long l) {
            return t != null && t.isUnsigned() ? Long.toUnsignedString(l) : Long.toString(l);
        }
        if (v instanceof Boolean || v instanceof String) {
            return v.toString();
        }
        if (t != null && t.underlying() instanceof SliceType) {
            // the runtime prints a slice header: [len/cap] and the address of its array
            if (v instanceof Slice s) {
                String array = s.array == null ? "0x0" : "0x" + Integer.toHexString(System.identityHashCode(s.array));
                return "[" + s.len + "/" + s.cap + "]" + array;
            }
            return "[0/0]0x0";
        }
        if (v == null) {
            return t != null && t.isInterface() ? "(0x0,0x0)" : "0x0";
        }
        if (v instanceof Iface i) {
            return "(0x" + Integer.toHexString(System.identityHashCode(i.type)) + ",0x" + Integer.toHexString(System.identityHashCode(i.value)) + ")";
        }
        return "0x" + Integer.toHexString(System.identityHashCode(v));
    }
}
