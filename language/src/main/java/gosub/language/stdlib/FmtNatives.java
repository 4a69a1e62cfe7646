package gosub.language.stdlib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.GoContext;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.ProgramExitException;
import gosub.language.runtime.GoroutineState;
import gosub.language.stdlib.FmtNativesFactory.SprintNodeGen;
import gosub.language.stdlib.fmt.MethodInvoker;
import gosub.language.stdlib.fmt.Printer;
import gosub.language.stdlib.fmt.ScanTargets;
import gosub.language.values.Slice;

/**
 * The fmt package's native functions, on the fmt engine ({@link Printer}). They format behind one boundary each;
 * the engine calls String and Error methods back through the context's method invoker for the calling goroutine.
 */
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

    /** The invoker of the context the node runs in, for the goroutine running frame. */
    static MethodInvoker invoker(NativeNode node, VirtualFrame frame) {
        return invoker(GoContext.get(node), NativeNode.blockingAt(node, frame)); // String and Error methods are called back from here
    }

    @TruffleBoundary
    private static MethodInvoker invoker(GoContext context, GoroutineState g) {
        return context.methodInvoker(g);
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "fmt.Sprintf")
    abstract static class Sprintf extends NativeNode {
        @Specialization
        String run(VirtualFrame frame, String format, Object operands) {
            return sprintf(format, operands, invoker(this, frame));
        }

        @TruffleBoundary
        private static String sprintf(String format, Object operands, MethodInvoker invoker) {
            return Printer.sprintf(format, operands(operands), invoker);
        }
    }

    /** fmt.Sprint, or Sprintln (line: blanks between all operands and a newline at the end). */
    abstract static class Sprint extends NativeNode {
        private final boolean line;

        Sprint(boolean line) {
            this.line = line;
        }

        @Specialization
        String run(VirtualFrame frame, Object operands) {
            return sprint(line, operands, invoker(this, frame));
        }

        @TruffleBoundary
        private static String sprint(boolean line, Object operands, MethodInvoker invoker) {
            return line ? Printer.sprintln(operands(operands), invoker) : Printer.sprint(operands(operands), invoker);
        }
    }

    /** fmt.Errorf's work: the message and the %w operand, which errors.go wraps into an error value. */
    @GenerateNodeFactory
    @NodeInfo(shortName = "fmt.errorf")
    abstract static class Errorf extends NativeNode {
        @Specialization
        Object run(VirtualFrame frame, String format, Object operands) {
            return errorf(format, operands, invoker(this, frame));
        }

        @TruffleBoundary
        private static Object errorf(String format, Object operands, MethodInvoker invoker) {
            Printer.Wrapped w = Printer.errorf(format, operands(operands), invoker);
            return new Object[] {w.message(), w.wrapped()};
        }
    }

    /**
     * Writes Go bytes to file descriptor 1 or 2 through the context's streams: the count written, or the error
     * number negated (one long, so that the print of every Println allocates nothing for its result).
     */
    @GenerateNodeFactory
    @NodeInfo(shortName = "fmt.writeOut")
    abstract static class WriteOut extends NativeNode {
        @Specialization
        long run(long fd, String s) {
            int errno = write(GoContext.get(this), fd, s);
            return errno == 0 ? s.length() : -errno;
        }

        @TruffleBoundary
        private static int write(GoContext context, long fd, String s) {
            return context.write((int) fd, s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "os.Exit")
    abstract static class Exit extends NativeNode {
        @Specialization
        Object run(long code) {
            throw exit(GoContext.get(this), code);
        }

        @TruffleBoundary
        private static ProgramExitException exit(GoContext context, long code) {
            context.flush();
            return new ProgramExitException((int) code);
        }
    }

    public static void register(Natives n) {
        n.register(FmtNativesFactory.getFactories());
        n.register("fmt.Sprint", args -> SprintNodeGen.create(false, args));
        n.register("fmt.Sprintln", args -> SprintNodeGen.create(true, args));
        n.register("fmt.scanKind", (g, p) -> ScanTargets.kind(p[0]));
        n.register("fmt.scanStore", (g, p) -> {
            ScanTargets.store(p[0], p[1]);
            return null;
        });
    }
}
