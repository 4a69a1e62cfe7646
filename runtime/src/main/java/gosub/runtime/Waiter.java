package gosub.runtime;

/**
 * A goroutine waiting on a channel, a semaphore or a notify list: Go's {@code sudog}.
 *
 * <p>Invariants: a Waiter is on at most one queue at a time, and all its fields are written only while holding
 * the lock of the object whose queue it is on (or by its goroutine while it is not queued). A waker that
 * removed it from the queue fills in {@code elem}/{@code success}/{@code ticket} before calling
 * {@link Scheduler#ready}; after that call the waker never touches it again, because the goroutine may already
 * run and reuse it. A goroutine blocks on one thing at a time, so it reuses one Waiter for channels and
 * semaphores ({@link Goroutine#waiter()}); only select needs one per case.
 */
final class Waiter {
    final Goroutine g;

    /** Value being sent, or the slot a sender fills in for a waiting receiver. */
    Object elem;

    /** True if woken by a completed communication, false if woken by close. */
    boolean success;

    /** Part of a select: wakers must win {@link Goroutine#trySelectDone()} before taking it. */
    boolean isSelect;

    /** Semaphore direct hand-off (Go's {@code sudog.ticket == 1}) or notify-list ticket. */
    int ticket;

    /** The select case this waiter stands for. */
    int caseIndex;

    /** The channel this waiter is queued on (select only; the order of a select's waiters is lock order). */
    Channel channel;

    Waiter next;
    Waiter prev;

    Waiter(Goroutine g) {
        this.g = g;
    }

    void reset() {
        elem = null;
        success = false;
        isSelect = false;
        ticket = 0;
        channel = null;
        next = null;
        prev = null;
    }
}
