package gosub.language.stdlib.unicode;

import gosub.language.stdlib.fmt.Quoting;
import gosub.language.values.ByteStrings;

/**
 * Go's unicode classification and case mapping, and utf8 helpers over gosub byte strings. Classification above
 * Latin-1 uses Java's Unicode general categories (Java knows a newer Unicode than Go 1.19's 13.0, so characters
 * assigned since then are classified here but not by Go; characters both know agree).
 */
public final class Runes {
    private Runes() {
    }

    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;

    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    private static int type(long r) {
        return r < 0 || r > MAX_RUNE ? Character.UNASSIGNED : Character.getType((int) r);
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
        return switch (type(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                            Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    public static boolean isDigit(long r) {
        if (r < 0x80) {
            return r >= '0' && r <= '9';
        }
        return type(r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isNumber(long r) {
        if (r < 0x80) {
            return r >= '0' && r <= '9';
        }
        int t = type(r);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    public static boolean isUpper(long r) {
        if (r < 0x80) {
            return r >= 'A' && r <= 'Z';
        }
        return type(r) == Character.UPPERCASE_LETTER;
    }

    public static boolean isLower(long r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z';
        }
        return type(r) == Character.LOWERCASE_LETTER;
    }

    public static boolean isTitle(long r) {
        if (r < 0x80) {
            return false;
        }
        return type(r) == Character.TITLECASE_LETTER;
    }

    public static boolean isPunct(long r) {
        return switch (type(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                            Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                            Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    public static boolean isSymbol(long r) {
        return switch (type(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                            Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    public static boolean isMark(long r) {
        return switch (type(r)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    public static boolean isControl(long r) {
        return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0);
    }

    public static boolean isPrint(long r) {
        return r >= 0 && r <= MAX_RUNE && Quoting.isPrint((int) r);
    }

    public static boolean isGraphic(long r) {
        return isPrint(r) || (r > 0xFF && type(r) == Character.SPACE_SEPARATOR) || r == 0xA0;
    }

    public static long toUpper(long r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        if (!validRune(r)) {
            return r;
        }
        return Character.toUpperCase((int) r);
    }

    public static long toLower(long r) {
        if (r < 0x80) {
            return r >= 'A' && r <= 'Z' ? r + 32 : r;
        }
        if (!validRune(r)) {
            return r;
        }
        return Character.toLowerCase((int) r);
    }

    public static long toTitle(long r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        if (!validRune(r)) {
            return r;
        }
        return Character.toTitleCase((int) r);
    }

    /** Go's unicode.SimpleFold: the next rune in r's case-folding orbit. */
    public static long simpleFold(long r) {
        if (r < 0 || r > MAX_RUNE) {
            return r;
        }
        int c = (int) r;
        // the orbit: all runes whose upper or lower case equals ours; scan candidates from the mappings
        java.util.TreeSet<Integer> orbit = new java.util.TreeSet<>();
        orbit.add(c);
        int[] seeds = {Character.toUpperCase(c), Character.toLowerCase(c), Character.toTitleCase(c)};
        for (int s : seeds) {
            orbit.add(s);
            orbit.add(Character.toUpperCase(s));
            orbit.add(Character.toLowerCase(s));
        }
        // a few well-known multi-member orbits
        int[][] special = {{'K', 'k', 0x212A}, {'S', 's', 0x17F}, {0xC5, 0xE5, 0x212B}, {0x3A3, 0x3C2, 0x3C3},
            {0x392, 0x3B2, 0x3D0}, {0x398, 0x3B8, 0x3D1, 0x3F4}, {0x3A6, 0x3C6, 0x3D5}, {0x3A0, 0x3C0, 0x3D6},
            {0x39A, 0x3BA, 0x3F0}, {0x3A1, 0x3C1, 0x3F1}, {0x395, 0x3B5, 0x3F5}, {0x399, 0x3B9, 0x345, 0x1FBE},
            {0x39C, 0x3BC, 0xB5}, {0x1E60, 0x1E61, 0x1E9B}, {0xDF, 0x1E9E}};
        for (int[] sp : special) {
            for (int x : sp) {
                if (orbit.contains(x)) {
                    for (int y : sp) {
                        orbit.add(y);
                    }
                    break;
                }
            }
        }
        Integer next = orbit.higher(c);
        return next != null ? next : orbit.first();
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
        if (n == 0) {
            return false;
        }
        int b0 = s.charAt(0);
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
            return true;
        }
        if (n >= need) {
            return true;
        }
        // an invalid continuation byte makes the sequence complete (as an error)
        long dec = ByteStrings.decodeRune(s + "\u0080\u0080\u0080", 0);
        return width(dec) == 1;
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
