package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;

/**
 * Counting semaphores whose count is a word of the caller's memory, with the goroutines that wait for a unit
 * queued in a fixed table of roots hashed by the word's location: the design of Go's runtime semaphores
 * ({@code semacquire}/{@code semrelease} over a global {@code semtable}). The count is element {@code index} of a
 * {@code long[]} (a uint32, as Go's {@code sema uint32} fields), so a struct holding a semaphore is an ordinary
 * value: copying it copies the count, and the copy has its own waiters, since they are keyed by the location
 * (the array's identity and the index) as Go keys them by address. The sync primitives of
 * {@link gosub.runtime.sync} keep their state in such words.
 *
 * <p>Invariants: each of the {@link #SIZE} roots has a spin lock guarding its map from location to FIFO of
 * waiters; a location has a map entry only while a goroutine waits on it. {@code nwait} counts the goroutines of
 * the root that announced they are about to queue or are queued (incremented under the lock before the last
 * try, decremented by whoever takes a waiter off), so a release that sees 0 after incrementing the count skips
 * the lock. A waiter whose {@code ticket} is 1 was handed the unit directly.
 *
 * <p>The roots belong to one program ({@link Scheduler#semaTable}), as Go's table belongs to one process: a
 * program that ends with goroutines still queued (deadlock, os.Exit, main returning, a cancelled context) leaves
 * them in its own table, which goes away with it. A table shared by the JVM kept every such program reachable,
 * heap and all, for as long as the JVM lived. The static methods find the table through the goroutine.
 */
public final class SemaTable {
    SemaTable() {
        for (int i = 0; i < SIZE; i++) {
            roots[i] = new Root();
        }
    }

    private static final int SIZE = 251;
    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle NWAIT;

    static {
        try {
            NWAIT = MethodHandles.lookup().findVarHandle(Root.class, "nwait", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A location: identity of the array, and the index. */
    private record Address(long[] words, int index) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Address a && a.words == words && a.index == index;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(words) * 31 + index;
        }
    }

    private static final class Queue {
        Waiter head;
        Waiter tail;
    }

    private static final class Root extends SpinLock {
        @SuppressWarnings("unused") // accessed through NWAIT
        volatile int nwait;
        final HashMap<Address, Queue> queues = new HashMap<>();
    }

    private final Root[] roots = new Root[SIZE];

    private static Root root(Goroutine g, long[] words, int index) {
        int h = System.identityHashCode(words) * 31 + index;
        return g.scheduler.semaTable.roots[Math.floorMod(h, SIZE)];
    }

    /** Goroutines queued in this table (for tests: a program's waiters stay in its own table). */
    int waiting() {
        int n = 0;
        for (Root r : roots) {
            n += (int) NWAIT.getVolatile(r);
        }
        return n;
    }

    /** Takes a unit without waiting: decrements the uint32 count if it is positive. */
    public static boolean tryAcquire(long[] words, int index) {
        while (true) {
            long v = (long) WORDS.getVolatile(words, index);
            if ((v & 0xFFFF_FFFFL) == 0) {
                return false;
            }
            if (WORDS.compareAndSet(words, index, v, (v - 1) & 0xFFFF_FFFFL)) {
                return true;
            }
        }
    }

    /**
     * Waits until the count at {@code words[index]} is positive and decrements it.
     * {@code lifo} queues at the front (a sync.Mutex waiter that was woken and lost the race).
     */
    public static void acquire(Goroutine g, long[] words, int index, boolean lifo, WaitReason reason) {
        if (tryAcquire(words, index)) {
            return;
        }
        g.checkBlockable();
        Waiter s = g.waiter();
        Root root = root(g, words, index);
        Address addr = new Address(words, index);
        while (true) {
            root.lock();
            NWAIT.getAndAdd(root, 1);
            if (tryAcquire(words, index)) {
                NWAIT.getAndAdd(root, -1);
                root.unlock();
                break;
            }
            s.ticket = 0;
            Queue q = root.queues.get(addr);
            if (q == null) {
                q = new Queue();
                root.queues.put(addr, q);
            }
            s.prev = null;
            if (q.head == null) {
                s.next = null;
                q.head = s;
                q.tail = s;
            } else if (lifo) {
                s.next = q.head;
                q.head = s;
            } else {
                s.next = null;
                q.tail.next = s;
                q.tail = s;
            }
            g.park(reason, Goroutine.ParkCommit.UNLOCK, root);
            if (s.ticket != 0 || tryAcquire(words, index)) {
                break;
            }
        }
        s.reset();
    }

    /**
     * Increments the count and wakes one waiter. With {@code handoff} the unit goes straight
     * to the woken waiter and the caller yields to it (sync.Mutex starvation mode).
     */
    public static void release(Goroutine g, long[] words, int index, boolean handoff) {
        while (true) {
            long v = (long) WORDS.getVolatile(words, index);
            if (WORDS.compareAndSet(words, index, v, (v + 1) & 0xFFFF_FFFFL)) {
                break;
            }
        }
        Root root = root(g, words, index);
        if ((int) NWAIT.getVolatile(root) == 0) {
            return;
        }
        root.lock();
        if ((int) NWAIT.getVolatile(root) == 0) {
            root.unlock();
            return;
        }
        Address addr = new Address(words, index);
        Queue q = root.queues.get(addr);
        Waiter s = null;
        if (q != null) {
            s = q.head;
            q.head = s.next;
            if (q.head == null) {
                q.tail = null;
                root.queues.remove(addr);
            }
            s.next = null;
            NWAIT.getAndAdd(root, -1);
        }
        root.unlock();
        if (s == null) {
            return;
        }
        boolean handedOff = handoff && tryAcquire(words, index);
        if (handedOff) {
            s.ticket = 1;
        }
        g.scheduler.ready(s.g, g);
        if (handedOff && !g.isSystem()) {
            g.scheduler.yieldLocal(g);
        }
    }
}
