package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

/** strings.Builder's methods, on the byte slice that is the Builder's one field. */
public final class BuilderNatives {
    private BuilderNatives() {
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.String")
    abstract static class BuilderString extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(Object b) {
            Slice buf = buf(b);
            return buf == null ? "" : ByteStrings.fromBytes((byte[]) buf.array, buf.offset, buf.len);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Len")
    abstract static class BuilderLen extends NativeNode {
        @Specialization
        static long run(Object b) {
            Slice buf = buf(b);
            return buf == null ? 0 : buf.len;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Cap")
    abstract static class BuilderCap extends NativeNode {
        @Specialization
        static long run(Object b) {
            Slice buf = buf(b);
            return buf == null ? 0 : buf.cap;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Reset")
    abstract static class BuilderReset extends NativeNode {
        @Specialization
        static Object run(Object b) {
            setBuf(b, null);
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Grow")
    abstract static class BuilderGrow extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, long k) {
            if (k < 0) {
                throw StringsNatives.panic("strings.Builder.Grow: negative count");
            }
            Slice buf = buf(b);
            int len = buf == null ? 0 : buf.len;
            int cap = buf == null ? 0 : buf.cap;
            if (cap - len < k) {
                // Go makes a buffer of 2*cap+k bytes: past what an address space holds (or wrapped) that make
                // panics; more than a Java array holds is memory the JVM does not have, unless len+k still fits
                long want = 2L * cap + k;
                if (want < 0 || want > gosub.language.types.MemorySizes.MAX_ALLOC) {
                    throw gosub.language.runtime.RuntimeErrors.runtimeError("makeslice: cap out of range");
                }
                if (len + k > Integer.MAX_VALUE - 16) {
                    throw gosub.language.runtime.RuntimeErrors.outOfMemory();
                }
                setBuf(b, ByteBuf.grow(buf, (int) Math.min(Integer.MAX_VALUE - 16, want)));
            }
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.WriteString")
    abstract static class BuilderWriteString extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, String s) {
            setBuf(b, ByteBuf.appendString(buf(b), s));
            return new Object[] {(long) s.length(), null};
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.WriteByte")
    abstract static class BuilderWriteByte extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, long c) {
            setBuf(b, ByteBuf.appendByte(buf(b), (byte) c));
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.WriteRune")
    abstract static class BuilderWriteRune extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, long r) {
            String s = Runes.encode(r);
            setBuf(b, ByteBuf.appendString(buf(b), s));
            return new Object[] {(long) s.length(), null};
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Write")
    abstract static class BuilderWrite extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, Object bytes) {
            Slice p = (Slice) bytes;
            setBuf(b, ByteBuf.appendBytes(buf(b), p));
            return new Object[] {p == null ? 0L : (long) p.len, null};
        }
    }

    private static Slice buf(Object builder) {
        if (builder == null) {
            throw gosub.language.runtime.RuntimeErrors.nilDeref();
        }
        return (Slice) ((StructValue) builder).refs[0];
    }

    private static void setBuf(Object builder, Slice b) {
        ((StructValue) builder).refs[0] = b;
    }
}
