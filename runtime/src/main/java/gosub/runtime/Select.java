package gosub.runtime;

/**
 * A select statement (select.go's selectgo). The interpreter adds the cases in source order, then calls
 * {@link #select} (no default) or {@link #selectOrDefault}; the result is the index of the chosen case, and
 * for a receive case {@link #value()} / {@link #ok()}. A Select belongs to one goroutine. It is made for one
 * execution ({@link #Select(int)}) or is the goroutine's own, reused by each of its selects
 * ({@link #reusable}): Go keeps a select's cases and waiters on the goroutine's stack, and a select that
 * allocates nothing is what a fan-in loop needs. Reuse is safe because a goroutine runs one select at a time
 * (the interpreter evaluates every channel and value before it takes the Select) and a finished select leaves
 * nothing behind: its waiters are off every queue (the winner was taken by its waker, the others removed under
 * the locks) and no waker touches a waiter after its {@link Scheduler#ready} call.
 *
 * <p>Algorithm, as Go: cases on nil channels are dropped; the rest are polled in a uniformly random order
 * under all their channels' locks, taken in channel-id order (a total order, so two selects cannot deadlock).
 * If none is ready, the goroutine queues a waiter on every channel and parks; the M releases the locks after it
 * has unmounted. The first waker to win {@link Goroutine#trySelectDone()} completes its case and records the
 * winning waiter in {@link Goroutine#wokenBy}; the goroutine then relocks everything and removes its other
 * waiters.
 *
 * <p>Invariants: {@code pollOrder[0..live)} and {@code lockOrder[0..live)} are permutations of the non-nil case
 * indices; {@code lockOrder} is sorted by channel id, equal channels adjacent (locked once).
 */
public final class Select {
    private final Channel[] channels;
    private final Object[] sendValues;
    private final boolean[] isSend;
    private final int[] pollOrder;
    private final int[] lockOrder;
    /** One waiter per case for a blocking select, made on first need and reset after each use. */
    private final Waiter[] waiters;
    private int n;
    private int live;
    private Object value;
    private boolean ok;

    public Select(int maxCases) {
        channels = new Channel[maxCases];
        sendValues = new Object[maxCases];
        isSend = new boolean[maxCases];
        pollOrder = new int[maxCases];
        lockOrder = new int[maxCases];
        waiters = new Waiter[maxCases];
    }

    /**
     * The Select of goroutine {@code g} for a select of at most {@code maxCases} cases, emptied: valid until
     * {@code g} runs its next select. Allocates only when {@code g} meets a larger select than before.
     */
    public static Select reusable(Goroutine g, int maxCases) {
        Select s = g.select;
        if (s == null || s.channels.length < maxCases) {
            s = new Select(maxCases);
            g.select = s;
        }
        s.n = 0;
        return s;
    }

    /** Adds {@code case c <- v}; returns its index. {@code c} may be null (nil channel: never chosen). */
    public int send(Channel c, Object v) {
        channels[n] = c;
        sendValues[n] = v;
        isSend[n] = true;
        return n++;
    }

    /** Adds {@code case <-c}; returns its index. {@code c} may be null (nil channel: never chosen). */
    public int receive(Channel c) {
        channels[n] = c;
        isSend[n] = false;
        return n++;
    }

    /** The value received by the chosen receive case (the channel's zero value if it was closed). */
    public Object value() {
        return value;
    }

    /** False if the chosen receive case saw a closed channel. */
    public boolean ok() {
        return ok;
    }

    /** Blocks until a case can proceed; returns its index. With no non-nil case, blocks forever. */
    public int select(Goroutine g) {
        return run(g, true);
    }

    /** Returns the index of a ready case, or -1 (take the default branch) if none is ready. */
    public int selectOrDefault(Goroutine g) {
        return run(g, false);
    }

    private int run(Goroutine g, boolean block) {
        try {
            return choose(g, block);
        } finally {
            // a reused Select must not keep the cases' channels and values reachable
            for (int i = 0; i < n; i++) {
                channels[i] = null;
                sendValues[i] = null;
            }
            n = 0;
        }
    }

    private int choose(Goroutine g, boolean block) {
        value = null;
        ok = false;
        int norder = 0;
        for (int i = 0; i < n; i++) {
            if (channels[i] == null) {
                sendValues[i] = null;
                continue;
            }
            int j = g.nextRandom(norder + 1);
            pollOrder[norder] = pollOrder[j];
            pollOrder[j] = i;
            norder++;
        }
        live = norder;
        if (norder == 0) {
            if (!block) {
                return -1;
            }
            g.scheduler.block(g, n == 0 ? WaitReason.SELECT_NO_CASES : WaitReason.SELECT);
        }
        sortLockOrder(norder);
        lockAll();

        for (int k = 0; k < norder; k++) {
            int i = pollOrder[k];
            Channel c = channels[i];
            if (isSend[i]) {
                if (c.isClosedLocked()) {
                    unlockAll();
                    throw GoPanic.sendOnClosedChannel();
                }
                Waiter r = c.recvq.dequeue();
                if (r != null) {
                    c.giveToReceiverLocked(r, sendValues[i]);
                    unlockAll();
                    g.scheduler.ready(r.g, g);
                    return i;
                }
                if (c.hasRoomLocked()) {
                    c.putInBufferLocked(sendValues[i]);
                    unlockAll();
                    return i;
                }
            } else {
                Waiter s = c.sendq.dequeue();
                if (s != null) {
                    value = c.takeFromSenderLocked(s);
                    ok = true;
                    unlockAll();
                    g.scheduler.ready(s.g, g);
                    return i;
                }
                if (c.hasBufferedLocked()) {
                    value = c.takeFromBufferLocked();
                    ok = true;
                    unlockAll();
                    return i;
                }
                if (c.isClosedLocked()) {
                    value = c.zeroValue();
                    ok = false;
                    unlockAll();
                    return i;
                }
            }
        }
        if (!block) {
            unlockAll();
            return -1;
        }

        g.checkBlockable();
        Waiter[] waiters = this.waiters;
        for (int k = 0; k < norder; k++) {
            int i = lockOrder[k];
            Waiter w = waiters[k];
            if (w == null || w.g != g) {
                w = new Waiter(g);
                waiters[k] = w;
            }
            w.isSelect = true;
            w.caseIndex = i;
            w.channel = channels[i];
            if (isSend[i]) {
                w.elem = sendValues[i];
                channels[i].sendq.enqueue(w);
            } else {
                channels[i].recvq.enqueue(w);
            }
            waiters[k] = w;
        }
        g.wokenBy = null;
        g.park(WaitReason.SELECT, Goroutine.ParkCommit.UNLOCK_SELECT, this);

        lockAll();
        g.resetSelectDone();
        Waiter won = g.wokenBy;
        g.wokenBy = null;
        for (int k = 0; k < norder; k++) {
            Waiter w = waiters[k];
            if (w != won) {
                if (isSend[w.caseIndex]) {
                    w.channel.sendq.remove(w);
                } else {
                    w.channel.recvq.remove(w);
                }
            }
        }
        unlockAll();
        if (won == null) {
            throw new IllegalStateException("select: bad wakeup");
        }
        int i = won.caseIndex;
        boolean success = won.success;
        Object elem = won.elem;
        for (int k = 0; k < norder; k++) {
            waiters[k].reset();
        }
        if (isSend[i]) {
            if (!success) {
                throw GoPanic.sendOnClosedChannel();
            }
        } else {
            ok = success;
            value = ok ? elem : channels[i].zeroValue();
        }
        return i;
    }

    /** Insertion sort of the live cases by channel id: selects have a handful of cases. */
    private void sortLockOrder(int norder) {
        for (int k = 0; k < norder; k++) {
            int i = pollOrder[k];
            long id = channels[i].id;
            int j = k;
            while (j > 0 && channels[lockOrder[j - 1]].id > id) {
                lockOrder[j] = lockOrder[j - 1];
                j--;
            }
            lockOrder[j] = i;
        }
    }

    private void lockAll() {
        Channel last = null;
        for (int k = 0; k < live; k++) {
            Channel c = channels[lockOrder[k]];
            if (c != last) {
                c.lock();
                last = c;
            }
        }
    }

    /**
     * Releases every channel lock. Also the park commit, run by the M after the goroutine unmounted: once a
     * channel is unlocked a waker may resume the goroutine on another M, but it then blocks in {@link #lockAll}
     * on a channel still held here, so reading this Select between unlocks is safe; after the last unlock
     * nothing is read.
     */
    void unlockAll() {
        Channel last = null;
        int count = live;
        for (int k = 0; k < count; k++) {
            Channel c = channels[lockOrder[k]];
            if (c != last) {
                if (last != null) {
                    last.unlock();
                }
                last = c;
            }
        }
        if (last != null) {
            last.unlock();
        }
    }
}
