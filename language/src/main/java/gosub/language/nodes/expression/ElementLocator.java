package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.Aggregates;
import gosub.language.values.ArrayView;
import gosub.language.values.Slice;

/**
 * Where element i of a slice or array operand is in its backing Java array, after Go's checks: a nil slice has
 * length 0, a nil array pointer panics, an index outside the length panics (printed unsigned for an
 * {@link UnsignedIndex}).
 * <p>
 * Until one of those panics happens at this element access, compiled code does not throw it but deoptimizes, and
 * the next compilation throws. A check whose failure deoptimizes is a guard, which the compiler may move: a nil
 * check of a slice that a loop does not change goes before the loop, so the loop's reads of the slice's array,
 * offset and length go with it, and an index that is the loop's counter is checked against the loop's bounds once.
 * A check whose failure throws stays in the loop, and with it every read that depends on it.
 */
final class ElementLocator extends Node {
    private final boolean isArray;
    private final boolean unsignedIndex;
    /**
     * An array operand is an {@link ArrayView} only when reached through a pointer made from a slice: until this
     * node meets one, compiled code only guards against it; the first one deoptimizes.
     */
    @CompilationFinal private boolean viewSeen;
    @CompilationFinal private boolean panicked;

    ElementLocator(boolean isArray, boolean unsignedIndex) {
        this.isArray = isArray;
        this.unsignedIndex = unsignedIndex;
    }

    /**
     * The Java array holding v's elements, to be indexed at {@link #locate}(v, i). Asked first, so that nothing that
     * depends on i comes before the reads of the operand.
     */
    Object array(Object v, long i) {
        if (isArray) {
            return Aggregates.backing(present(v));
        }
        return slice(v, i).array;
    }

    /** The position of element i of v in {@link #array}(v, i). */
    int locate(Object v, long i) {
        int off;
        int len;
        if (isArray) {
            Object a = present(v);
            off = Aggregates.start(a);
            len = Aggregates.length(a);
        } else {
            Slice s = slice(v, i);
            off = s.offset;
            len = s.len;
        }
        // one unsigned comparison rejects a negative i too, the form of check the compiler can fold into a loop's
        if (Long.compareUnsigned(i, len) >= 0) {
            panicking();
            throw RuntimeErrors.indexOutOfRange(i, len, unsignedIndex);
        }
        return off + (int) i;
    }

    private Object present(Object array) {
        if (array == null) {
            panicking();
            throw RuntimeErrors.nilDeref();
        }
        if (!viewSeen && array instanceof ArrayView) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            viewSeen = true;
        }
        return array;
    }

    private Slice slice(Object v, long i) {
        if (v == null) {
            panicking();
            throw RuntimeErrors.indexOutOfRange(i, 0, unsignedIndex);
        }
        return CompilerDirectives.castExact(v, Slice.class);
    }

    private void panicking() {
        if (!panicked) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            panicked = true;
        }
    }
}
