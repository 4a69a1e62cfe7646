package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

import java.util.function.Supplier;

/**
 * The callee of a {@code defer} or {@code go} statement that names a declared function or method, resolved once, in
 * the interpreter. The supplier may build the function; compiled code that reached it pulled the whole builder into
 * partial evaluation, which gave up ("too deep inlining") and left every function with such a statement
 * ({@code defer wg.Done()}) interpreted for good. Held in a final field of its node, so compiled code reads the
 * resolved target as a constant.
 */
final class StaticCallee {
    private final Supplier<CallTarget> build;
    @CompilationFinal private CallTarget target;

    StaticCallee(Supplier<CallTarget> build) {
        this.build = build;
    }

    CallTarget get() {
        CallTarget t = target;
        if (t == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            t = build.get();
            target = t;
        }
        return t;
    }
}
