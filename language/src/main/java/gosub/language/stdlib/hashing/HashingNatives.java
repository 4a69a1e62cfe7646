package gosub.language.stdlib.hashing;

import gosub.language.GoContext;
import gosub.language.interop.ForeignValues;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.values.Slice;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The natives of internal/hashing (a running MessageDigest: start, update, digest of a clone, reset, and a one-shot
 * digest) and hash/crc32's update over a Go table.
 */
public final class HashingNatives {
    private HashingNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        String h = "internal/hashing.";
        n.register(h + "start", (JavaNative) (g, a) -> ForeignValues.ref(ctx, digestOf((String) a[0])));
        n.register(h + "update", (JavaNative) (g, a) -> {
            Slice p = (Slice) a[1];
            if (p != null && p.len > 0) {
                running(a[0]).update((byte[]) p.array, p.offset, p.len);
            }
            return null;
        });
        n.register(h + "current", (JavaNative) (g, a) -> bytes(copyOf(running(a[0])).digest()));
        n.register(h + "reset", (JavaNative) (g, a) -> {
            running(a[0]).reset();
            return null;
        });
        n.register(h + "once", (JavaNative) (g, a) -> {
            MessageDigest md = digestOf((String) a[0]);
            Slice p = (Slice) a[1];
            if (p != null && p.len > 0) {
                md.update((byte[]) p.array, p.offset, p.len);
            }
            return bytes(md.digest());
        });
        n.register("hash/crc32.update", (JavaNative) (g, a) -> crc32Update((Long) a[0], (Slice) a[1], (Slice) a[2]));
    }

    private static MessageDigest digestOf(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static MessageDigest running(Object ref) {
        return (MessageDigest) ForeignValues.object(ref);
    }

    /** A copy of a running digest, to finish without touching the original (every JDK digest Go names clones). */
    private static MessageDigest copyOf(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(md.getAlgorithm() + " does not clone", e);
        }
    }

    private static Slice bytes(byte[] b) {
        return new Slice(b, 0, b.length, b.length);
    }

    /**
     * Go's crc32.Update: the reflected CRC of p continued from crc with a 256-entry table (a []uint32 over the Go
     * Table). The JDK's CRC32 cannot be continued from a given value, so this is the plain byte-at-a-time loop.
     */
    static long crc32Update(long crc, Slice table, Slice p) {
        long[] entries = (long[]) table.array;
        int base = table.offset;
        int c = ~(int) crc;
        if (p != null) {
            byte[] data = (byte[]) p.array;
            for (int i = p.offset, end = p.offset + p.len; i < end; i++) {
                c = (int) entries[base + ((c ^ data[i]) & 0xFF)] ^ (c >>> 8);
            }
        }
        return Integer.toUnsignedLong(~c);
    }
}
