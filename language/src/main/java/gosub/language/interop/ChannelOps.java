package gosub.language.interop;

import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import gosub.ast.Expr.ChanDir;
import gosub.language.types.ChanType;
import gosub.runtime.Channel;
import gosub.runtime.Goroutine;

/**
 * A channel's members for other languages. A send or receive that has to wait blocks the calling thread only: it
 * runs as a goroutine, which parks like any other until a Go goroutine (or another host thread) is ready.
 */
final class ChannelOps {
    private ChannelOps() {
    }

    static Object invoke(GoValue ch, String member, Object[] args) throws ArityException, UnsupportedTypeException {
        ChanType ct = (ChanType) ch.type.underlying();
        Channel c = (Channel) ch.value;
        int want = member.equals("send") ? 1 : 0;
        if (args.length != want) {
            throw ArityException.create(want, want, args.length);
        }
        switch (member) {
            case "send" -> {
                if (ct.dir == ChanDir.RECV) {
                    throw UnsupportedTypeException.create(args, "invalid operation: cannot send to receive-only channel of type " + ch.type);
                }
                Object v = HostToGo.convertOrThrow(ch.ctx, ct.elem, args[0], "send to " + ch.type);
                GoCalls.run(ch.ctx, "chan send", g -> {
                    Channel.send((Goroutine) g.goroutine, c, v);
                    return null;
                });
                return gosub.language.values.NilObject.INSTANCE;
            }
            case "receive" -> {
                if (ct.dir == ChanDir.SEND) {
                    throw UnsupportedTypeException.create(args, "invalid operation: cannot receive from send-only channel of type " + ch.type);
                }
                Object v = receive(ch, false);
                return v;
            }
            case "close" -> {
                GoCalls.run(ch.ctx, "chan close", g -> {
                    Channel.close((Goroutine) g.goroutine, c);
                    return null;
                });
                return gosub.language.values.NilObject.INSTANCE;
            }
            case "len" -> {
                return (long) (c == null ? 0 : Channel.length(c));
            }
            default -> {
                return (long) (c == null ? 0 : Channel.capacity(c));
            }
        }
    }

    /**
     * Receives one value, exported. With untilClosed, a closed and drained channel gives {@link Channel#CLOSED}
     * (the end of an iteration); without, it gives the zero value as {@code <-ch} does.
     */
    static Object receive(GoValue ch, boolean untilClosed) {
        ChanType ct = (ChanType) ch.type.underlying();
        Channel c = (Channel) ch.value;
        Object v = GoCalls.run(ch.ctx, "chan receive", g -> untilClosed ? Channel.receiveOrClosed((Goroutine) g.goroutine, c)
                        : Channel.receive((Goroutine) g.goroutine, c));
        return v == Channel.CLOSED ? v : GoToHost.export(ch.ctx, ct.elem, v);
    }
}
