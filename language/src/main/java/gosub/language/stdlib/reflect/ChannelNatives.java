package gosub.language.stdlib.reflect;

import gosub.ast.Expr.ChanDir;
import gosub.language.natives.Natives;
import gosub.language.nodes.expression.ChannelNodes;
import gosub.language.runtime.GoroutineState;
import gosub.language.types.ChanType;
import gosub.language.values.Aggregates;
import gosub.language.values.Slice;
import gosub.language.values.ZeroValue;
import gosub.runtime.Channel;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.Select;

/**
 * Value.Send, Recv, TrySend, TryRecv and Close, and reflect.Select. They go through the runtime's {@link Channel}
 * and {@link Select} exactly as {@code ch <- v}, {@code <-ch} and a select statement do, so a reflect operation
 * parks its goroutine, is woken by a plain channel operation (and wakes one), and counts in deadlock detection.
 */
final class ChannelNatives {
    /** SelectCase.Dir's values (reflect.SelectSend, SelectRecv, SelectDefault). */
    private static final long SELECT_SEND = 1;
    private static final long SELECT_RECV = 2;
    private static final long SELECT_DEFAULT = 3;
    /** Go's bound on a reflect.Select, which numbers cases in 16 bits. */
    private static final int MAX_CASES = 65536;

    private final Reflection r;
    private final ValueNatives values;

    private ChannelNatives(Reflection r, ValueNatives values) {
        this.r = r;
        this.values = values;
    }

    static void register(Natives n, Reflection r, ValueNatives values) {
        ChannelNatives c = new ChannelNatives(r, values);
        n.register("reflect.chanSend", (g, a) -> c.send(g, a[0], a[1], str(a[2]), (Boolean) a[3]));
        n.register("reflect.chanRecv", (g, a) -> c.receive(g, a[0], str(a[1]), (Boolean) a[2]));
        n.register("reflect.chanClose", (g, a) -> {
            Held h = c.channel(g, a[0], "reflect.Value.Close");
            try {
                Channel.close(goroutine(g), (Channel) h.get());
            } catch (GoPanic p) {
                throw ChannelNodes.convert(p);
            }
            return null;
        });
        n.register("reflect.selectCases", (g, a) -> c.select(g, (Slice) a[0], (Slice) a[1], (Slice) a[2]));
    }

    private static String str(Object goString) {
        return gosub.language.values.ByteStrings.toJava((String) goString);
    }

    private static Goroutine goroutine(GoroutineState g) {
        return (Goroutine) g.goroutine;
    }

    /** The channel Value a method works on: valid, of kind Chan, not reached through an unexported field. */
    private Held channel(GoroutineState g, Object handle, String method) {
        Held h = values.kinded(g, handle, method, Kinds.CHAN, Kinds.CHAN);
        if (h.readOnly()) {
            throw Reflection.panic("reflect: " + method + " using value obtained using unexported field");
        }
        return h;
    }

    /** Send (wait) or TrySend: whether the value went. */
    private boolean send(GoroutineState g, Object handle, Object x, String method, boolean wait) {
        Held h = channel(g, handle, method);
        ChanType ct = (ChanType) h.type.underlying();
        if (ct.dir == ChanDir.RECV) {
            throw Reflection.panic("reflect: send on recv-only channel");
        }
        // Go names the Value method in the check of x, and Send in the assignment, whichever method was called
        Object v = values.assign(values.exported(g, x, method), ct.elem, "reflect.Value.Send: value of type %s is not assignable to type %s");
        Channel c = (Channel) h.get();
        try {
            if (wait) {
                Channel.send(goroutine(g), c, v);
                return true;
            }
            return c != null && c.trySend(goroutine(g), v);
        } catch (GoPanic p) {
            throw ChannelNodes.convert(p);
        }
    }

    /** Recv (wait) or TryRecv: {the received Value (none when a TryRecv would wait), ok}. */
    private Object[] receive(GoroutineState g, Object handle, String method, boolean wait) {
        Held h = channel(g, handle, method);
        ChanType ct = (ChanType) h.type.underlying();
        if (ct.dir == ChanDir.SEND) {
            throw Reflection.panic("reflect: recv on send-only channel");
        }
        Channel c = (Channel) h.get();
        Object got;
        if (wait) {
            got = Channel.receiveOrClosed(goroutine(g), c);
        } else {
            got = c == null ? Channel.WOULD_BLOCK : c.tryReceive(goroutine(g));
        }
        if (got == Channel.WOULD_BLOCK) {
            return new Object[] {null, false};
        }
        if (got == Channel.CLOSED) {
            return new Object[] {r.handle(Held.of(ct.elem, ZeroValue.of(ct.elem), 0)), false};
        }
        return new Object[] {r.handle(Held.of(ct.elem, got, 0)), true};
    }

    /**
     * reflect.Select over parallel slices of the cases' directions, channels and values to send: {chosen, the
     * received Value (for a receive case), ok}. The cases are checked in order first, with Go's messages; a case
     * whose Chan is the zero Value is a case on a nil channel, never chosen.
     */
    private Object[] select(GoroutineState g, Slice dirs, Slice chans, Slice sends) {
        int n = dirs == null ? 0 : dirs.len;
        if (n > MAX_CASES) {
            throw Reflection.panic("reflect.Select: too many cases (max " + MAX_CASES + ")");
        }
        Channel[] channels = new Channel[n];
        Object[] sent = new Object[n];
        ChanType[] types = new ChanType[n];
        long[] dir = new long[n];
        int defaultCase = -1;
        int runtimeCases = 0;
        for (int i = 0; i < n; i++) {
            dir[i] = (Long) Aggregates.get(dirs.array, dirs.offset + i);
            Object chan = Aggregates.get(chans.array, chans.offset + i);
            Object send = Aggregates.get(sends.array, sends.offset + i);
            if (dir[i] == SELECT_DEFAULT) {
                if (defaultCase >= 0) {
                    throw Reflection.panic("reflect.Select: multiple default cases");
                }
                defaultCase = i;
                if (chan != null) {
                    throw Reflection.panic("reflect.Select: default case has Chan value");
                }
                if (send != null) {
                    throw Reflection.panic("reflect.Select: default case has Send value");
                }
            } else if (dir[i] == SELECT_SEND) {
                runtimeCases++;
                if (chan == null) {
                    continue;
                }
                Held ch = selectChannel(g, chan);
                types[i] = (ChanType) ch.type.underlying();
                if (types[i].dir == ChanDir.RECV) {
                    throw Reflection.panic("reflect.Select: SendDir case using recv-only channel");
                }
                if (send == null) {
                    throw Reflection.panic("reflect.Select: SendDir case missing Send value");
                }
                // Go's check of an unexported value finds no Value method on the stack to name
                sent[i] = values.assign(values.exported(g, send, "unknown method"), types[i].elem,
                                "reflect.Select: value of type %s is not assignable to type %s");
                channels[i] = (Channel) ch.get();
            } else if (dir[i] == SELECT_RECV) {
                runtimeCases++;
                if (send != null) {
                    throw Reflection.panic("reflect.Select: RecvDir case has Send value");
                }
                if (chan == null) {
                    continue;
                }
                Held ch = selectChannel(g, chan);
                types[i] = (ChanType) ch.type.underlying();
                if (types[i].dir == ChanDir.SEND) {
                    throw Reflection.panic("reflect.Select: RecvDir case using send-only channel");
                }
                channels[i] = (Channel) ch.get();
            } else {
                throw Reflection.panic("reflect.Select: invalid Dir");
            }
        }
        // the runtime's cases are the send and receive cases in order; orig maps them back to the caller's indexes
        Goroutine me = goroutine(g);
        Select s = Select.reusable(me, runtimeCases);
        int[] orig = new int[runtimeCases];
        for (int i = 0, k = 0; i < n; i++) {
            if (dir[i] == SELECT_SEND) {
                s.send(channels[i], sent[i]);
                orig[k++] = i;
            } else if (dir[i] == SELECT_RECV) {
                s.receive(channels[i]);
                orig[k++] = i;
            }
        }
        int won;
        try {
            won = defaultCase >= 0 ? s.selectOrDefault(me) : s.select(me);
        } catch (GoPanic p) {
            throw ChannelNodes.convert(p);
        }
        if (won < 0) {
            return new Object[] {(long) defaultCase, null, false};
        }
        int chosen = orig[won];
        if (dir[chosen] != SELECT_RECV) {
            return new Object[] {(long) chosen, null, false};
        }
        ChanType ct = types[chosen];
        boolean ok = s.ok();
        Object v = ok ? s.value() : ZeroValue.of(ct.elem);
        return new Object[] {(long) chosen, r.handle(Held.of(ct.elem, v, 0)), ok};
    }

    /** A case's channel: of kind Chan and exported, with the ValueError Go raises for it (no method named). */
    private Held selectChannel(GoroutineState g, Object chan) {
        Held h = values.kinded(g, chan, "unknown method", Kinds.CHAN, Kinds.CHAN);
        if (h.readOnly()) {
            throw Reflection.panic("reflect: unknown method using value obtained using unexported field");
        }
        return h;
    }
}
