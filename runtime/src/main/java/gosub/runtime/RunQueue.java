package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A P's local run queue: a bounded ring of 256 goroutines plus the {@code runnext} slot (Go's
 * {@code p.runq}, {@code runqhead}, {@code runqtail}, {@code p.runnext}; proc.go runqput/runqget/runqgrab).
 *
 * <p>Invariants: only the owning M appends ({@code tail} has a single writer); any M may consume by CAS on
 * {@code head}, so stealers take a batch without a lock. {@code tail - head} (int arithmetic, wrapping) is in
 * [0, 256]. Slots in [head, tail) hold valid goroutines; a stealer copies them and then commits with a CAS on
 * head, discarding its copy if the CAS fails, so a racy slot read is never used. {@code runnext}, if set, is
 * the goroutine that runs next and inherits the current time slice; it is taken by CAS (owner or stealer).
 */
final class RunQueue {
    static final int SIZE = 256;
    private static final int MASK = SIZE - 1;

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle RUNNEXT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(RunQueue.class, "head", int.class);
            TAIL = l.findVarHandle(RunQueue.class, "tail", int.class);
            RUNNEXT = l.findVarHandle(RunQueue.class, "runnext", Goroutine.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** How long a thief leaves a running P's runnext alone (Go: usleep(3) in runqgrab). */
    private static final long RUNNEXT_GRACE_NANOS = 3_000;

    private final Goroutine[] ring = new Goroutine[SIZE];
    @SuppressWarnings("unused") private int head;
    @SuppressWarnings("unused") private int tail;
    @SuppressWarnings("unused") private Goroutine runnext;

    /**
     * Owner only. Puts {@code g} in runnext (kicking the old runnext to the tail) or at the tail; when the ring
     * is full moves half of it plus {@code g} to the global queue.
     */
    void put(Goroutine g, boolean next, Scheduler sched) {
        if (next) {
            Goroutine old = (Goroutine) RUNNEXT.getAndSet(this, g);
            if (old == null) {
                return;
            }
            g = old;
        }
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getOpaque(this);
            if (t - h < SIZE) {
                ring[t & MASK] = g;
                TAIL.setRelease(this, t + 1);
                return;
            }
            if (putSlow(g, h, t, sched)) {
                return;
            }
        }
    }

    /** Go's runqputslow: moves half the full ring and {@code g} to the global queue in one batch. */
    private boolean putSlow(Goroutine g, int h, int t, Scheduler sched) {
        int n = (t - h) / 2;
        Goroutine[] batch = new Goroutine[n + 1];
        for (int i = 0; i < n; i++) {
            batch[i] = ring[(h + i) & MASK];
        }
        if (!HEAD.compareAndSet(this, h, h + n)) {
            return false;
        }
        batch[n] = g;
        for (int i = 0; i < n; i++) {
            batch[i].schedLink = batch[i + 1];
        }
        batch[n].schedLink = null;
        sched.globalPutBatch(batch[0], batch[n], n + 1);
        return true;
    }

    /**
     * Owner only, used when the caller knows there is room (moving a batch from the global queue into an empty
     * local queue). No runnext, no overflow.
     */
    void putNoOverflow(Goroutine g) {
        int t = (int) TAIL.getOpaque(this);
        ring[t & MASK] = g;
        TAIL.setRelease(this, t + 1);
    }

    int freeSlots() {
        return SIZE - ((int) TAIL.getOpaque(this) - (int) HEAD.getAcquire(this));
    }

    /** Owner only: runnext first, then the head of the ring. Sets {@code m.inheritTime}. */
    Goroutine get(Machine m) {
        Goroutine next = (Goroutine) RUNNEXT.getVolatile(this);
        if (next != null && RUNNEXT.compareAndSet(this, next, null)) {
            m.inheritTime = true;
            return next;
        }
        m.inheritTime = false;
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getOpaque(this);
            if (t == h) {
                return null;
            }
            Goroutine g = ring[h & MASK];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                return g;
            }
        }
    }

    /** Owner only: whether the ring (not counting runnext) holds a goroutine. */
    boolean ringHasWork() {
        return (int) TAIL.getOpaque(this) != (int) HEAD.getAcquire(this);
    }

    /** Any thread: a racy emptiness check, counting runnext (Go's runqempty). */
    boolean isEmpty() {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this);
            Goroutine next = (Goroutine) RUNNEXT.getAcquire(this);
            if ((int) TAIL.getAcquire(this) == t) {
                return h == t && next == null;
            }
        }
    }

    /**
     * Go's runqsteal: the thief (owner of this queue) takes half of {@code victim}'s goroutines into its own ring
     * and returns one of them to run, or null. With {@code stealRunNext} it may also take the victim's runnext,
     * after giving a running victim a few microseconds to run it itself (it is usually about to).
     */
    Goroutine stealFrom(RunQueue victim, boolean stealRunNext, Processor victimP) {
        int t = (int) TAIL.getOpaque(this);
        int n = victim.grab(ring, t, stealRunNext, victimP);
        if (n == 0) {
            return null;
        }
        n--;
        Goroutine g = ring[(t + n) & MASK];
        ring[(t + n) & MASK] = null;
        if (n == 0) {
            return g;
        }
        TAIL.setRelease(this, t + n);
        return g;
    }

    private int grab(Goroutine[] batch, int batchHead, boolean stealRunNext, Processor victimP) {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this);
            int n = t - h;
            n = n - n / 2;
            if (n == 0) {
                if (stealRunNext) {
                    Goroutine next = (Goroutine) RUNNEXT.getAcquire(this);
                    if (next != null) {
                        if (victimP.isRunning()) {
                            long until = System.nanoTime() + RUNNEXT_GRACE_NANOS;
                            while (System.nanoTime() < until && RUNNEXT.getAcquire(this) == next) {
                                Thread.onSpinWait();
                            }
                        }
                        if (!RUNNEXT.compareAndSet(this, next, null)) {
                            continue;
                        }
                        batch[batchHead & MASK] = next;
                        return 1;
                    }
                }
                return 0;
            }
            if (n > SIZE / 2) { // inconsistent h and t
                continue;
            }
            for (int i = 0; i < n; i++) {
                batch[(batchHead + i) & MASK] = ring[(h + i) & MASK];
            }
            if (HEAD.compareAndSet(this, h, h + n)) {
                return n;
            }
        }
    }

    /** Owner only: empties the queue (runnext first) into the global queue; for a P that is being retired. */
    void drainTo(Scheduler sched) {
        Goroutine next = (Goroutine) RUNNEXT.getAndSet(this, null);
        if (next != null) {
            next.schedLink = null;
            sched.globalPutBatch(next, next, 1);
        }
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getOpaque(this);
            if (t == h) {
                return;
            }
            Goroutine g = ring[h & MASK];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                g.schedLink = null;
                sched.globalPutBatch(g, g, 1);
            }
        }
    }
}
