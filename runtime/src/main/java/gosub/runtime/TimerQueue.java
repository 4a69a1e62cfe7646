package gosub.runtime;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The scheduler's timers: a binary min-heap on {@code when} (Go keeps one 4-heap per P; one heap under a spin
 * lock is simpler and enough for a few Ps). Any M runs due timers when it looks for work; idle Ms sleep until
 * {@link #nextWhen()}.
 *
 * <p>Invariants (under the lock): {@code heap[0..size)} is a heap with {@code heap[i].index == i};
 * {@code nextWhen} is {@code heap[0].when}, or {@code Long.MAX_VALUE} when empty, and {@code count == size}.
 * Both are volatile so Ms can check them without the lock. Callbacks run without the lock, but only on the
 * one M that holds {@code running}, so they run in deadline order: otherwise an M descheduled by the OS
 * between taking a timer off the heap and running its callback lets a later timer's callback overtake it.
 */
final class TimerQueue extends SpinLock {
    private final Scheduler sched;
    private Timer[] heap = new Timer[16];
    private int size;
    private volatile long nextWhen = Long.MAX_VALUE;
    private volatile int count;
    private final AtomicBoolean running = new AtomicBoolean();

    TimerQueue(Scheduler sched) {
        this.sched = sched;
    }

    long nextWhen() {
        return nextWhen;
    }

    /**
     * Whether any timer is pending. A pending timer (even one due in a century) means the program is not
     * deadlocked: its callback may still wake somebody (Go's checkdead looks at the P timer heaps the same way).
     */
    boolean hasTimers() {
        return count > 0;
    }

    boolean schedule(Timer t, long when, long period) {
        boolean wasPending;
        boolean newEarliest;
        lock();
        try {
            wasPending = t.index >= 0;
            t.when = when;
            t.period = period;
            if (wasPending) {
                siftUp(t.index);
                siftDown(t.index);
            } else {
                if (size == heap.length) {
                    heap = Arrays.copyOf(heap, size * 2);
                }
                heap[size] = t;
                t.index = size;
                size++;
                count = size;
                siftUp(t.index);
            }
            long before = nextWhen;
            nextWhen = heap[0].when;
            newEarliest = heap[0] == t && when < before;
        } finally {
            unlock();
        }
        if (newEarliest) {
            // an idle M may be sleeping until a later deadline (or forever); have one look again
            sched.wakeForTimer();
        }
        return wasPending;
    }

    boolean remove(Timer t) {
        lock();
        try {
            if (t.index < 0) {
                return false;
            }
            removeAt(t.index);
            return true;
        } finally {
            unlock();
        }
    }

    /**
     * Runs every timer due now, unless another M is already doing so. Cheap when none is due: one volatile
     * read, and no clock read if there is no timer.
     */
    void runDue(Goroutine g0) {
        if (nextWhen == Long.MAX_VALUE) {
            return;
        }
        long now = System.nanoTime();
        if (now < nextWhen || running.get() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            runDue(g0, now);
        } finally {
            running.set(false);
        }
    }

    private void runDue(Goroutine g0, long now) {
        while (true) {
            Timer t;
            long when;
            lock();
            try {
                if (size == 0 || heap[0].when > now) {
                    return;
                }
                t = heap[0];
                when = t.when;
                if (t.period > 0) {
                    long periods = 1 + (now - when) / t.period;
                    long next = when + periods * t.period;
                    t.when = next < when ? Long.MAX_VALUE : next; // overflow: effectively never again
                    siftDown(0);
                    nextWhen = heap[0].when;
                } else {
                    removeAt(0);
                }
            } finally {
                unlock();
            }
            t.callback.fire(g0, when);
        }
    }

    private void removeAt(int i) {
        Timer t = heap[i];
        int last = --size;
        if (i != last) {
            heap[i] = heap[last];
            heap[i].index = i;
            heap[last] = null;
            siftUp(i);
            siftDown(i);
        } else {
            heap[last] = null;
        }
        t.index = -1;
        count = size;
        nextWhen = size == 0 ? Long.MAX_VALUE : heap[0].when;
    }

    private void siftUp(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (p.when <= t.when) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = t;
        t.index = i;
    }

    private void siftDown(int i) {
        Timer t = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1].when < heap[child].when) {
                child++;
            }
            Timer c = heap[child];
            if (t.when <= c.when) {
                break;
            }
            heap[i] = c;
            c.index = i;
            i = child;
        }
        heap[i] = t;
        t.index = i;
    }
}
