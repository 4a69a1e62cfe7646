package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An owner-less test-and-test-and-set lock, the Java counterpart of the runtime {@code mutex} that Go embeds in
 * {@code hchan}, {@code semaRoot} and {@code notifyList}. Classes that need one extend this class so that the
 * lock word lives in the object it protects, as in Go.
 *
 * <p>Invariants: {@code lockWord} is 0 (free) or 1 (held). The lock has no owner: a goroutine takes it on one M
 * and, when it parks, the M releases it after the goroutine's continuation has unmounted (Go's
 * {@code gopark(unlockf)}). That is why this cannot be a {@code ReentrantLock} or a monitor (DESIGN rules 1, 2).
 * Holders keep it for a few dozen instructions and never yield while holding it.
 */
class SpinLock {
    private static final VarHandle LOCK_WORD;

    static {
        try {
            LOCK_WORD = MethodHandles.lookup().findVarHandle(SpinLock.class, "lockWord", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Spins before the holder is assumed to be descheduled by the OS and the waiter yields its core. */
    private static final int SPINS_BEFORE_OS_YIELD = 100;

    @SuppressWarnings("unused") // accessed through LOCK_WORD
    private volatile int lockWord;

    final void lock() {
        if (!LOCK_WORD.compareAndSet(this, 0, 1)) {
            lockContended();
        }
    }

    private void lockContended() {
        int spins = 0;
        while (true) {
            if ((int) LOCK_WORD.getOpaque(this) == 0 && LOCK_WORD.compareAndSet(this, 0, 1)) {
                return;
            }
            if (++spins < SPINS_BEFORE_OS_YIELD) {
                Thread.onSpinWait();
            } else {
                // The holder's thread was probably preempted by the OS; on a loaded 2-core box spinning on would
                // only keep it off the core. Thread.yield is an OS yield of whatever thread runs this code and
                // does not depend on which one that is.
                Thread.yield();
                spins = 0;
            }
        }
    }

    final void unlock() {
        LOCK_WORD.setRelease(this, 0);
    }
}
