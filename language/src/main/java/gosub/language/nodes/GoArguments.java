package gosub.language.nodes;

import com.oracle.truffle.api.frame.Frame;
import gosub.language.runtime.GoroutineState;

/**
 * The layout of the argument array of every Go call target: {@code [goroutine, environment, params...]}, and for a
 * deferred call one more element, {@link #DEFERRED}, last.
 * <ul>
 * <li>goroutine: the {@link GoroutineState} of the calling goroutine, so that nothing depends on the thread that
 * runs it;</li>
 * <li>environment: the captured cells of a closure ({@code Object[]}), the bound receiver of a method value, or
 * null for a declared function;</li>
 * <li>params: the Go parameters in order, a method's receiver first.</li>
 * </ul>
 * Nothing else in the interpreter knows these positions: callers build arrays here and callees read them here.
 */
public final class GoArguments {
    private GoArguments() {
    }

    private static final int GOROUTINE = 0;
    private static final int ENVIRONMENT = 1;
    private static final int PARAMS = 2;

    /**
     * The marker a deferred call appends, so that recover() can tell its function was called directly by a deferred
     * call (only then does it stop a panic).
     */
    private static final Object DEFERRED = new Object() {
        @Override
        public String toString() {
            return "<deferred>";
        }
    };

    /** An argument array for paramCount parameters, everything null. */
    public static Object[] create(int paramCount) {
        return new Object[PARAMS + paramCount];
    }

    /** An argument array for paramCount parameters of a deferred call. */
    public static Object[] createDeferred(int paramCount) {
        Object[] a = new Object[PARAMS + paramCount + 1];
        a[a.length - 1] = DEFERRED;
        return a;
    }

    /** A complete argument array, for calls from Java. */
    public static Object[] of(GoroutineState g, Object environment, Object... params) {
        Object[] a = create(params.length);
        a[GOROUTINE] = g;
        a[ENVIRONMENT] = environment;
        System.arraycopy(params, 0, a, PARAMS, params.length);
        return a;
    }

    public static GoroutineState goroutine(Frame frame) {
        return (GoroutineState) frame.getArguments()[GOROUTINE];
    }

    public static GoroutineState goroutine(Object[] a) {
        return (GoroutineState) a[GOROUTINE];
    }

    public static void setGoroutine(Object[] a, GoroutineState g) {
        a[GOROUTINE] = g;
    }

    public static Object environment(Frame frame) {
        return frame.getArguments()[ENVIRONMENT];
    }

    public static void setEnvironment(Object[] a, Object environment) {
        a[ENVIRONMENT] = environment;
    }

    /** Parameter i (0 is a method's receiver). */
    /** How many parameters the call passed (for tools reading them). */
    public static int paramCount(Frame frame) {
        return frame.getArguments().length - PARAMS;
    }

    public static Object param(Frame frame, int i) {
        return frame.getArguments()[PARAMS + i];
    }

    public static Object param(Object[] a, int i) {
        return a[PARAMS + i];
    }

    public static void setParam(Object[] a, int i, Object value) {
        a[PARAMS + i] = value;
    }

    /** Whether this activation is a deferred call (what recover() needs to know). */
    public static boolean isDeferredCall(Frame frame) {
        Object[] a = frame.getArguments();
        return a[a.length - 1] == DEFERRED;
    }

    /**
     * The arguments for calling a method with the environment of a method value's call (the bound receiver) as the
     * receiver parameter, followed by that call's parameters.
     */
    public static Object[] bindReceiver(Object[] a, Object receiver) {
        Object[] b = new Object[a.length + 1];
        b[GOROUTINE] = a[GOROUTINE];
        b[PARAMS] = receiver;
        System.arraycopy(a, PARAMS, b, PARAMS + 1, a.length - PARAMS);
        return b;
    }
}
