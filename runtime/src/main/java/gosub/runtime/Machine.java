package gosub.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * An M: a platform thread (made by the embedder's {@link java.util.concurrent.ThreadFactory}, so that it has
 * entered the polyglot context) that runs goroutines for its one {@link Processor}. Go's {@code schedule},
 * {@code findRunnable}, {@code execute}, {@code stopm} and the tail of {@code park_m}/{@code goschedImpl}.
 *
 * <p>Invariants: {@code p} is this M's P for the M's whole life. {@code spinning} is true while the M counts
 * in {@link Scheduler#nmspinning} (looking for work to steal); it is set by this M, or by a waker that takes the
 * M off the idle list under the scheduler lock. {@code onIdleList}/{@code idleNext} are written under the scheduler
 * lock. An idle M holds no goroutine, so it may block its thread with {@link LockSupport#park} (through the
 * scheduler's {@link ThreadBlocker}); nothing else in the runtime parks a thread.
 *
 * <p>Waking an idle M: whoever wakes one takes it off the idle list (or sets {@link Scheduler#stopping}) first
 * and unparks its thread afterwards. The M's sleep parks only while it is still on the list and the scheduler is
 * not stopping, and checks both again each time it is called. A park's permit cannot carry the wake-up alone: it
 * belongs to the thread, and the host's blocker may spend it, by a park in its own machinery before it calls the
 * sleep, or by ending the sleep's park with an interrupt of its own and calling the sleep again (Truffle does
 * that to run a thread-local action). Trusting the permit lost the wake-up of an M that a stop or a wakep took
 * off the list in that moment: the M slept for ever after its program had ended, and closing the polyglot
 * context with cancellation never returned (about one close in a hundred of a channel ping-pong under load).
 */
final class Machine implements Runnable {
    private static final int STEAL_ROUNDS = 4;
    private static final long SPIN_POLL_NANOS = 20_000;

    final Scheduler sched;
    final Processor p;
    /** Go's g0: the identity this M passes to timer callbacks and other non-goroutine runtime calls. */
    final Goroutine g0;
    Thread thread;

    boolean spinning;
    /** Set by {@link RunQueue#get}: the goroutine came from runnext and shares the current time slice. */
    boolean inheritTime;

    /** Written under the scheduler lock; volatile because the M's sleep reads it without the lock. */
    volatile boolean onIdleList;
    Machine idleNext;

    /** Started goroutines this M resumed after another M last ran them (diagnostics, see {@link Scheduler#migrations()}). */
    long migrations;

    private long random;

    Machine(Scheduler sched, Processor p) {
        this.sched = sched;
        this.p = p;
        this.g0 = new Goroutine(sched, this);
        this.random = sched.seed ^ (p.id + 1) * 0x9E3779B97F4A7C15L;
    }

    @Override
    public void run() {
        try {
            while (true) {
                Goroutine g = findRunnable();
                if (g == null) {
                    return;
                }
                if (spinning) {
                    resetSpinning();
                }
                execute(g);
            }
        } catch (Throwable t) {
            sched.internalFailure(t);
        }
    }

    /**
     * Runs {@code g} until it yields or ends, then finishes what it asked for. Once a parked goroutine's commit
     * has run (e.g. the channel lock is released) a waker may already have it running on another M, so this M
     * reads everything it needs from {@code g} before committing and never touches it afterwards.
     */
    private void execute(Goroutine g) {
        if (!inheritTime) {
            p.nextSchedtick();
        }
        g.status = Goroutine.RUNNING;
        if (g.m != this) {
            if (g.m != null) {
                migrations++;
            }
            g.m = this;
        }
        g.clearPreempt();
        if (sched.stopping) {
            g.requestPreempt();
        }
        // a stop between the check above and this store does not see g: sysmon asks it later (Sysmon#askRunningToYield)
        p.setCurrentGoroutine(g);
        g.runContinuation();
        p.setCurrentGoroutine(null);
        boolean wakeDeferred = p.takeDeferredWake();

        if (g.isDone()) {
            sched.goexit(g);
        } else {
            switch (g.yieldKind) {
                case Goroutine.YIELD_PARK -> {
                    g.status = Goroutine.WAITING;
                    g.commitPark(); // last touch: from here a waker may run g anywhere
                }
                case Goroutine.YIELD_GOSCHED -> {
                    g.status = Goroutine.RUNNABLE;
                    sched.globalPut(g); // wakes an M itself
                    return;
                }
                case Goroutine.YIELD_LOCAL -> {
                    g.status = Goroutine.RUNNABLE;
                    p.runq.put(g, false, sched);
                }
                case Goroutine.YIELD_EXIT -> {
                    // abandoned: the program is ending (os.Exit or a fatal error)
                    return;
                }
                default -> throw new IllegalStateException("bad yield kind " + g.yieldKind);
            }
        }
        // A goroutine this one readied is in runnext and no M was woken for it (Scheduler.ready). This M runs it
        // next, so only queued work beyond it needs another M.
        if (wakeDeferred && p.runq.ringHasWork()) {
            sched.wakep();
        }
    }

    /**
     * Go's findRunnable: timers, every 61st slice the global queue first (fairness), the local queue (runnext
     * first), the global queue, stealing; else the M goes idle. Returns null when the M must exit.
     */
    private Goroutine findRunnable() {
        while (true) {
            if (sched.stopping) {
                return null;
            }
            if (p.retiring && sched.retire(this)) {
                return null;
            }
            sched.timers.runDue(g0);

            Goroutine g;
            if (p.schedtick() % 61 == 0 && sched.globalSize() > 0) {
                g = sched.globalGet(p, 1);
                if (g != null) {
                    inheritTime = false;
                    return g;
                }
            }
            g = p.runq.get(this);
            if (g != null) {
                return g;
            }
            if (sched.globalSize() > 0) {
                g = sched.globalGet(p, 0);
                if (g != null) {
                    inheritTime = false;
                    return g;
                }
            }
            if (spinning || 2 * sched.nmspinning.get() < sched.nprocs - sched.nidle) {
                if (!spinning) {
                    spinning = true;
                    sched.nmspinning.incrementAndGet();
                }
                g = stealWork();
                if (g != null) {
                    inheritTime = false;
                    return g;
                }
            }
            g = idle();
            if (g != null) {
                inheritTime = false;
                return g;
            }
        }
    }

    /** Go's stealWork: 4 rounds over the other Ps from a random start; the last round may take runnext. */
    private Goroutine stealWork() {
        for (int round = 0; round < STEAL_ROUNDS; round++) {
            boolean stealRunNext = round == STEAL_ROUNDS - 1;
            Processor[] ps = sched.allp;
            int n = ps.length;
            int start = nextRandom(n);
            for (int k = 0; k < n; k++) {
                if (sched.stopping) {
                    return null;
                }
                Processor victim = ps[(start + k) % n];
                if (victim == p) {
                    continue;
                }
                Goroutine g = p.runq.stealFrom(victim.runq, stealRunNext, victim);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Go's resetspinning: this M found work; if it was the last spinner, let another M look for more. */
    private void resetSpinning() {
        spinning = false;
        sched.nmspinning.decrementAndGet();
        sched.wakep();
    }

    /**
     * Go's stopm with the checks around it. Registers the M as idle (checking for deadlock when it is the last
     * M to go idle), re-checks the run queues after giving up spinning (a goroutine readied while this M still
     * counted as spinning woke nobody), then parks until woken or until the earliest timer is due.
     * Returns a goroutine taken from the global queue, or null to make the caller start over.
     */
    private Goroutine idle() {
        Scheduler s = sched;
        if (spinning && workAppearsWithin(SPIN_POLL_NANOS)) {
            return null;
        }
        s.lock.lock();
        if (s.stopping || p.retiring) {
            s.lock.unlock();
            return null;
        }
        if (s.globalSize() > 0) {
            Goroutine g = s.globalGetLocked(p, 0);
            s.lock.unlock();
            return g;
        }
        s.pushIdleLocked(this);
        boolean deadlock = s.nidle == s.nprocs && !s.timers.hasTimers() && !s.hostCallsPending();
        s.lock.unlock();
        if (deadlock && s.deadlock()) {
            return null;
        }

        if (spinning) {
            // A goroutine made runnable while this M still counted as spinning woke nobody (wakep leaves new
            // work to the spinner): look once more, at the global queue too, which goroutines started from
            // outside any M (a timer thread, the embedder) go to.
            spinning = false;
            s.nmspinning.decrementAndGet();
            if (s.globalSize() > 0 || otherRunQueuesHaveWork()) {
                s.lock.lock();
                boolean removed = s.removeIdleLocked(this);
                if (removed) {
                    spinning = true;
                    s.nmspinning.incrementAndGet();
                }
                s.lock.unlock();
                return null; // if not removed, a waker took this M off the list and made it spin
            }
        }

        while (true) {
            try {
                s.threadBlocker().block(Machine::sleepIdle, this);
            } catch (InterruptedException e) {
                // an interrupt the blocker did not take for itself (nothing in the scheduler interrupts an M):
                // look at the queues again
            } catch (RuntimeException | Error leave) {
                // the host stops this thread (a cancelled or interrupted polyglot context): the runtime ends, and
                // this M with it
                s.exit(null, 2, null);
                s.lock.lock();
                s.removeIdleLocked(this);
                s.lock.unlock();
                return null;
            }
            s.lock.lock();
            if (!onIdleList) {
                s.lock.unlock();
                return null;
            }
            if (s.stopping || p.retiring || s.globalSize() > 0 || s.timers.nextWhen() <= System.nanoTime()) {
                s.removeIdleLocked(this);
                s.lock.unlock();
                return null;
            }
            s.lock.unlock();
        }
    }

    /**
     * An idle M's sleep: until a waker takes it off the idle list (work, a stop) or until the earliest timer is
     * due; returns at once if that has happened already, so that a call repeated by the blocker after an
     * interrupt does not sleep through a wake-up that the earlier call consumed (see the class comment). A
     * spurious wake-up returns normally too; the caller looks at the queues again either way.
     */
    private static void sleepIdle(Machine m) throws InterruptedException {
        Scheduler s = m.sched;
        if (m.onIdleList && !s.stopping) {
            long deadline = s.timers.nextWhen();
            if (deadline == Long.MAX_VALUE) {
                LockSupport.park(s);
            } else {
                long wait = deadline - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(s, wait);
                }
            }
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /**
     * A spinning M that found nothing keeps looking for a few microseconds, only reading shared state, before
     * it registers as idle: registering and unregistering write the scheduler lock and {@code nidle}, which every
     * ready on the other Ps reads (in wakep). While this M still counts as spinning, those readies wake nobody.
     */
    private boolean workAppearsWithin(long nanos) {
        long deadline = System.nanoTime() + nanos;
        do {
            if (sched.globalSize() > 0 || sched.stopping || otherRunQueuesHaveWork()) {
                return true;
            }
            if (sched.timers.nextWhen() <= System.nanoTime()) {
                return true;
            }
            for (int i = 0; i < 20; i++) {
                Thread.onSpinWait();
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private boolean otherRunQueuesHaveWork() {
        for (Processor q : sched.allp) {
            if (q != p && !q.runq.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private int nextRandom(int bound) {
        random = XorShift.next(random);
        return XorShift.below(random, bound);
    }
}
