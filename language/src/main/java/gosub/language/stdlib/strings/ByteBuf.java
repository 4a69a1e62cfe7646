package gosub.language.stdlib.strings;

import gosub.language.values.Slice;

/**
 * Appending to a {@code []byte} held as a {@link Slice} over a {@code byte[]}, growing the backing array the way
 * Go's append does (doubling while small, then by a quarter). The slice passed in is never modified in place beyond
 * its length, so the result can share its array exactly as Go's append would.
 */
public final class ByteBuf {
    private ByteBuf() {
    }

    static int newCap(int oldCap, int needed) {
        long c = oldCap;
        long dbl = c + c;
        if (needed > dbl) {
            c = needed;
        } else if (oldCap < 256) {
            c = dbl;
        } else {
            while (c < needed) {
                c += (c + 3 * 256) / 4;
            }
        }
        if (c < 8) {
            c = 8;
        }
        return (int) Math.min(c, Integer.MAX_VALUE - 16);
    }

    /** A slice with the same contents and at least the given capacity. */
    public static Slice grow(Slice b, int cap) {
        int len = b == null ? 0 : b.len;
        byte[] arr = new byte[Math.max(cap, len)];
        if (b != null) {
            System.arraycopy(b.array, b.offset, arr, 0, len);
        }
        return new Slice(arr, 0, len, arr.length);
    }

    private static Slice ensure(Slice b, int extra) {
        int len = b == null ? 0 : b.len;
        int cap = b == null ? 0 : b.cap;
        int needed = len + extra;
        if (needed < 0) {
            throw gosub.language.runtime.RuntimeErrors.runtimeError("growslice: len out of range");
        }
        if (needed <= cap) {
            return b;
        }
        return grow(b, newCap(cap, needed));
    }

    @SuppressWarnings("deprecation")
    public static Slice appendString(Slice b, String s) {
        int n = s.length();
        if (n == 0) {
            return b;
        }
        Slice r = ensure(b, n);
        byte[] arr = (byte[]) r.array;
        int at = r.offset + r.len;
        s.getBytes(0, n, arr, at);
        return new Slice(arr, r.offset, r.len + n, r.cap);
    }

    public static Slice appendByte(Slice b, byte c) {
        Slice r = ensure(b, 1);
        byte[] arr = (byte[]) r.array;
        arr[r.offset + r.len] = c;
        return new Slice(arr, r.offset, r.len + 1, r.cap);
    }

    public static Slice appendBytes(Slice b, Slice p) {
        if (p == null || p.len == 0) {
            return b;
        }
        Slice r = ensure(b, p.len);
        System.arraycopy(p.array, p.offset, r.array, r.offset + r.len, p.len);
        return new Slice(r.array, r.offset, r.len + p.len, r.cap);
    }

    public static String toGoString(Slice b) {
        return b == null ? "" : gosub.language.values.ByteStrings.fromBytes((byte[]) b.array, b.offset, b.len);
    }
}
