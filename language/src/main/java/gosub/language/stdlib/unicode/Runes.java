package gosub.language.stdlib.unicode;

import gosub.language.values.ByteStrings;

/**
 * Unicode classification and case mapping with Go 1.19's Unicode 13.0.0 data ({@link UnicodeTables}): ASCII is
 * decided inline, everything else by binary search over sorted inclusive ranges. Also the UTF-8 helpers of
 * unicode/utf8 over gosub byte strings.
 */
public final class Runes {
    private Runes() {
    }

    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;

    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Whether r lies in one of a table's inclusive [lo, hi] ranges. */
    private static boolean in(int[] table, long r) {
        if (r < 0x80 || r > MAX_RUNE) {
            return false;
        }
        int lo = 0;
        int hi = table.length / 2;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (r < table[2 * m]) {
                hi = m;
            } else if (r > table[2 * m + 1]) {
                lo = m + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    public static boolean isSpace(long r) {
        if (r <= 0xFF) {
            return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
                        || r == 0x3000;
    }

    public static boolean isLetter(long r) {
        if (r < 0x80) {
            return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
        }
        return in(UnicodeTables.LETTER, r);
    }

    public static boolean isDigit(long r) {
        if (r < 0x80) {
            return r >= '0' && r <= '9';
        }
        return in(UnicodeTables.DIGIT, r);
    }

    public static boolean isNumber(long r) {
        if (r < 0x80) {
            return r >= '0' && r <= '9';
        }
        return in(UnicodeTables.NUMBER, r);
    }

    public static boolean isUpper(long r) {
        if (r < 0x80) {
            return r >= 'A' && r <= 'Z';
        }
        return in(UnicodeTables.UPPER, r);
    }

    public static boolean isLower(long r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z';
        }
        return in(UnicodeTables.LOWER, r);
    }

    public static boolean isTitle(long r) {
        return in(UnicodeTables.TITLE, r);
    }

    private static final String ASCII_SYMBOLS = "$+<=>^`|~";

    public static boolean isPunct(long r) {
        if (r < 0x80) {
            return r > 0x20 && r < 0x7F && !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'))
                            && ASCII_SYMBOLS.indexOf((int) r) < 0;
        }
        return in(UnicodeTables.PUNCT, r);
    }

    public static boolean isSymbol(long r) {
        if (r < 0x80) {
            return r >= 0 && ASCII_SYMBOLS.indexOf((int) r) >= 0;
        }
        return in(UnicodeTables.SYMBOL, r);
    }

    public static boolean isMark(long r) {
        return in(UnicodeTables.MARK, r);
    }

    public static boolean isControl(long r) {
        return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0);
    }

    public static boolean isPrint(long r) {
        if (r < 0x80) {
            return r >= 0x20 && r <= 0x7E;
        }
        return in(UnicodeTables.PRINT, r);
    }

    public static boolean isGraphic(long r) {
        if (r < 0x80) {
            return r >= 0x20 && r <= 0x7E;
        }
        return in(UnicodeTables.GRAPHIC, r);
    }

    /**
     * r in case {@code caseIndex} (0 upper, 1 lower, 2 title) from the case ranges, each (lo, hi, delta per case).
     * A delta above MAX_RUNE marks a range that alternates upper and lower case letter by letter, starting with an
     * upper one: there the mapping keeps r's offset from lo but sets its low bit to the case's (0 for upper and
     * title, 1 for lower).
     */
    private static long to(int caseIndex, long r) {
        if (r < 0 || r > MAX_RUNE) {
            return r;
        }
        int[] t = UnicodeTables.CASE_RANGES;
        int lo = 0;
        int hi = t.length / 5;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            int rlo = t[5 * m];
            int rhi = t[5 * m + 1];
            if (rlo <= r && r <= rhi) {
                int delta = t[5 * m + 2 + caseIndex];
                if (delta > MAX_RUNE) {
                    return rlo + (((r - rlo) & ~1L) | (caseIndex & 1));
                }
                return r + delta;
            }
            if (r < rlo) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return r;
    }

    public static long toUpper(long r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        return to(0, r);
    }

    public static long toLower(long r) {
        if (r < 0x80) {
            return r >= 'A' && r <= 'Z' ? r + 32 : r;
        }
        return to(1, r);
    }

    public static long toTitle(long r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        return to(2, r);
    }

    /**
     * The case-folding orbits with more than two members (such as k, K and the Kelvin sign), as (rune, next rune in
     * its orbit) pairs sorted by rune: Go 1.19's data. Other runes fold between their lower and upper case.
     */
    private static final int[] CASE_ORBIT = {
        0x004B, 0x006B, 0x0053, 0x0073, 0x006B, 0x212A, 0x0073, 0x017F, 0x00B5, 0x039C, 0x00C5, 0x00E5,
        0x00DF, 0x1E9E, 0x00E5, 0x212B, 0x0130, 0x0130, 0x0131, 0x0131, 0x017F, 0x0053, 0x01C4, 0x01C5,
        0x01C5, 0x01C6, 0x01C6, 0x01C4, 0x01C7, 0x01C8, 0x01C8, 0x01C9, 0x01C9, 0x01C7, 0x01CA, 0x01CB,
        0x01CB, 0x01CC, 0x01CC, 0x01CA, 0x01F1, 0x01F2, 0x01F2, 0x01F3, 0x01F3, 0x01F1, 0x0345, 0x0399,
        0x0392, 0x03B2, 0x0395, 0x03B5, 0x0398, 0x03B8, 0x0399, 0x03B9, 0x039A, 0x03BA, 0x039C, 0x03BC,
        0x03A0, 0x03C0, 0x03A1, 0x03C1, 0x03A3, 0x03C2, 0x03A6, 0x03C6, 0x03A9, 0x03C9, 0x03B2, 0x03D0,
        0x03B5, 0x03F5, 0x03B8, 0x03D1, 0x03B9, 0x1FBE, 0x03BA, 0x03F0, 0x03BC, 0x00B5, 0x03C0, 0x03D6,
        0x03C1, 0x03F1, 0x03C2, 0x03C3, 0x03C3, 0x03A3, 0x03C6, 0x03D5, 0x03C9, 0x2126, 0x03D0, 0x0392,
        0x03D1, 0x03F4, 0x03D5, 0x03A6, 0x03D6, 0x03A0, 0x03F0, 0x039A, 0x03F1, 0x03A1, 0x03F4, 0x0398,
        0x03F5, 0x0395, 0x0412, 0x0432, 0x0414, 0x0434, 0x041E, 0x043E, 0x0421, 0x0441, 0x0422, 0x0442,
        0x042A, 0x044A, 0x0432, 0x1C80, 0x0434, 0x1C81, 0x043E, 0x1C82, 0x0441, 0x1C83, 0x0442, 0x1C84,
        0x044A, 0x1C86, 0x0462, 0x0463, 0x0463, 0x1C87, 0x1C80, 0x0412, 0x1C81, 0x0414, 0x1C82, 0x041E,
        0x1C83, 0x0421, 0x1C84, 0x1C85, 0x1C85, 0x0422, 0x1C86, 0x042A, 0x1C87, 0x0462, 0x1C88, 0xA64A,
        0x1E60, 0x1E61, 0x1E61, 0x1E9B, 0x1E9B, 0x1E60, 0x1E9E, 0x00DF, 0x1FBE, 0x0345, 0x2126, 0x03A9,
        0x212A, 0x004B, 0x212B, 0x00C5, 0xA64A, 0xA64B, 0xA64B, 0x1C88,
    };

    /** unicode.SimpleFold: the next larger rune equivalent to r under simple case folding, or the smallest. */
    public static long simpleFold(long r) {
        if (r < 0 || r > MAX_RUNE) {
            return r;
        }
        if (r < 0x80) {
            if (r >= 'A' && r <= 'Z') {
                return r == 'K' ? 'k' : r == 'S' ? 's' : r + 32;
            }
            if (r >= 'a' && r <= 'z') {
                return r == 'k' ? 0x212A : r == 's' ? 0x17F : r - 32;
            }
            return r;
        }
        int lo = 0;
        int hi = CASE_ORBIT.length / 2;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (CASE_ORBIT[2 * m] < r) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        if (lo < CASE_ORBIT.length / 2 && CASE_ORBIT[2 * lo] == r) {
            return CASE_ORBIT[2 * lo + 1];
        }
        long l = toLower(r);
        if (l != r) {
            return l;
        }
        return toUpper(r);
    }

    /** Whether two runes are equal under Unicode simple case folding. */
    public static boolean foldEqual(int a, int b) {
        if (a == b) {
            return true;
        }
        if (a < 0x80 && b < 0x80) {
            return toLower(a) == toLower(b) && isLetter(a);
        }
        long r = simpleFold(a);
        while (r != a) {
            if (r == b) {
                return true;
            }
            r = simpleFold(r);
        }
        return false;
    }

    // ------------------------------------------------------------------ utf8

    /** DecodeRuneInString(s[i:]): (rune << 8) | width; (RuneError, 0) at the end. */
    public static long decode(String s, int i) {
        if (i >= s.length()) {
            return (long) RUNE_ERROR << 8;
        }
        return ByteStrings.decodeRune(s, i);
    }

    public static int rune(long dec) {
        return (int) (dec >>> 8);
    }

    public static int width(long dec) {
        return (int) (dec & 0xFF);
    }

    /** DecodeLastRuneInString(s[:end]): (rune << 8) | width; (RuneError, 0) for the empty string. */
    public static long decodeLast(String s, int end) {
        if (end <= 0) {
            return (long) RUNE_ERROR << 8;
        }
        int b = s.charAt(end - 1);
        if (b < 0x80) {
            return ((long) b << 8) | 1;
        }
        int lim = Math.max(end - 4, 0);
        int start = end - 1;
        for (start--; start >= lim; start--) {
            if ((s.charAt(start) & 0xC0) != 0x80) {
                break;
            }
        }
        if (start < 0) {
            start = 0;
        }
        long dec = ByteStrings.decodeRune(s.substring(0, end), start);
        if (start + width(dec) != end) {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        return dec;
    }

    public static boolean fullRune(String s) {
        int n = s.length();
        return fullRune(n, n > 0 ? s.charAt(0) : -1, n > 1 ? s.charAt(1) : -1, n > 2 ? s.charAt(2) : -1);
    }

    /** FullRune(p) for the n bytes of a from off: only the first three bytes can matter. */
    public static boolean fullRune(byte[] a, int off, int n) {
        return fullRune(n, n > 0 ? a[off] & 0xFF : -1, n > 1 ? a[off + 1] & 0xFF : -1, n > 2 ? a[off + 2] & 0xFF : -1);
    }

    /**
     * Whether n bytes starting b0 b1 b2 hold a whole rune or bytes that decode as an error whatever follows. Only
     * the bytes there are can make the sequence an error: a lone 0xE0 may still become U+0800.
     */
    private static boolean fullRune(int n, int b0, int b1, int b2) {
        if (n == 0) {
            return false;
        }
        int need;
        if (b0 < 0x80) {
            return true;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 3;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 4;
        } else {
            // no lead byte: an error of width 1 already
            return true;
        }
        if (n >= need) {
            return true;
        }
        // the second byte's range is narrower after the leads whose short forms would be overlong or out of range
        int lo = b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
        int hi = b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
        if (n > 1 && (b1 < lo || b1 > hi)) {
            return true;
        }
        return n > 2 && (b2 < 0x80 || b2 > 0xBF);
    }

    /**
     * DecodeRune(a[i:end]) for i < end: (rune << 8) | width, U+FFFD of width 1 for a byte that starts no valid
     * encoding (also one cut short by end).
     */
    public static long decode(byte[] a, int i, int end) {
        int b0 = a[i] & 0xFF;
        if (b0 < 0x80) {
            return ((long) b0 << 8) | 1;
        }
        int more;
        int r;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            more = 1;
            r = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            more = 2;
            r = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            more = 3;
            r = b0 & 0x07;
            min = 0x10000;
        } else {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        if (i + more >= end) {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        for (int k = 1; k <= more; k++) {
            int b = a[i + k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return ((long) RUNE_ERROR << 8) | 1;
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        return ((long) r << 8) | (more + 1);
    }

    public static boolean validString(String s) {
        for (int i = 0; i < s.length();) {
            int c = s.charAt(i);
            if (c < 0x80) {
                i++;
                continue;
            }
            long dec = ByteStrings.decodeRune(s, i);
            if (width(dec) == 1) {
                return false;
            }
            i += width(dec);
        }
        return true;
    }

    public static int runeLen(long r) {
        if (r < 0) {
            return -1;
        } else if (r < 0x80) {
            return 1;
        } else if (r < 0x800) {
            return 2;
        } else if (r >= 0xD800 && r <= 0xDFFF) {
            return -1;
        } else if (r < 0x10000) {
            return 3;
        } else if (r <= MAX_RUNE) {
            return 4;
        }
        return -1;
    }

    /** The UTF-8 bytes of r (invalid runes as U+FFFD), as a byte string. */
    public static String encode(long r) {
        return ByteStrings.encodeRune(r);
    }
}
