package gosub.language.stdlib.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * range-tables.txt holds what package unicode's tables promise: ranges in order, apart, each in its half (R16 below
 * 0x10000), LatinOffset counting the R16 ranges within Latin-1; every map entry names a table the file has; and
 * the tables agree with the classification natives, which keep their own merged copy of the same data.
 */
class RangeTableDataTest {
    private static final RangeTableData DATA = RangeTableData.get();

    private static void checkRanges(String id, int[] triples, int limit) {
        if (triples == null) {
            return;
        }
        int previousHi = -1;
        for (int i = 0; i < triples.length; i += 3) {
            int lo = triples[i];
            int hi = triples[i + 1];
            int stride = triples[i + 2];
            assertTrue(lo > previousHi && lo <= hi && hi <= limit && stride > 0, id + ": range " + i / 3);
            previousHi = hi;
        }
    }

    @Test
    void everyTableIsOrderedAndItsLatinOffsetRight() {
        for (String group : new String[] {"Categories", "Scripts", "Properties", "FoldCategory", "FoldScript"}) {
            RangeTableData.Group g = DATA.group(group);
            assertNotNull(g, group);
            for (String id : g.ids()) {
                RangeTableData.Table t = DATA.table(id);
                assertNotNull(t, group + ": " + id);
                checkRanges(id, t.r16(), 0xFFFF);
                checkRanges(id, t.r32(), Runes.MAX_RUNE);
                int latin = 0;
                for (int i = 0; t.r16() != null && i < t.r16().length; i += 3) {
                    latin += t.r16()[i + 1] <= 0xFF ? 1 : 0;
                }
                assertEquals(latin, t.latinOffset(), id);
            }
        }
        assertEquals(156, DATA.group("Scripts").ids().length, "Unicode 13.0.0 has 156 scripts");
    }

    private static boolean in(RangeTableData.Table t, int r) {
        for (int[] rs : new int[][] {t.r16(), t.r32()}) {
            for (int i = 0; rs != null && i < rs.length; i += 3) {
                if (r >= rs[i] && r <= rs[i + 1] && (r - rs[i]) % rs[i + 2] == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theClassificationNativesAgreeWithTheTables() {
        RangeTableData.Table letter = DATA.table("L");
        RangeTableData.Table upper = DATA.table("Lu");
        RangeTableData.Table digit = DATA.table("Nd");
        for (int r = 0; r <= Runes.MAX_RUNE; r += 7) {
            assertEquals(in(letter, r), Runes.isLetter(r), "IsLetter " + Integer.toHexString(r));
            assertEquals(in(upper, r), Runes.isUpper(r), "IsUpper " + Integer.toHexString(r));
            assertEquals(in(digit, r), Runes.isDigit(r), "IsDigit " + Integer.toHexString(r));
        }
    }

    @Test
    void caseRangesAreOrderedRows() {
        int[] rows = DATA.caseTable("CaseRanges");
        assertEquals(0, rows.length % 5);
        for (int i = 5; i < rows.length; i += 5) {
            assertTrue(rows[i] > rows[i - 4], "case range " + i / 5);
        }
        assertEquals(20, DATA.caseTable("TurkishCase").length);
    }
}
