package gosub.language.nodes;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.runtime.GoroutineState;

/**
 * The layout of the argument array of every Go call target:
 * {@code [goroutine, environment, caller, call site, params...]}, and for a deferred call one more element,
 * {@link #DEFERRED}, last.
 * <ul>
 * <li>goroutine: the {@link GoroutineState} of the calling goroutine, so that nothing depends on the thread that
 * runs it;</li>
 * <li>environment: the captured cells of a closure ({@code Object[]}), the bound receiver of a method value, or
 * null for a declared function;</li>
 * <li>caller and call site: the argument array of the calling function and the node that made the call (both
 * null for a goroutine's first function and calls from Java). Linked this way the arrays of the calls under way
 * form the goroutine's call chain, which tracebacks of other goroutines read (gosub.language.traceback): it costs
 * two stores into an array the call makes anyway, and nothing at all when the compiler inlines the call and the
 * array never exists;</li>
 * <li>params: the Go parameters in order, a method's receiver first.</li>
 * </ul>
 * Nothing else in the interpreter knows these positions: callers build arrays here and callees read them here.
 */
public final class GoArguments {
    private GoArguments() {
    }

    private static final int GOROUTINE = 0;
    private static final int ENVIRONMENT = 1;
    private static final int CALLER = 2;
    private static final int CALL_SITE = 3;
    private static final int PARAMS = 4;

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

    /** An argument array for paramCount parameters of a call made at site by the function running in frame. */
    public static Object[] create(int paramCount, Frame frame, Node site) {
        Object[] a = new Object[PARAMS + paramCount];
        a[CALLER] = frame.getArguments();
        a[CALL_SITE] = site;
        return a;
    }

    /** An argument array for paramCount parameters of a call deferred at site by the function running in frame. */
    public static Object[] createDeferred(int paramCount, Frame frame, Node site) {
        Object[] a = new Object[PARAMS + paramCount + 1];
        a[CALLER] = frame.getArguments();
        a[CALL_SITE] = site;
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

    /**
     * A complete argument array for a call back into Go from a native, linked to where g last recorded its position
     * ({@link GoroutineState#recordPosition}), which a native that can call back records first.
     */
    public static Object[] callback(GoroutineState g, Object environment, Object... params) {
        Object[] a = of(g, environment, params);
        a[CALLER] = g.positionArguments;
        a[CALL_SITE] = g.position;
        return a;
    }

    /** The argument array of the function that called the one these are the arguments of, or null. */
    public static Object[] caller(Object[] a) {
        return (Object[]) a[CALLER];
    }

    /** The node that made the call these are the arguments of (in the caller's code), or null. */
    public static Node callSite(Object[] a) {
        return (Node) a[CALL_SITE];
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

    /** How many parameters the call passed (for tools reading them). */
    public static int paramCount(Frame frame) {
        return frame.getArguments().length - PARAMS;
    }

    /** Parameter i (0 is a method's receiver). */
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
        b[CALLER] = a[CALLER];
        b[CALL_SITE] = a[CALL_SITE];
        b[PARAMS] = receiver;
        System.arraycopy(a, PARAMS, b, PARAMS + 1, a.length - PARAMS);
        return b;
    }
}
