package gosub.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel (chan.go's {@code hchan}) of Object elements. The interpreter represents a nil channel as null
 * and calls the static helpers ({@link #send(Goroutine, Channel, Object)} etc.), which block forever on nil.
 *
 * <p>Invariants, all under the channel's own spin lock (the class extends {@link SpinLock} so the lock word is
 * in the channel, as hchan embeds its lock):
 * <ul>
 * <li>{@code buf[recvx], ...} (a ring of {@code buf.length} slots) holds the {@code count} buffered values in FIFO
 * order; unused slots are null. The ring starts small and doubles up to {@code capacity} as values arrive, so
 * {@code make(chan T, 1<<40)} costs nothing until it is used, as in Go; it is full only when it has grown to
 * {@code capacity}.</li>
 * <li>If {@code recvq} is non-empty, the buffer is empty; if {@code sendq} is non-empty, the buffer is full
 * (an unbuffered channel is always both). So a sender that finds a waiting receiver hands the value over
 * directly, bypassing the buffer, and a receiver that finds a waiting sender on a full buffer takes the head
 * and moves the sender's value to the tail.</li>
 * <li>Once {@code closed}, no waiter is queued and nothing is ever added to the buffer.</li>
 * </ul>
 * {@code count}, {@code closed} and the queue heads are also read without the lock by the non-blocking fast
 * paths and by {@link #length()}, as Go does.
 */
public final class Channel extends SpinLock {

    /** Returned by {@link #receiveOrClosed} and {@link #tryReceive} for a closed, drained channel. */
    public static final Object CLOSED = new Sentinel("CLOSED");

    /** Returned by {@link #tryReceive} when a receive would block. */
    public static final Object WOULD_BLOCK = new Sentinel("WOULD_BLOCK");

    private static final AtomicLong IDS = new AtomicLong();
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(Channel.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Total lock order for select (Go sorts by address; identity hashes are not unique). */
    final long id = IDS.incrementAndGet();
    /** The ring's first size: most buffered channels never hold more. */
    private static final int INITIAL_RING = 16;
    /** The largest Java array the ring can be. */
    private static final int MAX_RING = Integer.MAX_VALUE - 8;

    private Object[] buf;
    /**
     * A long: a channel of elements of no size may have any capacity up to Go's int (Go allocates no buffer for
     * them), though the ring that holds its values cannot grow past {@link #MAX_RING}.
     */
    private final long capacity;
    private final Object zero;
    private int count;
    private int sendx;
    private int recvx;
    private volatile boolean closed;
    final WaitQueue recvq = new WaitQueue();
    final WaitQueue sendq = new WaitQueue();

    /**
     * @param capacity buffer size, 0 for unbuffered
     * @param zeroValue what a receive from the closed, drained channel yields (the element type's zero value)
     */
    public Channel(long capacity, Object zeroValue) {
        if (capacity < 0) {
            throw new GoPanic("makechan: size out of range", true);
        }
        this.capacity = capacity;
        this.buf = capacity == 0 ? null : new Object[(int) Math.min(capacity, INITIAL_RING)];
        this.zero = zeroValue;
    }

    public long capacity() {
        return capacity;
    }

    /** len(ch): a racy snapshot, as in Go. */
    public int length() {
        return (int) COUNT.getOpaque(this);
    }

    public Object zeroValue() {
        return zero;
    }

    // ---------------------------------------------------------------- send

    /** {@code ch <- v}. Throws {@link GoPanic} "send on closed channel". */
    public void send(Goroutine g, Object v) {
        lock();
        if (sendNowLocked(g, v)) {
            return;
        }
        g.checkBlockable();
        Waiter me = g.waiter();
        me.elem = v;
        sendq.enqueue(me);
        g.park(WaitReason.CHAN_SEND, Goroutine.ParkCommit.UNLOCK, this);
        boolean delivered = me.success;
        me.reset();
        if (!delivered) {
            throw GoPanic.sendOnClosedChannel();
        }
    }

    /**
     * Non-blocking send (select with one send case and a default; time.After and Ticker callbacks with the
     * system goroutine). Returns false if it would block; panics if the channel is closed.
     */
    public boolean trySend(Goroutine g, Object v) {
        // Racy fast path (Go's chansend with block=false): a closed channel cannot go from "ready" to "not
        // ready", so the order of these two reads does not matter.
        if (!closed && full()) {
            return false;
        }
        lock();
        if (sendNowLocked(g, v)) {
            return true;
        }
        unlock();
        return false;
    }

    /**
     * The part of a send that never waits, with the lock held: to a waiting receiver, else into the buffer. Returns
     * true when the value went (the lock is released then), false when the sender would have to wait (the lock is
     * still held). Throws {@link GoPanic} "send on closed channel", the lock released.
     */
    private boolean sendNowLocked(Goroutine g, Object v) {
        if (closed) {
            unlock();
            throw GoPanic.sendOnClosedChannel();
        }
        Waiter r = recvq.dequeue();
        if (r != null) {
            giveToReceiverLocked(r, v);
            unlock();
            g.scheduler.ready(r.g, g);
            return true;
        }
        if (count < capacity) {
            putInBufferLocked(v);
            unlock();
            return true;
        }
        return false;
    }

    private boolean full() {
        if (capacity == 0) {
            return recvq.first == null;
        }
        return (int) COUNT.getOpaque(this) == capacity;
    }

    // ---------------------------------------------------------------- receive

    /** {@code <-ch}: the value, or the zero value once the channel is closed and drained. */
    public Object receive(Goroutine g) {
        Object v = receive(g, true);
        return v == CLOSED ? zero : v;
    }

    /** {@code v, ok := <-ch}: the value, or {@link #CLOSED} (ok == false) once closed and drained. */
    public Object receiveOrClosed(Goroutine g) {
        return receive(g, true);
    }

    /** Non-blocking receive: the value, {@link #CLOSED}, or {@link #WOULD_BLOCK}. */
    public Object tryReceive(Goroutine g) {
        return receive(g, false);
    }

    private Object receive(Goroutine g, boolean block) {
        if (!block && isEmptyAcquire()) {
            // Go's ordering argument: "empty" was observed before "not closed", so at the moment of the second
            // read the channel was both empty and open, and blocking would have blocked.
            if (!closed) {
                return WOULD_BLOCK;
            }
            if (isEmptyAcquire()) {
                return CLOSED;
            }
        }
        lock();
        if (closed) {
            if (count == 0) {
                unlock();
                return CLOSED;
            }
        } else {
            Waiter s = sendq.dequeue();
            if (s != null) {
                Object v = takeFromSenderLocked(s);
                unlock();
                g.scheduler.ready(s.g, g);
                return v;
            }
        }
        if (count > 0) {
            Object v = takeFromBufferLocked();
            unlock();
            return v;
        }
        if (!block) {
            unlock();
            return WOULD_BLOCK;
        }
        g.checkBlockable();
        Waiter me = g.waiter();
        recvq.enqueue(me);
        g.park(WaitReason.CHAN_RECEIVE, Goroutine.ParkCommit.UNLOCK, this);
        Object v = me.success ? me.elem : CLOSED;
        me.reset();
        return v;
    }

    private boolean isEmptyAcquire() {
        if (capacity == 0) {
            boolean empty = sendq.first == null;
            VarHandle.acquireFence(); // keep the caller's later read of closed after this one
            return empty;
        }
        return (int) COUNT.getAcquire(this) == 0;
    }

    // ---------------------------------------------------------------- close

    /** close(ch): wakes every waiter; receivers get the zero value, senders panic. */
    public void close(Goroutine g) {
        lock();
        if (closed) {
            unlock();
            throw GoPanic.closeOfClosedChannel();
        }
        closed = true;
        Waiter wake = null;
        for (Waiter w; (w = recvq.dequeue()) != null; ) {
            w.elem = null;
            w.success = false;
            w.g.wokenBy = w;
            w.next = wake;
            wake = w;
        }
        for (Waiter w; (w = sendq.dequeue()) != null; ) {
            w.elem = null;
            w.success = false;
            w.g.wokenBy = w;
            w.next = wake;
            wake = w;
        }
        unlock();
        while (wake != null) {
            Waiter next = wake.next;
            wake.next = null;
            g.scheduler.ready(wake.g, g);
            wake = next;
        }
    }

    // ---------------------------------------------------------------- the transfers, under the lock

    /** A receiver is waiting: the value goes straight into its waiter. */
    void giveToReceiverLocked(Waiter r, Object v) {
        r.elem = v;
        r.success = true;
        r.g.wokenBy = r;
    }

    void putInBufferLocked(Object v) {
        if (count == buf.length) {
            growRingLocked();
        }
        buf[sendx] = v;
        if (++sendx == buf.length) {
            sendx = 0;
        }
        COUNT.setRelease(this, count + 1);
    }

    Object takeFromBufferLocked() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == buf.length) {
            recvx = 0;
        }
        COUNT.setRelease(this, count - 1);
        return v;
    }

    /** Doubles the full ring (never past capacity), unrolled so that the head is at 0. */
    private void growRingLocked() {
        if (buf.length == MAX_RING) {
            // only a channel of a capacity past a Java array's can get here, with two billion values in it
            throw new OutOfMemoryError("channel buffer past " + MAX_RING + " values");
        }
        Object[] bigger = new Object[(int) Math.min(Math.min(capacity, 2L * buf.length), MAX_RING)];
        for (int i = 0; i < count; i++) {
            bigger[i] = buf[(recvx + i) % buf.length];
        }
        buf = bigger;
        recvx = 0;
        sendx = count;
    }

    /**
     * A sender is waiting. Unbuffered: take its value. Buffered (so the buffer is full): take the head and put
     * the sender's value at the tail, which keeps FIFO order (Go's recv).
     */
    Object takeFromSenderLocked(Waiter s) {
        Object v;
        if (capacity == 0) {
            v = s.elem;
        } else {
            v = buf[recvx];
            buf[recvx] = s.elem;
            if (++recvx == buf.length) {
                recvx = 0;
            }
            sendx = recvx;
        }
        s.elem = null;
        s.success = true;
        s.g.wokenBy = s;
        return v;
    }

    boolean isClosedLocked() {
        return closed;
    }

    boolean hasBufferedLocked() {
        return count > 0;
    }

    boolean hasRoomLocked() {
        return count < capacity;
    }

    // ---------------------------------------------------------------- nil-aware helpers for the interpreter

    /** {@code c <- v} where {@code c} may be nil (null): blocks forever on nil. */
    public static void send(Goroutine g, Channel c, Object v) {
        if (c == null) {
            g.scheduler.block(g, WaitReason.CHAN_SEND_NIL_CHAN);
        }
        c.send(g, v);
    }

    /** {@code <-c} where {@code c} may be nil (null): blocks forever on nil. */
    public static Object receive(Goroutine g, Channel c) {
        if (c == null) {
            g.scheduler.block(g, WaitReason.CHAN_RECEIVE_NIL_CHAN);
        }
        return c.receive(g);
    }

    /** {@code v, ok := <-c} where {@code c} may be nil: blocks forever on nil; {@link #CLOSED} for !ok. */
    public static Object receiveOrClosed(Goroutine g, Channel c) {
        if (c == null) {
            g.scheduler.block(g, WaitReason.CHAN_RECEIVE_NIL_CHAN);
        }
        return c.receiveOrClosed(g);
    }

    /** close(c) where {@code c} may be nil: "close of nil channel". */
    public static void close(Goroutine g, Channel c) {
        if (c == null) {
            throw GoPanic.closeOfNilChannel();
        }
        c.close(g);
    }

    /** len(c); 0 for nil. */
    public static int length(Channel c) {
        return c == null ? 0 : c.length();
    }

    /** cap(c); 0 for nil. */
    public static long capacity(Channel c) {
        return c == null ? 0 : c.capacity();
    }

    @Override
    public String toString() {
        return "chan#" + id + "(" + length() + "/" + capacity + ")";
    }

    private static final class Sentinel {
        private final String name;

        Sentinel(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Channel." + name;
        }
    }
}
