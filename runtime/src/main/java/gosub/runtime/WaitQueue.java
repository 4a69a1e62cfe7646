package gosub.runtime;

/**
 * A FIFO of {@link Waiter}s: a channel's {@code recvq} or {@code sendq} (Go's {@code waitq}).
 *
 * <p>Invariants (guarded by the owning channel's lock): {@code first == null} iff {@code last == null}; the
 * list is doubly linked; a waiter that has been taken off has {@code next == prev == null} and is not
 * {@code first}, which is how {@link #remove} recognises a select waiter that a waker already took.
 */
final class WaitQueue {
    Waiter first;
    Waiter last;

    void enqueue(Waiter w) {
        w.next = null;
        Waiter x = last;
        if (x == null) {
            w.prev = null;
            first = w;
            last = w;
            return;
        }
        w.prev = x;
        x.next = w;
        last = w;
    }

    /**
     * Takes the first waiter that may be woken. A select waiter whose goroutine has already been claimed by
     * another case is dropped (Go's selectDone race): that goroutine will remove its other waiters itself.
     */
    Waiter dequeue() {
        while (true) {
            Waiter w = first;
            if (w == null) {
                return null;
            }
            Waiter y = w.next;
            if (y == null) {
                first = null;
                last = null;
            } else {
                y.prev = null;
                first = y;
                w.next = null;
            }
            if (w.isSelect && !w.g.trySelectDone()) {
                continue;
            }
            return w;
        }
    }

    /** Removes {@code w} if it is still queued (Go's {@code dequeueSudoG}). */
    void remove(Waiter w) {
        Waiter x = w.prev;
        Waiter y = w.next;
        if (x != null) {
            if (y != null) {
                x.next = y;
                y.prev = x;
                w.next = null;
                w.prev = null;
                return;
            }
            x.next = null;
            last = x;
            w.prev = null;
            return;
        }
        if (y != null) {
            y.prev = null;
            first = y;
            w.next = null;
            return;
        }
        if (first == w) {
            first = null;
            last = null;
        }
    }

    boolean isEmpty() {
        return first == null;
    }
}
