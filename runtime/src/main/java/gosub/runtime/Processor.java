package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A P: the right to run goroutines, with its local run queue. In gosub each P has exactly one M for its whole
 * life (there is no syscall hand-off yet), so a P is "idle" exactly when its M is parked idle.
 *
 * <p>Invariants: {@code runq} is appended to only by this P's M. {@code curg} is the goroutine mounted on the M
 * right now (null between goroutines); {@code schedtick} counts goroutine switches that started a new time
 * slice. {@code wakeDeferred} is true while a goroutine that the running goroutine readied waits in runnext and
 * no idle M was woken for it (see {@link Scheduler#ready}); it is cleared when the M next switches goroutines.
 * All three are written only by the M and read by sysmon with opaque loads. {@code sysmonTick} and
 * {@code sysmonWhen} belong to sysmon alone. {@code retiring} is set under the scheduler lock when
 * GOMAXPROCS shrinks below {@code id + 1}; the M then drains the queue to the global one and exits.
 */
final class Processor {
    private static final VarHandle CURG;
    private static final VarHandle SCHEDTICK;
    private static final VarHandle WAKE_DEFERRED;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CURG = l.findVarHandle(Processor.class, "curg", Goroutine.class);
            SCHEDTICK = l.findVarHandle(Processor.class, "schedtick", int.class);
            WAKE_DEFERRED = l.findVarHandle(Processor.class, "wakeDeferred", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int id;
    final RunQueue runq = new RunQueue();
    volatile boolean retiring;

    @SuppressWarnings("unused") private Goroutine curg;
    @SuppressWarnings("unused") private int schedtick;
    @SuppressWarnings("unused") private boolean wakeDeferred;

    int sysmonTick;
    long sysmonWhen;

    Processor(int id) {
        this.id = id;
    }

    Goroutine currentGoroutine() {
        return (Goroutine) CURG.getOpaque(this);
    }

    void setCurrentGoroutine(Goroutine g) {
        CURG.setOpaque(this, g);
    }

    boolean isRunning() {
        return CURG.getOpaque(this) != null;
    }

    /** Owner M only: a ready skipped its wakep; the M settles it when the running goroutine stops. */
    void deferWake() {
        WAKE_DEFERRED.setOpaque(this, true);
    }

    /** Owner M only: whether a wake-up was deferred since the last call, and clears it. */
    boolean takeDeferredWake() {
        if (!(boolean) WAKE_DEFERRED.get(this)) {
            return false;
        }
        WAKE_DEFERRED.setOpaque(this, false);
        return true;
    }

    /** Sysmon: a wake-up is still deferred. */
    boolean wakeDeferred() {
        return (boolean) WAKE_DEFERRED.getOpaque(this);
    }

    int schedtick() {
        return (int) SCHEDTICK.getOpaque(this);
    }

    /** Owner M only. */
    int nextSchedtick() {
        int t = (int) SCHEDTICK.get(this) + 1;
        SCHEDTICK.setOpaque(this, t);
        return t;
    }
}
