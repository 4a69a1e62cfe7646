package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.LongNode;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.MemorySizes;
import gosub.runtime.Channel;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;

/** Channel operations on the runtime's {@link Channel}; a nil channel is null and blocks forever. */
public final class ChannelNodes {
    private ChannelNodes() {
    }

    static Goroutine g(VirtualFrame frame) {
        return (Goroutine) (GoArguments.goroutine(frame)).goroutine;
    }

    /** The goroutine about to block at {@code op}: the traceback of a blocked goroutine names op's line. */
    static Goroutine blockingAt(VirtualFrame frame, gosub.language.nodes.GoNode op) {
        gosub.language.runtime.GoroutineState s = GoArguments.goroutine(frame);
        s.recordPosition(op, frame);
        return (Goroutine) s.goroutine;
    }

    /** Runtime panics (send on closed channel, …) become Go panics with Go's message. */
    @TruffleBoundary
    public static GoPanicException convert(GoPanic p) {
        return p.isRuntimeError() ? RuntimeErrors.plain(p.getMessage()) : RuntimeErrors.plain(p.getMessage());
    }

    public static final class Make extends ExprNode {
        @Child private ExprNode size;
        private final Object zero;
        private final gosub.language.types.GoType elem;
        private final long elemSize;
        @Child private AllocationReport report;

        public Make(ExprNode size, gosub.language.types.ChanType type) {
            this.size = size;
            this.elem = type.elem;
            this.report = new AllocationReport(type);
            this.zero = gosub.language.values.Aggregates.isAggregate(elem) ? null : gosub.language.values.ZeroValue.of(elem);
            this.elemSize = elem == null ? 8 : MemorySizes.sizeOf(elem);
        }

        /** The size of Go's channel header on amd64, which its limit on a channel's allocation counts. */
        private static final long HEADER_BYTES = 96;

        @Override
        public Object execute(VirtualFrame frame) {
            long n = size == null ? 0 : size.executeLong(frame);
            // Go's limit is on the buffer's bytes (the channel's header, 96 bytes, comes first), so elements of no
            // size allow any capacity; a buffer within it whose length is past a Java int is memory the JVM does
            // not have
            if (n < 0 || MemorySizes.multiply(elemSize, n) > MemorySizes.MAX_ALLOC - HEADER_BYTES) {
                throw RuntimeErrors.plain("makechan: size out of range");
            }
            if (n > Integer.MAX_VALUE && elemSize != 0) {
                throw RuntimeErrors.outOfMemory();
            }
            Channel c = new Channel(n, zero == null && elem != null ? aggregateZero(elem) : zero);
            return report.allocated(c, com.oracle.truffle.api.instrumentation.AllocationReporter.SIZE_UNKNOWN);
        }

        /** A fresh zero struct or array; behind a boundary, as the type walk recurses (no bound for the compiler). */
        @TruffleBoundary
        private static Object aggregateZero(gosub.language.types.GoType elem) {
            return gosub.language.values.ZeroValue.of(elem);
        }
    }

    public static final class Send extends StmtNode {
        @Child private ExprNode ch;
        @Child private ExprNode value;

        public Send(ExprNode ch, ExprNode value) {
            this.ch = ch;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Channel c = (Channel) ch.execute(frame);
            Object v = value.execute(frame);
            try {
                send(blockingAt(frame, this), c, v);
            } catch (GoPanic p) {
                throw convert(p);
            }
        }

        @TruffleBoundary
        private static void send(Goroutine g, Channel c, Object v) {
            Channel.send(g, c, v);
        }
    }

    public static final class Receive extends ExprNode {
        @Child private ExprNode ch;
        private final boolean commaOk;

        public Receive(ExprNode ch, boolean commaOk) {
            this.ch = ch;
            this.commaOk = commaOk;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Channel c = (Channel) ch.execute(frame);
            return receive(blockingAt(frame, this), c, commaOk);
        }

        @TruffleBoundary
        static Object receive(Goroutine g, Channel c, boolean commaOk) {
            if (!commaOk) {
                return Channel.receive(g, c);
            }
            Object v = Channel.receiveOrClosed(g, c);
            if (v == Channel.CLOSED) {
                return new Object[] {c.zeroValue(), false};
            }
            return new Object[] {v, true};
        }
    }

    public static final class Close extends StmtNode {
        @Child private ExprNode ch;

        public Close(ExprNode ch) {
            this.ch = ch;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Channel c = (Channel) ch.execute(frame);
            try {
                close(g(frame), c);
            } catch (GoPanic p) {
                throw convert(p);
            }
        }

        @TruffleBoundary
        private static void close(Goroutine g, Channel c) {
            Channel.close(g, c);
        }
    }

    public static final class LenCap extends LongNode {
        @Child private ExprNode ch;
        private final boolean cap;

        public LenCap(ExprNode ch, boolean cap) {
            this.ch = ch;
            this.cap = cap;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Channel c = (Channel) ch.execute(frame);
            return cap ? Channel.capacity(c) : Channel.length(c);
        }
    }
}
