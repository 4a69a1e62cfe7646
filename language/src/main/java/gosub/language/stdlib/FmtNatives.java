package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.Natives;
import gosub.language.runtime.GoroutineState;
import gosub.language.stdlib.fmt.MethodInvoker;
import gosub.language.stdlib.fmt.Printer;
import gosub.language.stdlib.fmt.ScanTargets;
import gosub.language.values.Slice;

import java.util.function.Function;

/** The fmt package's native functions, on the fmt engine ({@link Printer}). */
public final class FmtNatives {
    private FmtNatives() {
    }

    static Object[] operands(Object arg) {
        Slice s = (Slice) arg;
        if (s == null) {
            return new Object[0];
        }
        Object[] out = new Object[s.len];
        System.arraycopy(s.array, s.offset, out, 0, s.len);
        return out;
    }

    /** invokers gives the method invoker for the calling goroutine. */
    public static void register(Natives n, GoContext ctx, Function<GoroutineState, MethodInvoker> invokers) {
        n.register("fmt.Sprintf", a -> Printer.sprintf((String) a[2], operands(a[3]), invokers.apply((GoroutineState) a[0])));
        n.register("fmt.Sprint", a -> Printer.sprint(operands(a[2]), invokers.apply((GoroutineState) a[0])));
        n.register("fmt.Sprintln", a -> Printer.sprintln(operands(a[2]), invokers.apply((GoroutineState) a[0])));
        n.register("fmt.errorf", a -> {
            Printer.Wrapped w = Printer.errorf((String) a[2], operands(a[3]), invokers.apply((GoroutineState) a[0]));
            return new Object[] {w.message(), w.wrapped()};
        });
        n.register("fmt.writeOut", a -> {
            String s = (String) a[3];
            ctx.write((int) (long) (Long) a[2], s);
            return (long) s.length();
        });
        n.register("fmt.scanKind", a -> ScanTargets.kind(a[2]));
        n.register("fmt.scanStore", a -> {
            ScanTargets.store(a[2], a[3]);
            return null;
        });
        n.register("os.Exit", a -> {
            ctx.flush();
            throw new gosub.language.runtime.GoExitException((int) (long) (Long) a[2]);
        });
    }
}
