package gosub.runtime;

/**
 * A Go panic raised by the runtime. The interpreter turns it into a guest panic whose value prints as
 * {@link #getMessage()}; {@link #isRuntimeError()} tells whether Go's value is a {@code runtime.Error}
 * (channel errors are, {@code sync: negative WaitGroup counter} is a plain string).
 * No Java stack trace is captured: panics are control flow, and the interpreter keeps its own stack record.
 */
public final class GoPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean runtimeError;

    public GoPanic(String message, boolean runtimeError) {
        super(message, null, false, false);
        this.runtimeError = runtimeError;
    }

    public boolean isRuntimeError() {
        return runtimeError;
    }

    static GoPanic sendOnClosedChannel() {
        return new GoPanic("send on closed channel", true);
    }

    static GoPanic closeOfNilChannel() {
        return new GoPanic("close of nil channel", true);
    }

    static GoPanic closeOfClosedChannel() {
        return new GoPanic("close of closed channel", true);
    }
}
