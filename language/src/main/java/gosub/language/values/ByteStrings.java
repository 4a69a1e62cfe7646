package gosub.language.values;

import java.nio.charset.StandardCharsets;

/**
 * Go strings are immutable byte sequences. gosub holds them in java.lang.String with one byte per char (0-255), so
 * the JDK keeps them in its compact Latin-1 form, and length, indexing, concatenation, hashing and ordering all
 * behave exactly like Go's byte strings. These convert at the edges (source literals, output, interop).
 */
public final class ByteStrings {
    private ByteStrings() {
    }

    /** A Java (UTF-16) string as a Go byte string of its UTF-8 encoding. */
    public static String fromJava(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        return ascii ? s : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** A Go byte string decoded as UTF-8 into a Java string (invalid bytes become U+FFFD). */
    public static String toJava(String goString) {
        boolean ascii = true;
        for (int i = 0; i < goString.length(); i++) {
            if (goString.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        return ascii ? goString : new String(goString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String goString) {
        return goString.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static String fromBytes(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 encoding of one rune (invalid code points become U+FFFD, as Go's string(rune) does). */
    public static String encodeRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        int c = (int) r;
        if (c < 0x80) {
            return String.valueOf((char) c);
        }
        StringBuilder sb = new StringBuilder(4);
        appendRune(sb, c);
        return sb.toString();
    }

    public static void appendRune(StringBuilder sb, int c) {
        if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            sb.append((char) c);
        } else if (c < 0x800) {
            sb.append((char) (0xC0 | (c >> 6))).append((char) (0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            sb.append((char) (0xE0 | (c >> 12))).append((char) (0x80 | ((c >> 6) & 0x3F))).append((char) (0x80 | (c & 0x3F)));
        } else {
            sb.append((char) (0xF0 | (c >> 18))).append((char) (0x80 | ((c >> 12) & 0x3F)))
                            .append((char) (0x80 | ((c >> 6) & 0x3F))).append((char) (0x80 | (c & 0x3F)));
        }
    }

    /**
     * Decodes the rune starting at byte i: returns {@code (rune << 8) | width}. Invalid UTF-8 decodes as U+FFFD with
     * width 1, as Go's range over a string does.
     */
    public static long decodeRune(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return ((long) b0 << 8) | 1;
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            r = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            r = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            r = b0 & 0x07;
            min = 0x10000;
        } else {
            return (0xFFFDL << 8) | 1;
        }
        if (i + need > n - 1) {
            return (0xFFFDL << 8) | 1;
        }
        for (int k = 1; k <= need; k++) {
            int b = s.charAt(i + k);
            if ((b & 0xC0) != 0x80) {
                return (0xFFFDL << 8) | 1;
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return (0xFFFDL << 8) | 1;
        }
        return ((long) r << 8) | (need + 1);
    }

    public static int runeCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length();) {
            i += (int) (decodeRune(s, i) & 0xFF);
            count++;
        }
        return count;
    }
}
