package gosub.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.runtime.GoroutineState;

/**
 * The layout of the argument array of every Go call target:
 * {@code [goroutine, environment, depth, params...]}, and for a deferred call one more element,
 * {@link #DEFERRED}, last.
 * <ul>
 * <li>goroutine: the {@link GoroutineState} of the calling goroutine, so that nothing depends on the thread that
 * runs it;</li>
 * <li>environment: the captured cells of a closure ({@code Object[]}), the bound receiver of a method value, or
 * null for a declared function;</li>
 * <li>depth: how many Go calls are under way below this one in the goroutine (an {@code Integer}; null counts as
 * 0: a goroutine's first function, a call from Java). The call made at depth d notes its call site in the
 * goroutine's {@link GoroutineState#callSites} at index d just before it is made, which is all a traceback of the
 * goroutine needs (gosub.language.traceback.GoroutineStacks); a call that cannot matter to a traceback notes
 * nothing and leaves the depth null ({@link #enter});</li>
 * <li>params: the Go parameters in order, a method's receiver first.</li>
 * </ul>
 * Nothing else in the interpreter knows these positions: callers build arrays here and callees read them here.
 *
 * <p>Why a depth and not a link to the caller's array: a link made the compiler allocate the array of every call it
 * had inlined as soon as a call further in was not inlined (the link points at it), which doubled the allocation of
 * recursive code (bench/fib 4.1 s became 8.3 s). A depth is a number the compiler folds through inlined calls.
 */
public final class GoArguments {
    private GoArguments() {
    }

    private static final int GOROUTINE = 0;
    private static final int ENVIRONMENT = 1;
    private static final int DEPTH = 2;
    private static final int PARAMS = 3;

    /** Boxed depths, so that storing a depth into an argument array never allocates (deeper calls box). */
    private static final Integer[] DEPTHS = new Integer[4096];

    static {
        for (int i = 0; i < DEPTHS.length; i++) {
            DEPTHS[i] = i;
        }
    }

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

    /** An argument array for paramCount parameters of a call deferred by the function running in frame. */
    public static Object[] createDeferred(int paramCount, Frame frame) {
        Object[] a = new Object[PARAMS + paramCount + 1];
        a[DEPTH] = boxDepth(depth(frame.getArguments()) + 1);
        a[a.length - 1] = DEFERRED;
        return a;
    }

    /**
     * Notes that the call with arguments a (goroutine set) is made at site now by the function running in caller: it
     * is one deeper than caller. Called after the arguments are evaluated, since evaluating them can make calls at
     * the same depth. A call that does not note itself leaves its depth 0: it is a call of a function that never
     * records the goroutine's position, nor do the functions it calls (gosub.language.build.PositionRecording), so
     * no depth in that part of the call tree is ever read.
     */
    public static void enter(Object[] a, Frame caller, Node site) {
        enter(a, depth(caller.getArguments()), site);
    }

    /**
     * {@link #enter} for a call that Java code makes on behalf of the Go function at callerDepth (a native calling
     * back, such as sort.Slice calling its less), which has no frame of that function at hand.
     */
    public static void enter(Object[] a, int callerDepth, Node site) {
        int depth = callerDepth + 1;
        a[DEPTH] = boxDepth(depth);
        goroutine(a).enterCall(depth, site);
    }

    /** Notes that the deferred call with arguments a (from {@link #createDeferred}, goroutine set) is made at site now. */
    public static void enterDeferred(Object[] a, Node site) {
        goroutine(a).enterCall(depth(a), site);
    }

    /** The depth of the call whose arguments a are (see the class comment). */
    public static int depth(Object[] a) {
        Object d = a[DEPTH];
        return d == null ? 0 : (Integer) d;
    }

    private static Integer boxDepth(int d) {
        return d < DEPTHS.length ? DEPTHS[d] : boxDeep(d);
    }

    @TruffleBoundary
    private static Integer boxDeep(int d) {
        return d;
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
     * A complete argument array for a call back into Go from a native, one call deeper than where g last recorded
     * its position ({@link GoroutineState#recordPosition}), which a native that can call back records first; the
     * call is noted as made there.
     */
    public static Object[] callback(GoroutineState g, Object environment, Object... params) {
        Object[] a = of(g, environment, params);
        a[DEPTH] = boxDepth(g.positionDepth + 1);
        g.enterCall(g.positionDepth + 1, g.position);
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
        b[DEPTH] = a[DEPTH];
        b[PARAMS] = receiver;
        System.arraycopy(a, PARAMS, b, PARAMS + 1, a.length - PARAMS);
        return b;
    }
}
