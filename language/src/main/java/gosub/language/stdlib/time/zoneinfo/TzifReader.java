package gosub.language.stdlib.time.zoneinfo;

import gosub.language.values.ByteStrings;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;

/**
 * Reads a TZif file (RFC 8536, versions 1 to 3, as Go 1.19 does; version 4 is refused like any unknown version).
 * Of a version 2 or 3 file only the second part is read, whose 64-bit times reach past 2038, and its footer. Leap
 * seconds and the standard/wall and UT/local indicators are skipped: they only matter for turning the footer rule
 * into transitions, which the file has done already.
 */
public final class TzifReader {
    private TzifReader() {
    }

    /** What Go says of a file that is not TZif data. */
    public static final String MALFORMED = "malformed time zone information";

    /** The data does not hold a zone. */
    public static final class MalformedZoneData extends Exception {
        MalformedZoneData() {
            super(MALFORMED, null, false, false);
        }
    }

    /** The header's six counts, in the order the file gives them. */
    private record Counts(int utLocal, int standardWall, int leaps, int transitions, int types, int abbrevChars) {
        static Counts read(ByteBuffer b) throws MalformedZoneData {
            return new Counts(count(b), count(b), count(b), count(b), count(b), count(b));
        }

        private static int count(ByteBuffer b) throws MalformedZoneData {
            int n = b.getInt();
            if (n < 0) { // past 2^31: more than any file can hold
                throw new MalformedZoneData();
            }
            return n;
        }

        /** Bytes of a data block with times of timeSize bytes. */
        long size(int timeSize) {
            return (long) transitions * timeSize + transitions + types * 6L + abbrevChars
                    + leaps * (timeSize + 4L) + standardWall + utLocal;
        }
    }

    public static ZoneTimeline read(byte[] data) throws MalformedZoneData {
        try {
            return parse(ByteBuffer.wrap(data));
        } catch (BufferUnderflowException | IllegalArgumentException | ArithmeticException e) {
            throw new MalformedZoneData(); // a count that runs past the end of the data
        }
    }

    private static ZoneTimeline parse(ByteBuffer b) throws MalformedZoneData {
        if (b.getInt() != 0x545a6966) { // "TZif"
            throw new MalformedZoneData();
        }
        byte version = b.get();
        if (version != 0 && version != '2' && version != '3') {
            throw new MalformedZoneData();
        }
        b.position(b.position() + 15);
        Counts n = Counts.read(b);
        int timeSize = 4;
        if (version != 0) {
            // skip the 32-bit block and the second header's magic and version; the counts are read again
            b.position(Math.toIntExact(b.position() + n.size(4) + 20));
            n = Counts.read(b);
            timeSize = 8;
        }
        long[] times = new long[n.transitions()];
        for (int i = 0; i < times.length; i++) {
            times[i] = timeSize == 8 ? b.getLong() : b.getInt();
        }
        int[] typeAfter = new int[n.transitions()];
        for (int i = 0; i < typeAfter.length; i++) {
            typeAfter[i] = b.get() & 0xff;
        }
        int[] offsets = new int[n.types()];
        boolean[] daylight = new boolean[n.types()];
        int[] abbrevAt = new int[n.types()];
        for (int t = 0; t < offsets.length; t++) {
            offsets[t] = b.getInt();
            daylight[t] = b.get() != 0;
            abbrevAt[t] = b.get() & 0xff;
        }
        byte[] abbrevs = new byte[n.abbrevChars()];
        b.get(abbrevs);
        b.position(Math.toIntExact(b.position() + n.leaps() * (timeSize + 4L) + n.standardWall() + n.utLocal()));
        String footer = footer(b);
        if (offsets.length == 0) {
            throw new MalformedZoneData(); // nothing to be in use
        }
        String[] names = new String[offsets.length];
        for (int t = 0; t < names.length; t++) {
            if (abbrevAt[t] >= abbrevs.length) {
                throw new MalformedZoneData();
            }
            int end = abbrevAt[t];
            while (end < abbrevs.length && abbrevs[end] != 0) {
                end++;
            }
            names[t] = ByteStrings.fromBytes(abbrevs, abbrevAt[t], end - abbrevAt[t]);
        }
        for (int type : typeAfter) {
            if (type >= offsets.length) {
                throw new MalformedZoneData();
            }
        }
        return new TzifTimeline(names, offsets, daylight, times, typeAfter, footer);
    }

    /** The footer's rule: what lies between a newline just after the data and one ending the file, if anything. */
    private static String footer(ByteBuffer b) {
        int left = b.remaining();
        if (left <= 2 || b.get(b.position()) != '\n' || b.get(b.limit() - 1) != '\n') {
            return null;
        }
        return ByteStrings.fromBytes(b.array(), b.position() + 1, left - 2);
    }
}
