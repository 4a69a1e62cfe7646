package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A counting semaphore with a goroutine wait queue: sema.go's {@code semacquire}/{@code semrelease}, which
 * sync.Mutex, RWMutex and WaitGroup are built on. Go keys one global table of wait queues by the semaphore's
 * address; Java objects have no stable address, so each Semaphore carries its own queue (and lock).
 *
 * <p>Invariants: {@code count >= 0}, changed only by CAS/add. {@code nwait} is the number of goroutines that
 * have announced they are about to queue or are queued; it is incremented under the lock before the last
 * {@link #tryAcquire} and decremented by whoever takes a waiter off the queue, so a releaser that sees 0
 * after incrementing {@code count} can skip the lock. The queue is FIFO except that a LIFO acquire (a
 * mutex waiter that already waited once) goes to the front. A waiter whose {@code ticket} is 1 was handed the
 * unit directly by the releaser.
 */
public final class Semaphore extends SpinLock {
    private static final VarHandle COUNT;
    private static final VarHandle NWAIT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            COUNT = l.findVarHandle(Semaphore.class, "count", int.class);
            NWAIT = l.findVarHandle(Semaphore.class, "nwait", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int count;
    private volatile int nwait;
    private Waiter head;
    private Waiter tail;

    public Semaphore(int initial) {
        this.count = initial;
    }

    public boolean tryAcquire() {
        while (true) {
            int v = count;
            if (v == 0) {
                return false;
            }
            if (COUNT.compareAndSet(this, v, v - 1)) {
                return true;
            }
        }
    }

    /**
     * Waits until the count is positive and decrements it. {@code lifo} queues at the front (sync.Mutex does
     * that for a goroutine that was woken and lost the race, so it does not go to the back of the line).
     */
    public void acquire(Goroutine g, boolean lifo, WaitReason reason) {
        if (tryAcquire()) {
            return;
        }
        g.checkBlockable();
        Waiter s = g.waiter();
        while (true) {
            lock();
            NWAIT.getAndAdd(this, 1);
            if (tryAcquire()) {
                NWAIT.getAndAdd(this, -1);
                unlock();
                break;
            }
            s.ticket = 0;
            enqueueLocked(s, lifo);
            g.park(reason, Goroutine.ParkCommit.UNLOCK, this);
            if (s.ticket != 0 || tryAcquire()) {
                break;
            }
        }
        s.reset();
    }

    /**
     * Increments the count and wakes one waiter. With {@code handoff} the unit goes straight to the woken
     * waiter and the caller yields to it (sync.Mutex starvation mode), so no barging goroutine can take it.
     */
    public void release(Goroutine g, boolean handoff) {
        COUNT.getAndAdd(this, 1);
        if (nwait == 0) {
            return;
        }
        lock();
        if (nwait == 0) {
            unlock();
            return;
        }
        Waiter s = dequeueLocked();
        if (s != null) {
            NWAIT.getAndAdd(this, -1);
        }
        unlock();
        if (s == null) {
            return;
        }
        boolean handedOff = handoff && tryAcquire();
        if (handedOff) {
            s.ticket = 1;
        }
        g.scheduler.ready(s.g, g);
        if (handedOff && !g.isSystem()) {
            g.scheduler.yieldLocal(g);
        }
    }

    private void enqueueLocked(Waiter s, boolean lifo) {
        s.prev = null;
        if (head == null) {
            s.next = null;
            head = s;
            tail = s;
        } else if (lifo) {
            s.next = head;
            head = s;
        } else {
            s.next = null;
            tail.next = s;
            tail = s;
        }
    }

    private Waiter dequeueLocked() {
        Waiter s = head;
        if (s != null) {
            head = s.next;
            if (head == null) {
                tail = null;
            }
            s.next = null;
        }
        return s;
    }
}
