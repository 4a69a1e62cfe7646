package gosub.language;

import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.stdlib.BuiltinPrint;
import gosub.runtime.FatalError;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.types.Types;
import gosub.language.values.Iface;

/**
 * Go's report of an unrecovered panic: {@code panic: V [recovered]…}, then the goroutine's frames. When an Error or
 * String method panics while the report is made, Go gives up on it: {@link #format} throws the {@link FatalError}.
 */
public final class PanicReport {
    private PanicReport() {
    }

    public static String format(GoContext ctx, GoPanicException p, GoroutineState g) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayList<GoPanicException> chain = new java.util.ArrayList<>();
        for (GoPanicException q = p; q != null; q = q.previous) {
            chain.add(0, q);
        }
        for (int i = 0; i < chain.size(); i++) {
            GoPanicException q = chain.get(i);
            sb.append(i == 0 ? "panic: " : "\tpanic: ").append(value(q.value, new GoMethodInvoker(ctx.methods, ctx.fmtFormatters, g)));
            if (q.recovered) {
                sb.append(" [recovered]");
            }
            sb.append('\n');
        }
        if (p.value instanceof Iface i && i.type == RuntimeErrors.ERROR_TYPE && String.valueOf(i.value).contains("nil pointer")) {
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        if (ctx.traceback == gosub.language.traceback.TracebackLevel.NONE) {
            return sb.toString();
        }
        sb.append("\ngoroutine ").append(g.id).append(" [running]:\n");
        gosub.language.traceback.GoroutineStacks.appendFrames(p.frames, sb);
        if (g.createdAt != null) {
            gosub.language.traceback.GoroutineStacks.appendCreatedBy(g.createdAt, g.creatorId, sb);
        }
        return sb.toString();
    }

    /**
     * Go's printpanicval: Error() for errors, String() for Stringers; a value of a predeclared basic type as print
     * shows it, one of a defined basic type wrapped in its type's name; any other value as its type and address.
     */
    private static String value(Object v, GoMethodInvoker inv) {
        if (!(v instanceof Iface i)) {
            return v == null ? "nil" : String.valueOf(v);
        }
        if (RuntimeErrors.isRuntimeErrorType(i.type)) {
            return String.valueOf(i.value);
        }
        for (String m : new String[] {"Error", "String"}) {
            if (inv.hasMethod(i.type, m)) {
                try {
                    return String.valueOf(inv.invoke(i, m));
                } catch (GoPanicException e) {
                    if (e.value == null) {
                        break; // Go's printer recovers nil and goes on as if the method had not been there
                    }
                    throw new FatalError("panic while printing panic value: " + whatPanicked(e.value));
                } catch (RuntimeException e) {
                    break;
                }
            }
        }
        GoType t = i.type;
        if (t.underlying() instanceof BasicType b && b.kind() != Kind.UNSAFE_POINTER) {
            String shown = b.kind() == Kind.STRING ? String.valueOf(i.value) : BuiltinPrint.format(b, i.value);
            if (!t.isNamed()) {
                return shown;
            }
            if (b.kind() == Kind.STRING) {
                return t + "(\"" + shown + "\")";
            }
            // a complex value prints with its own parentheses
            return b.kind().isComplex() ? t + shown : t + "(" + shown + ")";
        }
        // Go shows the interface's data word; an identity hash stands in for that address
        return "(" + t + ") 0x" + Integer.toHexString(System.identityHashCode(i.value));
    }

    /**
     * How Go's fatal error names the value an Error or String method panicked with while the report was made: a
     * string as itself, anything else by its dynamic type.
     */
    private static String whatPanicked(Object v) {
        if (!(v instanceof Iface i)) {
            return "type " + String.valueOf(v);
        }
        if (i.type == Types.STRING) {
            return String.valueOf(i.value);
        }
        return "type " + i.type;
    }
}
