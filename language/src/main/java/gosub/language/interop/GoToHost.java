package gosub.language.interop;

import gosub.language.GoContext;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.TupleType;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;
import gosub.language.values.NilObject;

/**
 * A Go value as other languages see it. Numbers, booleans and strings of the predeclared types are plain interop
 * primitives (a string converted from Go's bytes as UTF-8); everything else, and every value of a defined type, is a
 * {@link GoValue} that knows its Go type. An interface is seen as its dynamic value.
 */
public final class GoToHost {
    private GoToHost() {
    }

    /** The interop value of Go value v of static type t (null t: a call without results). */
    public static Object export(GoContext ctx, GoType t, Object v) {
        return export(ctx, t, v, false);
    }

    /**
     * The value a debugger shows for Go value v of static type t: as {@link #export}, but structs show their
     * unexported fields too (as internal members), as a Go debugger does.
     */
    public static Object exportForDebugger(GoContext ctx, GoType t, Object v) {
        return export(ctx, t, v, true);
    }

    /**
     * Go value v of static type t as an argument of a call to a function of another language: as {@link #export},
     * but an int8, int16, int32 (rune) or float32 leaves as the Java box of its width (Byte, Short, Integer, Float)
     * rather than a Long or Double. A Java lambda typed {@code BiFunction<Integer, Integer, Integer>} is erased code
     * that casts its arguments to Integer, and a Long would fail that cast.
     */
    public static Object exportArgument(GoContext ctx, GoType t, Object v) {
        if (t instanceof BasicType b) {
            switch (b.kind()) {
                case INT8 -> {
                    return (byte) (long) (Long) v;
                }
                case INT16 -> {
                    return (short) (long) (Long) v;
                }
                case INT32 -> {
                    return (int) (long) (Long) v;
                }
                case FLOAT32 -> {
                    return (float) (double) (Double) v;
                }
                default -> {
                }
            }
        }
        return export(ctx, t, v, false);
    }

    private static Object export(GoContext ctx, GoType t, Object v, boolean debugView) {
        if (t == null) {
            return NilObject.INSTANCE;
        }
        if (t.underlying() instanceof InterfaceType) {
            if (!(v instanceof Iface i)) {
                // a debugger shows a nil interface as Go prints it, <nil>, with its type
                return debugView ? new GoValue(ctx, t, null, true) : NilObject.INSTANCE;
            }
            return export(ctx, i.type, i.value, debugView);
        }
        if (ForeignValues.isValueType(ctx, t)) {
            return ForeignValues.unwrap(v); // a polyglot.Value goes back as the object it holds
        }
        if (t instanceof TupleType tt) {
            Object[] parts = (Object[]) v;
            Object[] out = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = export(ctx, tt.types.get(i), parts[i], debugView);
            }
            return new HostArray(out);
        }
        if (t instanceof BasicType b) {
            if (b.kind().isInteger() && v instanceof Long l) {
                // an unsigned 64-bit value above 2^63-1 is held as a negative long: it leaves as a big integer
                return b.isUnsigned() && l < 0 ? new GoValue(ctx, t, v, debugView) : l;
            }
            if (b.kind().isFloat() || b.kind().isBoolean()) {
                return v;
            }
            if (b.kind().isString()) {
                return ByteStrings.toJava((String) v);
            }
        }
        return new GoValue(ctx, t, v, debugView);
    }
}
