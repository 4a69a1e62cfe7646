package gosub.language.stdlib.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;

import gosub.language.natives.Natives;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.Slice;

import java.util.ArrayList;

/**
 * The bytes package's natives: the searches that buffered readers make on every buffer, where a string copy of
 * the bytes (how the rest of package bytes reaches the strings natives) would cost as much as the search, and
 * Fields, which scripts call on every line they read (as Go code: a closure call and a decode per byte).
 */
public final class BytesNatives {
    private BytesNatives() {
    }

    public static void register(Natives n) {
        n.register(BytesNativesFactory.getFactories());
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "bytes.IndexByte")
    abstract static class IndexByte extends NativeNode {
        @Specialization
        static long run(Slice s, long c) {
            return indexByte(s, (byte) c);
        }

        @Specialization(guards = "isNil(s)")
        static long nil(Object s, long c) {
            return -1;
        }

        static boolean isNil(Object s) {
            return s == null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "bytes.Fields")
    abstract static class Fields extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Slice run(Slice s) {
            return fields(s);
        }

        @Specialization(guards = "isNil(s)")
        static Slice nil(Object s) {
            return new Slice(new Object[0], 0, 0, 0);
        }

        static boolean isNil(Object s) {
            return s == null;
        }
    }

    /**
     * The runs of s between white space (unicode.IsSpace), each a slice of s capped at its length, in a new
     * non-nil [][]byte.
     */
    static Slice fields(Slice s) {
        byte[] b = (byte[]) s.array;
        int end = s.offset + s.len;
        ArrayList<Slice> found = new ArrayList<>();
        int start = -1;
        for (int i = s.offset; i < end;) {
            int c = b[i] & 0xFF;
            boolean space;
            int width;
            if (c < 0x80) {
                space = c == ' ' || c >= '\t' && c <= '\r';
                width = 1;
            } else {
                long d = Runes.decode(b, i, end);
                space = Runes.isSpace(Runes.rune(d));
                width = Runes.width(d);
            }
            if (space && start >= 0) {
                found.add(new Slice(b, start, i - start, i - start));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += width;
        }
        if (start >= 0) {
            found.add(new Slice(b, start, end - start, end - start));
        }
        Object[] a = found.toArray();
        return new Slice(a, 0, a.length, a.length);
    }

    static int indexByte(Slice s, byte c) {
        if (s == null || s.len == 0) {
            return -1;
        }
        byte[] b = (byte[]) s.array;
        for (int i = s.offset, end = s.offset + s.len; i < end; i++) {
            if (b[i] == c) {
                return i - s.offset;
            }
        }
        return -1;
    }
}
