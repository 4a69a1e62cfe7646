package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A ticket-based wait list for sync.Cond (sema.go's {@code notifyList}). A waiter takes a ticket with
 * {@link #add()} <em>before</em> releasing the Cond's lock and waits for it with {@link #await}; a signal
 * wakes the oldest ticket not yet notified, so a signal sent between add and await is not lost.
 *
 * <p>Invariants: {@code wait} is the next ticket to hand out (atomic); {@code notify} is the next ticket to
 * wake, changed under the lock, and {@code notify <= wait} in wrap-around order. Every queued waiter holds a
 * ticket in [notify, wait).
 */
public final class NotifyList extends SpinLock {
    private static final VarHandle WAIT;

    static {
        try {
            WAIT = MethodHandles.lookup().findVarHandle(NotifyList.class, "wait", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int wait;
    private volatile int notify;
    private Waiter head;
    private Waiter tail;

    public int add() {
        return (int) WAIT.getAndAdd(this, 1);
    }

    public void await(Goroutine g, int ticket) {
        lock();
        if (less(ticket, notify)) {
            unlock();
            return;
        }
        g.checkBlockable();
        Waiter s = g.waiter();
        s.ticket = ticket;
        s.next = null;
        if (tail == null) {
            head = s;
        } else {
            tail.next = s;
        }
        tail = s;
        g.park(WaitReason.SYNC_COND_WAIT, Goroutine.ParkCommit.UNLOCK, this);
        s.reset();
    }

    public void notifyOne(Goroutine g) {
        if (wait == notify) {
            return;
        }
        lock();
        int t = notify;
        if (t == wait) {
            unlock();
            return;
        }
        notify = t + 1;
        for (Waiter p = null, s = head; s != null; p = s, s = s.next) {
            if (s.ticket == t) {
                Waiter n = s.next;
                if (p != null) {
                    p.next = n;
                } else {
                    head = n;
                }
                if (tail == s) {
                    tail = p;
                }
                unlock();
                s.next = null;
                g.scheduler.ready(s.g, g);
                return;
            }
        }
        unlock(); // the ticket holder has not called await yet; it will see it was notified
    }

    public void notifyAll(Goroutine g) {
        if (wait == notify) {
            return;
        }
        lock();
        Waiter s = head;
        head = null;
        tail = null;
        notify = wait;
        unlock();
        while (s != null) {
            Waiter next = s.next;
            s.next = null;
            g.scheduler.ready(s.g, g);
            s = next;
        }
    }

    private static boolean less(int a, int b) {
        return a - b < 0;
    }
}
