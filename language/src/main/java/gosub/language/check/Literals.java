package gosub.language.check;

import gosub.language.values.ByteStrings;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Decodes Go literal syntax: integers in every base, floats, runes and (raw) strings with all escapes. */
final class Literals {
    private Literals() {
    }

    static BigInteger parseInt(String raw) {
        String s = raw.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return new BigInteger(s.substring(2), 16);
        }
        if (s.startsWith("0b") || s.startsWith("0B")) {
            return new BigInteger(s.substring(2), 2);
        }
        if (s.startsWith("0o") || s.startsWith("0O")) {
            return new BigInteger(s.substring(2), 8);
        }
        if (s.length() > 1 && s.startsWith("0")) {
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    static BigDecimal parseFloat(String raw) {
        String s = raw.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return new BigDecimal(Double.parseDouble(s.contains("p") || s.contains("P") ? s : s + "p0"));
        }
        return new BigDecimal(s);
    }

    /**
     * The value of an imaginary literal without its i: {@code 2.5e3i}, {@code 0x1p-2i}, {@code 0b101i}. A body of
     * decimal digits with a leading 0 is decimal, not octal (Go keeps 0123i as 123i for compatibility).
     */
    static BigDecimal parseImaginary(String raw) {
        String s = raw.substring(0, raw.length() - 1).replace("_", "");
        if (s.chars().allMatch(Character::isDigit)) {
            return new BigDecimal(new BigInteger(s));
        }
        boolean prefixed = s.length() > 1 && s.charAt(0) == '0' && "xXbBoO".indexOf(s.charAt(1)) >= 0;
        boolean hexFloat = prefixed && (s.charAt(1) == 'x' || s.charAt(1) == 'X') && (s.contains(".") || s.contains("p") || s.contains("P"));
        if (prefixed && !hexFloat) {
            return new BigDecimal(parseInt(s));
        }
        return parseFloat(s);
    }

    /** The value of a rune literal such as {@code 'a'}, {@code '\n'}, or a universal-character escape. */
    static long parseRune(String raw) {
        String body = raw.substring(1, raw.length() - 1);
        if (body.startsWith("\\")) {
            int[] pos = {0};
            StringBuilder sb = new StringBuilder();
            long v = escape(body, pos, sb, true);
            return v;
        }
        return body.codePointAt(0);
    }

    /** A string literal's value as a Go byte string. */
    static String parseString(String raw) {
        if (raw.startsWith("`")) {
            return ByteStrings.fromJava(raw.substring(1, raw.length() - 1).replace("\r", ""));
        }
        String body = raw.substring(1, raw.length() - 1);
        StringBuilder sb = new StringBuilder(body.length());
        int[] pos = {0};
        while (pos[0] < body.length()) {
            char c = body.charAt(pos[0]);
            if (c == '\\') {
                escape(body, pos, sb, false);
            } else {
                int cp = body.codePointAt(pos[0]);
                ByteStrings.appendRune(sb, cp);
                pos[0] += Character.charCount(cp);
            }
        }
        return sb.toString();
    }

    /**
     * Decodes one escape at pos, appending its bytes to sb (for strings) and returning its value (for runes):
     * {@code \x} and octal escapes are single bytes, universal-character escapes are UTF-8 encoded code points.
     */
    private static long escape(String s, int[] pos, StringBuilder sb, boolean rune) {
        char e = s.charAt(pos[0] + 1);
        pos[0] += 2;
        long v;
        switch (e) {
            case 'a' -> v = 7;
            case 'b' -> v = 8;
            case 'f' -> v = 12;
            case 'n' -> v = 10;
            case 'r' -> v = 13;
            case 't' -> v = 9;
            case 'v' -> v = 11;
            case '\\' -> v = '\\';
            case '\'' -> v = '\'';
            case '"' -> v = '"';
            case 'x' -> {
                v = Integer.parseInt(s.substring(pos[0], pos[0] + 2), 16);
                pos[0] += 2;
                sb.append((char) v);
                return v;
            }
            case 'u' -> {
                v = Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16);
                pos[0] += 4;
                ByteStrings.appendRune(sb, (int) v);
                return v;
            }
            case 'U' -> {
                v = Long.parseLong(s.substring(pos[0], pos[0] + 8), 16);
                pos[0] += 8;
                ByteStrings.appendRune(sb, (int) v);
                return v;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    v = Integer.parseInt(s.substring(pos[0] - 1, pos[0] + 2), 8);
                    pos[0] += 2;
                    sb.append((char) (v & 0xFF));
                    return v;
                }
                v = e;
            }
        }
        sb.append((char) v);
        return v;
    }
}
