package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A goroutine (Go's {@code g}): a {@link Continuation} plus what the scheduler and the interpreter need to
 * know about it. Every blocking runtime call takes the current goroutine as its first parameter; nothing finds
 * it through the current thread (DESIGN rule 1).
 *
 * <p>Each M also has a <em>system goroutine</em> (Go's {@code g0}, id 0, no continuation) that it passes to
 * timer callbacks. Runtime calls that only wake others ({@link Channel#trySend}, {@link Scheduler#go},
 * {@link Timer}) accept it; blocking calls reject it.
 *
 * <p>Invariants: {@code status} and {@code waitReason} are written by the M that runs the goroutine (or by the
 * goroutine itself before it yields) and by the waker in {@link Scheduler#ready}; a goroutine is
 * {@link #RUNNING} on at most one M, and it is on at most one run queue at a time, only when
 * {@link #RUNNABLE}. {@code m} is the M running it now (valid while it runs; readers are the goroutine itself).
 * Fields under "parking" are written by the goroutine right before it yields and read by its M right after.
 */
public final class Goroutine {

    /** The code a goroutine runs; it receives its own goroutine to pass to runtime calls. */
    @FunctionalInterface
    public interface Body {
        void run(Goroutine self);
    }

    static final ContinuationScope SCOPE = new ContinuationScope("gosub");

    // status and yieldKind are bytes: with every other field a Goroutine is 8 bytes smaller than with ints (a
    // million parked goroutines each have one)
    static final byte CREATED = 0;
    static final byte RUNNABLE = 1;
    static final byte RUNNING = 2;
    static final byte WAITING = 3;
    static final byte DEAD = 4;

    /** What the M does after the continuation yielded; see {@link Machine#execute}. */
    static final byte YIELD_PARK = 1;
    static final byte YIELD_GOSCHED = 2;
    static final byte YIELD_LOCAL = 3;
    static final byte YIELD_EXIT = 4;

    /** How the M completes a park after the continuation unmounted (Go's {@code unlockf}). */
    enum ParkCommit {
        NONE, UNLOCK, UNLOCK_SELECT, START_TIMER, START_HOST_CALL
    }

    private static final VarHandle PREEMPT;
    private static final VarHandle SELECT_DONE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            PREEMPT = l.findVarHandle(Goroutine.class, "preempt", boolean.class);
            SELECT_DONE = l.findVarHandle(Goroutine.class, "selectDone", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long id;
    final Scheduler scheduler;
    private final Continuation continuation;
    private Body body;

    byte status;
    WaitReason waitReason;
    /** When the goroutine last parked, by the scheduler's coarse clock ({@link Scheduler#coarseNanoTime}). */
    long waitSince;
    Machine m;

    /** Set by sysmon (or at exit) when the time slice is spent; read with an opaque load at safe points. */
    @SuppressWarnings("unused") // accessed through PREEMPT
    private boolean preempt;

    /** Link in the global run queue (Go's {@code schedlink}); guarded by the scheduler lock. */
    Goroutine schedLink;

    /** Links in the scheduler's list of all goroutines (Go's {@code allgs}); guarded by its lock. */
    Goroutine allPrev;
    Goroutine allNext;

    // parking
    byte yieldKind;
    ParkCommit parkCommit = ParkCommit.NONE;
    Object parkArg;

    /** The waiter a waker chose: for select, which case won (Go's {@code g.param}). */
    Waiter wokenBy;

    /** 0 while a select waits; the first waker CASes it to 1 (Go's {@code g.selectDone}). */
    @SuppressWarnings("unused") // accessed through SELECT_DONE
    private volatile int selectDone;

    private Waiter waiter;
    /** The Select this goroutine reuses for its selects ({@link Select#reusable}); written only by itself. */
    Select select;
    Timer sleepTimer;

    /** xorshift state for select's poll order; goroutine-local, so no thread identity is needed. */
    private long random;

    private Object attachment;

    Goroutine(Scheduler scheduler, long id, Body body) {
        this.scheduler = scheduler;
        this.id = id;
        this.body = body;
        this.continuation = new GoroutineContinuation(this);
        this.random = mix(id * 0x9E3779B97F4A7C15L ^ scheduler.seed);
    }

    /** A system goroutine (g0) of an M. */
    Goroutine(Scheduler scheduler, Machine m) {
        this.scheduler = scheduler;
        this.id = 0;
        this.continuation = null;
        this.m = m;
        this.status = RUNNING;
        this.random = mix(System.identityHashCode(m) ^ scheduler.seed);
    }

    /** Go's goroutine id: main is 1, then 2, 3, ... in creation order; 0 for an M's system goroutine. */
    public long id() {
        return id;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * The slot the interpreter owns (panic state, its stack record). The runtime never reads it; the deadlock
     * report hands the goroutine to the {@link Scheduler.StackPrinter}, which may.
     */
    public Object attachment() {
        return attachment;
    }

    public void attach(Object value) {
        this.attachment = value;
    }

    /** Why the goroutine is blocked, or null if it is not. */
    public WaitReason waitReason() {
        return status == WAITING ? waitReason : null;
    }

    /**
     * When the goroutine started to wait ({@link System#nanoTime} time, to the scheduler's tick of a few
     * milliseconds), or -1 if it is not waiting.
     */
    public long waitingSince() {
        return status == WAITING ? waitSince : -1;
    }

    /** The state as Go prints it in a traceback header: {@code running}, {@code runnable} or the wait reason. */
    public String stateText() {
        WaitReason r = waitReason;
        return switch (status) {
            case RUNNING -> "running";
            case WAITING -> r == null ? "waiting" : r.text();
            case DEAD -> "dead";
            default -> "runnable";
        };
    }

    public boolean isSystem() {
        return continuation == null;
    }

    /**
     * Cheap check for the interpreter's loop back-edges and function entries: true when this goroutine has used
     * up its 10 ms slice (or the program is ending) and should call {@link Scheduler#gosched}. An opaque read: it
     * cannot be hoisted out of a loop, and costs a plain load.
     */
    public boolean preemptRequested() {
        return (boolean) PREEMPT.getOpaque(this);
    }

    void requestPreempt() {
        PREEMPT.setOpaque(this, true);
    }

    void clearPreempt() {
        PREEMPT.setOpaque(this, false);
    }

    boolean trySelectDone() {
        return SELECT_DONE.compareAndSet(this, 0, 1);
    }

    void resetSelectDone() {
        SELECT_DONE.setVolatile(this, 0);
    }

    Waiter waiter() {
        Waiter w = waiter;
        if (w == null) {
            w = new Waiter(this);
            waiter = w;
        }
        return w;
    }

    int nextRandom(int bound) {
        random = XorShift.next(random);
        return XorShift.below(random, bound);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z == 0 ? 1 : z;
    }

    void checkBlockable() {
        if (continuation == null) {
            throw new IllegalStateException("a system goroutine (timer callback) must not block");
        }
    }

    /**
     * Go's {@code gopark}: marks the goroutine waiting for {@code reason} and yields; the M then performs
     * {@code commit} (e.g. releases the lock under which this goroutine published itself on a wait queue).
     * Returns when a waker has made the goroutine runnable again and an M resumed it.
     */
    void park(WaitReason reason, ParkCommit commit, Object arg) {
        checkBlockable();
        waitReason = reason;
        waitSince = scheduler.coarseNanoTime();
        parkCommit = commit;
        parkArg = arg;
        yieldKind = YIELD_PARK;
        try {
            Continuation.yield(SCOPE);
        } catch (IllegalStateException cannotYield) {
            // Pinned: the M never got control, so release what the M would have released (else other Ms spin on
            // this lock forever), then die. The half-registered wait is moot: the program is ending.
            commitPark();
            throw new FatalError(cannotYield.getMessage());
        } catch (StackOverflowError tooDeep) {
            // the stack could not be frozen (no more M stack left for the freezing, or a chunk the collector
            // refuses): the M never got control here either
            commitPark();
            throw refusedFreeze(tooDeep);
        }
    }

    /**
     * For a yield HotSpot refused because the goroutine's stack could not be saved: throws a FatalError that names
     * the cause when the collector refused the copy, else returns the overflow to be thrown on. Under G1 a saved
     * stack may be at most half a heap region ({@code Humongous stack chunk}), so a goroutine a few thousand calls
     * deep could not block; gosub's JVMs run the parallel collector, which has no such bound, and an embedder on G1
     * gets this message rather than a stack overflow the program never had.
     */
    private static StackOverflowError refusedFreeze(StackOverflowError e) {
        if ("Humongous stack chunk".equals(e.getMessage())) {
            throw new FatalError("goroutine stack too large to block under the G1 collector (run the JVM with -XX:+UseParallelGC)");
        }
        return e;
    }

    /** Completes a park once the continuation is off the M (Go's unlockf). Afterwards {@code this} may run. */
    void commitPark() {
        ParkCommit commit = parkCommit;
        Object arg = parkArg;
        parkCommit = ParkCommit.NONE;
        parkArg = null;
        switch (commit) {
            case UNLOCK -> ((SpinLock) arg).unlock();
            case UNLOCK_SELECT -> ((Select) arg).unlockAll();
            case START_TIMER -> ((Timer) arg).startForSleep();
            case START_HOST_CALL -> ((HostCall<?>) arg).start();
            case NONE -> { }
        }
    }

    void yieldAs(byte kind) {
        checkBlockable();
        yieldKind = kind;
        try {
            Continuation.yield(SCOPE);
        } catch (IllegalStateException cannotYield) {
            throw new FatalError(cannotYield.getMessage());
        } catch (StackOverflowError tooDeep) {
            throw refusedFreeze(tooDeep);
        }
    }

    /** Runs (or resumes) the continuation on the calling M until it yields or finishes. */
    void runContinuation() {
        continuation.run();
    }

    boolean isDone() {
        return continuation.isDone();
    }

    /** Drops what a dead goroutine references so that a retained Goroutine object does not pin the program. */
    void release() {
        body = null;
        attachment = null;
        waiter = null;
        select = null;
        sleepTimer = null;
        parkArg = null;
        wokenBy = null;
    }

    private void runBody() {
        Body b = body;
        try {
            b.run(this);
        } catch (Throwable t) {
            scheduler.crash(this, t);
        }
    }

    @Override
    public String toString() {
        return "goroutine " + id;
    }

    /**
     * The continuation of one goroutine; reports pinning (a monitor held across a yield) clearly. Every one shares
     * {@link #START}, which finds its goroutine through the running continuation: a Runnable bound to the
     * goroutine would be one more object for each of a million parked goroutines, while the field fits in the
     * padding of the Continuation object.
     */
    private static final class GoroutineContinuation extends Continuation {
        private static final Runnable START = () ->
                ((GoroutineContinuation) Continuation.getCurrentContinuation(SCOPE)).goroutine.runBody();

        private final Goroutine goroutine;

        GoroutineContinuation(Goroutine g) {
            super(SCOPE, START);
            this.goroutine = g;
        }

        @Override
        protected void onPinned(Continuation.Pinned reason) {
            throw new IllegalStateException("goroutine cannot block here: its continuation is pinned (" + reason
                    + "); a Java monitor or native frame is on its stack");
        }
    }
}
