package gosub.language.stdlib.bytes;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;

import gosub.language.natives.Natives;
import gosub.language.values.Slice;

/**
 * The bytes package's natives: the searches that buffered readers make on every buffer, where a string copy of
 * the bytes (how the rest of package bytes reaches the strings natives) would cost as much as the search.
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
