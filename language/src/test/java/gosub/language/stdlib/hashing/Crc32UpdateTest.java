package gosub.language.stdlib.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.language.values.Slice;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;

/** crc32's native loop agrees with the JDK's CRC32 and CRC32C, whole and continued across any cut. */
class Crc32UpdateTest {
    private static final long IEEE = 0xedb88320L;
    private static final long CASTAGNOLI = 0x82f63b78L;

    /** The table as hash/crc32 builds it, as the []uint32 the native gets (over a larger backing, at an offset). */
    private static Slice table(long poly) {
        long[] backing = new long[256 + 7];
        for (int b = 0; b < 256; b++) {
            long r = b;
            for (int round = 0; round < 8; round++) {
                r = (r & 1) != 0 ? (r >>> 1) ^ poly : r >>> 1;
            }
            backing[7 + b] = r;
        }
        return new Slice(backing, 7, 256, 256);
    }

    private static long jdk(Checksum c, byte[] data, int from, int to) {
        c.update(data, from, to - from);
        return c.getValue();
    }

    private static Slice window(byte[] data, int from, int to) {
        return new Slice(data, from, to - from, data.length - from);
    }

    @Test
    void agreesWithTheJdkWholeAndContinued() {
        Random random = new Random(42);
        Slice ieee = table(IEEE);
        Slice castagnoli = table(CASTAGNOLI);
        for (int trial = 0; trial < 200; trial++) {
            byte[] data = new byte[random.nextInt(3000)];
            random.nextBytes(data);
            int from = data.length == 0 ? 0 : random.nextInt(data.length);
            int cut = from + (data.length == from ? 0 : random.nextInt(data.length - from));
            long wantIeee = jdk(new CRC32(), data, from, data.length);
            long wantC = jdk(new CRC32C(), data, from, data.length);
            assertEquals(wantIeee, HashingNatives.crc32Update(0, ieee, window(data, from, data.length)));
            long head = HashingNatives.crc32Update(0, castagnoli, window(data, from, cut));
            assertEquals(wantC, HashingNatives.crc32Update(head, castagnoli, window(data, cut, data.length)));
        }
        byte[] digits = "123456789".getBytes();
        assertEquals(0xcbf43926L, HashingNatives.crc32Update(0, ieee, window(digits, 0, digits.length)));
        assertEquals(12345L, HashingNatives.crc32Update(12345, ieee, null), "nothing continues the CRC unchanged");
    }
}
