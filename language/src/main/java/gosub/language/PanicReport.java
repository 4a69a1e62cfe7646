package gosub.language;

import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.Iface;

/** Go's report of an unrecovered panic: {@code panic: V [recovered]…}, then the goroutine's frames. */
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
            sb.append(i == 0 ? "panic: " : "\tpanic: ").append(value(q.value, new GoMethodInvoker(ctx.methods, g)));
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

    /** Go's printpanicval: Error() for errors, String() for Stringers, else the value itself. */
    private static String value(Object v, GoMethodInvoker inv) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Iface i && !(i.type == RuntimeErrors.ERROR_TYPE || i.type == RuntimeErrors.PLAIN_ERROR_TYPE)) {
            for (String m : new String[] {"Error", "String"}) {
                if (inv.hasMethod(i.type, m)) {
                    try {
                        Object s = inv.invoke(i, m);
                        return String.valueOf(s);
                    } catch (RuntimeException e) {
                        break;
                    }
                }
            }
            if (i.value instanceof Long l) {
                return i.type.toString().equals("int") ? String.valueOf(l) : i.type + "(" + (i.type.isUnsigned() ? Long.toUnsignedString(l) : l) + ")";
            }
            if (i.value instanceof Double d) {
                return gosub.language.stdlib.BuiltinPrint.format(i.type, d);
            }
        }
        if (v instanceof Iface i) {
            if (i.value instanceof String s && (i.type == RuntimeErrors.ERROR_TYPE || i.type == RuntimeErrors.PLAIN_ERROR_TYPE)) {
                return s;
            }
            Object x = i.value;
            if (x instanceof String s) {
                return i.type.toString().equals("string") ? s : i.type + "(\"" + s + "\")";
            }
            if (x instanceof gosub.language.values.StructValue sv && sv.type.fields.size() == 1 && sv.refs.length == 1 && sv.refs[0] instanceof String s) {
                return s; // *errors.errorString and friends
            }
            return String.valueOf(x);
        }
        return String.valueOf(v);
    }
}
