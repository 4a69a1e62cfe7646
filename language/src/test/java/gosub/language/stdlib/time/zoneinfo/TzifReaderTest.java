package gosub.language.stdlib.time.zoneinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The TZif reader against files written here from RFC 8536's layout (so the tests need no zone database), the
 * footer rule against dates worked out with java.time, and, where the system has its files, the reader's offsets
 * against the JDK's own copy of the database.
 */
class TzifReaderTest {
    /** A zone's local time type for {@link #tzif}. */
    private record Type(int offset, boolean daylight, String name) {
    }

    /**
     * A TZif file of the given version ('\0' writes times in 32 bits only; '2' and '3' write an empty first block
     * and then the 64-bit one) with the transitions, types and footer given.
     */
    private static byte[] tzif(char version, long[] times, int[] typeAfter, Type[] types, String footer)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        ByteArrayOutputStream abbrevs = new ByteArrayOutputStream();
        int[] at = new int[types.length];
        for (int t = 0; t < types.length; t++) {
            at[t] = abbrevs.size();
            abbrevs.writeBytes((types[t].name() + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        boolean wide = version != 0;
        if (wide) {
            header(out, version, 0, 1, 0); // a first block of one type, which the reader must skip
            out.writeInt(0);
            out.writeByte(0);
            out.writeByte(0);
        }
        header(out, version, times.length, types.length, abbrevs.size());
        for (long t : times) {
            if (wide) {
                out.writeLong(t);
            } else {
                out.writeInt((int) t);
            }
        }
        for (int t : typeAfter) {
            out.writeByte(t);
        }
        for (int t = 0; t < types.length; t++) {
            out.writeInt(types[t].offset());
            out.writeByte(types[t].daylight() ? 1 : 0);
            out.writeByte(at[t]);
        }
        out.write(abbrevs.toByteArray());
        if (footer != null) {
            out.write(("\n" + footer + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    private static void header(DataOutputStream out, char version, int transitions, int types, int chars)
            throws IOException {
        out.writeBytes("TZif");
        out.writeByte(version);
        out.write(new byte[15]);
        for (int n : new int[] {0, 0, 0, transitions, types, chars}) {
            out.writeInt(n);
        }
    }

    private static long utc(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).toEpochSecond(ZoneOffset.UTC);
    }

    private static final Type LMT = new Type(-28378, false, "LMT");
    private static final Type PST = new Type(-28800, false, "PST");
    private static final Type PDT = new Type(-25200, true, "PDT");

    /** Los Angeles in brief: LMT until 1910 (within reach of 32-bit times), then PST, PDT in the summer of 2020, and the US rules after. */
    private static ZoneTimeline losAngeles(char version) throws Exception {
        long[] times = {utc(1910, 11, 18, 20, 0), utc(2020, 3, 8, 10, 0), utc(2020, 11, 1, 9, 0)};
        return TzifReader.read(tzif(version, times, new int[] {1, 2, 1}, new Type[] {LMT, PST, PDT},
                "PST8PDT,M3.2.0,M11.1.0"));
    }

    @Test
    void transitionsAndTheirSpans() throws Exception {
        for (char version : new char[] {0, '2', '3'}) {
            ZoneTimeline la = losAngeles(version);
            assertEquals(new ZoneInUse("LMT", -28378, ZoneTimeline.BEGINNING, utc(1910, 11, 18, 20, 0), false),
                    la.at(utc(1850, 1, 1, 0, 0)));
            assertEquals(new ZoneInUse("PST", -28800, utc(1910, 11, 18, 20, 0), utc(2020, 3, 8, 10, 0), false),
                    la.at(utc(1999, 7, 1, 0, 0)));
            assertEquals(new ZoneInUse("PDT", -25200, utc(2020, 3, 8, 10, 0), utc(2020, 11, 1, 9, 0), true),
                    la.at(utc(2020, 3, 8, 10, 0)));
        }
    }

    @Test
    void theFooterRuleGoesOnAfterTheLastTransition() throws Exception {
        ZoneTimeline la = losAngeles('2');
        // 2030: March 1 is a Friday, so the second Sunday is the 10th; November 1 is a Friday, the first Sunday the 3rd
        long summer = utc(2030, 3, 10, 10, 0);
        long winter = utc(2030, 11, 3, 9, 0);
        assertEquals(new ZoneInUse("PDT", -25200, summer, winter, true), la.at(utc(2030, 7, 4, 12, 0)));
        assertEquals("PST", la.at(summer - 1).name());
        assertEquals(summer, la.at(summer - 1).end());
        assertEquals("PST", la.at(winter).name());
        assertEquals(winter, la.at(winter).start());
    }

    @Test
    void aSouthernRuleStartsTheYearInSummerTime() throws Exception {
        Type aest = new Type(36000, false, "AEST");
        ZoneTimeline sydney = TzifReader.read(tzif('2', new long[] {0}, new int[] {0}, new Type[] {aest},
                "AEST-10AEDT,M10.1.0,M4.1.0/3"));
        ZoneInUse january = sydney.at(utc(2031, 1, 15, 0, 0));
        assertEquals("AEDT", january.name());
        assertEquals(39600, january.offset());
        // 2031: April 6 is the first Sunday, 03:00 AEDT; October 5 the first Sunday of October, 02:00 AEST
        assertEquals(utc(2031, 4, 5, 16, 0), january.end());
        assertEquals(new ZoneInUse("AEST", 36000, utc(2031, 4, 5, 16, 0), utc(2031, 10, 4, 16, 0), false),
                sydney.at(utc(2031, 7, 1, 0, 0)));
    }

    @Test
    void footerForms() throws Exception {
        Type plus5 = new Type(18000, false, "+05");
        long[] none = {};
        ZoneTimeline fixed = TzifReader.read(tzif('2', none, new int[0], new Type[] {plus5}, "<+05>-5"));
        assertEquals(new ZoneInUse("+05", 18000, ZoneTimeline.BEGINNING, ZoneTimeline.END, false), fixed.at(0));
        // Julian days (J60 is March 1 and J300 October 27 even in a leap year), explicit offsets and times, and ';' as tzcode allows
        ZoneTimeline julian = TzifReader.read(tzif('2', new long[] {0}, new int[] {0}, new Type[] {plus5},
                "AAA-1:30BBB-2:30;J60/1:15,J300"));
        ZoneInUse march = julian.at(utc(2032, 3, 15, 0, 0));
        assertEquals(new ZoneInUse("BBB", 9000, utc(2032, 3, 1, 1, 15) - 5400, utc(2032, 10, 27, 2, 0) - 9000,
                true), march);
        // a rule that does not parse leaves the last transition's zone in use
        ZoneTimeline broken = TzifReader.read(tzif('2', new long[] {0}, new int[] {0}, new Type[] {plus5},
                "AB-1"));
        assertEquals(new ZoneInUse("+05", 18000, 0, ZoneTimeline.END, false), broken.at(utc(2040, 1, 1, 0, 0)));
    }

    @Test
    void abbreviationsAreFoundInTheZoneList() throws Exception {
        ZoneTimeline la = losAngeles('2');
        long julyNoonAsUtc = utc(2020, 7, 4, 12, 0);
        assertEquals(-25200, la.offsetOf("PDT", julyNoonAsUtc));
        assertEquals(-28800, la.offsetOf("PST", julyNoonAsUtc)); // not in use then, but the zone has it
        assertEquals(-28378, la.offsetOf("LMT", julyNoonAsUtc));
        assertNull(la.offsetOf("EST", julyNoonAsUtc));
    }

    @Test
    void malformedData() throws Exception {
        byte[] good = tzif('2', new long[] {0}, new int[] {0}, new Type[] {PST}, null);
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        byte[] version4 = good.clone();
        version4[4] = '4';
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
        byte[] noTypes = tzif('2', new long[0], new int[0], new Type[0], null);
        byte[] typeOutOfRange = tzif('2', new long[] {0}, new int[] {1}, new Type[] {PST}, null);
        for (byte[] data : new byte[][] {badMagic, version4, truncated, noTypes, typeOutOfRange, new byte[0],
                "TZif2".getBytes(StandardCharsets.US_ASCII)}) {
            TzifReader.MalformedZoneData e = assertThrows(TzifReader.MalformedZoneData.class,
                    () -> TzifReader.read(data));
            assertEquals("malformed time zone information", e.getMessage());
        }
    }

    @Test
    void calendarArithmeticAgreesWithJavaTime() {
        for (long day = -800_000; day <= 800_000; day += 97) {
            LocalDate d = LocalDate.ofEpochDay(day);
            assertEquals(d.getYear(), Civil.yearOfDay(day), "day " + day);
            assertEquals(LocalDate.of(d.getYear(), 1, 1).toEpochDay(), Civil.daysBeforeYear(d.getYear()));
            assertEquals(d.lengthOfMonth(), Civil.monthLength(d.getYear(), d.getMonthValue()));
            assertEquals(d.withDayOfMonth(1).getDayOfYear() - 1, Civil.daysBeforeMonth(d.getYear(), d.getMonthValue()));
        }
    }

    @Test
    void systemFilesAgreeWithTheJdkOnOffsets() throws Exception {
        for (String name : new String[] {"America/New_York", "Europe/Paris", "Australia/Sydney", "Asia/Kolkata",
                "America/Sao_Paulo", "Pacific/Chatham"}) {
            Path file = Path.of("/usr/share/zoneinfo", name);
            assumeTrue(Files.isRegularFile(file), "no system zone files");
            ZoneTimeline ours = TzifReader.read(Files.readAllBytes(file));
            ZoneRules jdk = ZoneId.of(name).getRules();
            // from 1970 (before which the JDK's data may be simplified) to 2100, through the footer's years
            for (long sec = 0; sec < utc(2100, 1, 1, 0, 0); sec += 86400L * 13 + 3607) {
                assertEquals(jdk.getOffset(Instant.ofEpochSecond(sec)).getTotalSeconds(), ours.at(sec).offset(),
                        name + " at " + Instant.ofEpochSecond(sec));
            }
        }
    }

    @Test
    void theJdkFallbackNamesZonesAsTheDatabaseDoes() {
        ZoneTimeline ny = JdkZoneTimeline.of("America/New_York");
        assertEquals("EST", ny.at(utc(2024, 1, 15, 12, 0)).name());
        ZoneInUse july = ny.at(utc(2024, 7, 15, 12, 0));
        assertEquals("EDT", july.name());
        assertEquals(utc(2024, 3, 10, 7, 0), july.start());
        assertEquals(utc(2024, 11, 3, 6, 0), july.end());
        assertEquals(-18000, ny.offsetOf("EST", utc(2024, 7, 15, 12, 0)));
        assertEquals("+04", JdkZoneTimeline.of("Asia/Dubai").at(0).name());
        assertNull(JdkZoneTimeline.of("Mars/Olympus"));
    }
}
