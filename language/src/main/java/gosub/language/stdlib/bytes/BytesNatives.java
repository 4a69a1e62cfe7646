package gosub.language.stdlib.bytes;

import gosub.language.Natives;
import gosub.language.values.Slice;

/**
 * The bytes package's natives: the searches that buffered readers make on every buffer, where a string copy of
 * the bytes (how the rest of package bytes reaches the strings natives) would cost as much as the search.
 */
public final class BytesNatives {
    private BytesNatives() {
    }

    public static void register(Natives n) {
        n.register("bytes.IndexByte", a -> (long) indexByte((Slice) a[2], (byte) (long) (Long) a[3]));
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
