package gosub.language.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.traceback.StackFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * A Go panic unwinding the goroutine's stack. value is the panic value as an interface (null for panic(nil)).
 * As it passes each call it collects a Go stack frame, so an unrecovered panic can print Go's trace. It is a
 * Truffle exception so that Truffle records the guest frames it unwinds: a panic that ends a call from another
 * language reaches the embedder with its Go stack ({@code gosub.language.interop.GoGuestException}).
 */
public final class GoPanicException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public final Object value;
    public boolean recovered;
    /** The panic this one replaced (a panic raised while a deferred call ran during panicking). */
    public GoPanicException previous;
    /**
     * Go stack frames collected while unwinding, innermost first: the panicking function at the panicking line, then
     * each caller at its call. Deferred calls run during the panic see them below runtime.gopanic, as in Go, where
     * the panicking frames stay on the stack until a recovery (gosub.language.traceback.GoroutineStacks).
     */
    public final List<StackFrame> frames = new ArrayList<>();
    private boolean tracing = true;
    /**
     * The node of the statement (or operand on a line of its own) where a panic raised without a location was first
     * placed in a frame: a run-time error's place for the embedder (the exception's own location is fixed at its
     * creation, deep in a node or in the runtime, where no node is at hand).
     */
    private Node placedAt;
    /** How many guest frames Truffle keeps for the embedder (Go's own report uses {@link #frames}). */
    private static final int GUEST_FRAME_LIMIT = 100;

    public GoPanicException(Object value) {
        this(value, null);
    }

    /**
     * A panic raised at location (a panic call): the embedder's stack trace and source location then name its line.
     * Run-time errors are raised deep in nodes and runtime code without one; Go's own report has their line anyway
     * ({@link #frames}), and the embedder the statement's ({@link #placedAt()}).
     */
    public GoPanicException(Object value, Node location) {
        super(null, null, GUEST_FRAME_LIMIT, location);
        this.value = value;
    }

    public void addFrame(String function, String file, int line) {
        if (tracing) {
            frames.add(new StackFrame(function, file, line));
        }
    }

    /** The first frame of a panic raised without a location: its line is at node. */
    public void addFirstFrame(String function, Node node, String file, int line) {
        if (frames.isEmpty() && getLocation() == null) {
            placedAt = node;
        }
        addFrame(function, file, line);
    }

    /** Where the panic was raised: its panic call, or the statement a run-time error was placed at (or null). */
    public Node placedAt() {
        Node at = getLocation();
        return at != null ? at : placedAt;
    }

    /** Stops collecting frames (after the panic has been seen by a goroutine's top). */
    public void stopTracing() {
        tracing = false;
    }
}
