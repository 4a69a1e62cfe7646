package gosub.language.stdlib.time.zoneinfo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Finds an entry of a zip file (PKWARE's APPNOTE) the way Go 1.19 reads zoneinfo.zip: the end record must be the
 * file's last 22 bytes (no archive comment), the central directory is searched by name, and only a stored
 * (uncompressed) entry can be read.
 */
final class StoredZip {
    private StoredZip() {
    }

    private static final int END_RECORD = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;

    /** The zip's layout is not what it should be. */
    static final class Corrupt extends Exception {
        Corrupt() {
            super(null, null, false, false);
        }
    }

    /** The entry's bytes; null when there is no such entry. Unsupported: a compressed entry. */
    static byte[] entry(byte[] zip, String name) throws Corrupt, UnsupportedCompression {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        try {
            int end = zip.length - 22;
            if (end < 0 || b.getInt(end) != END_RECORD) {
                throw new Corrupt();
            }
            int entries = b.getShort(end + 10) & 0xffff;
            int at = b.getInt(end + 16);
            byte[] wanted = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < entries; i++) {
                if (b.getInt(at) != CENTRAL_HEADER) {
                    throw new Corrupt();
                }
                int method = b.getShort(at + 10) & 0xffff;
                int size = b.getInt(at + 24);
                int nameLength = b.getShort(at + 28) & 0xffff;
                int extraLength = b.getShort(at + 30) & 0xffff;
                int commentLength = b.getShort(at + 32) & 0xffff;
                int local = b.getInt(at + 42);
                if (java.util.Arrays.equals(zip, at + 46, at + 46 + nameLength, wanted, 0, wanted.length)) {
                    if (method != 0) {
                        throw new UnsupportedCompression();
                    }
                    if (b.getInt(local) != LOCAL_HEADER) {
                        throw new Corrupt();
                    }
                    int data = local + 30 + (b.getShort(local + 26) & 0xffff) + (b.getShort(local + 28) & 0xffff);
                    if (size < 0 || Math.addExact(data, size) > zip.length) {
                        throw new Corrupt();
                    }
                    return java.util.Arrays.copyOfRange(zip, data, data + size);
                }
                at += 46 + nameLength + extraLength + commentLength;
            }
            return null;
        } catch (IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
            throw new Corrupt();
        }
    }

    /** The entry is compressed. */
    static final class UnsupportedCompression extends Exception {
        UnsupportedCompression() {
            super(null, null, false, false);
        }
    }
}
