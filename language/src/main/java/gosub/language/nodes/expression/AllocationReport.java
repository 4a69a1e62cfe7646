package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.instrumentation.AllocationReporter;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.GoContext;
import gosub.language.interop.GoToHost;
import gosub.language.types.GoType;

/**
 * Tells Truffle's allocation listeners (the memory tracer, {@code --memtracer}) about a Go value a node has just
 * made: {@code new}, {@code make}, a composite literal, an {@code append} that grew its array. The report is
 * made after the value is complete, as one enter/return pair, so a panic half way or an allocation nested inside
 * an element never leaves a report open. Without a listener it is one check of an assumption that compiles
 * away ({@link AllocationReporter#isActive}).
 */
public final class AllocationReport extends Node {
    /** The value's static type: the report hands listeners the value as other languages see it. */
    private final GoType type;
    @CompilationFinal private AllocationReporter reporter;

    public AllocationReport(GoType type) {
        this.type = type;
    }

    /** Reports VALUE, of BYTES bytes (or {@link AllocationReporter#SIZE_UNKNOWN}), if anyone listens; returns it. */
    public <T> T allocated(T value, long bytes) {
        AllocationReporter r = reporter;
        if (r == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            r = reporter = GoContext.get(this).allocationReporter;
        }
        if (r.isActive()) {
            report(r, value, bytes);
        }
        return value;
    }

    @TruffleBoundary
    private void report(AllocationReporter r, Object value, long bytes) {
        long size = bytes < 0 ? AllocationReporter.SIZE_UNKNOWN : bytes;
        r.onEnter(null, 0, size);
        r.onReturnValue(GoToHost.export(GoContext.get(this), type, value), 0, size);
    }
}
