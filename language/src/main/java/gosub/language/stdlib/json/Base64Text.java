package gosub.language.stdlib.json;


/**
 * Base64 as []byte travels in JSON: the standard alphabet with = padding (encoding/base64's StdEncoding); line
 * breaks in the text are ignored, anything else out of place is Go's "illegal base64 data at input byte N".
 */
final class Base64Text {
    private Base64Text() {
    }

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static JsonFailure corrupt(int at) {
        return JsonFailure.message("illegal base64 data at input byte " + at);
    }

    /** The bytes a byte string of base64 stands for. */
    static byte[] decode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() * 3 / 4);
        int acc = 0;
        int have = 0; // sextets in acc
        int quantumStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                i++;
                continue;
            }
            if (have == 0) {
                quantumStart = i;
            }
            if (c == '=') {
                // padding ends the text: "xx==" or "xxx="
                if (have < 2) {
                    throw corrupt(i);
                }
                int needed = 4 - have;
                int j = i;
                for (int k = 0; k < needed; k++) {
                    while (j < n && (s.charAt(j) == '\r' || s.charAt(j) == '\n')) {
                        j++;
                    }
                    if (j >= n) {
                        throw corrupt(n);
                    }
                    if (s.charAt(j) != '=') {
                        throw corrupt(j);
                    }
                    j++;
                }
                while (j < n && (s.charAt(j) == '\r' || s.charAt(j) == '\n')) {
                    j++;
                }
                if (j < n) {
                    throw corrupt(j);
                }
                flush(out, acc, have);
                return out.toByteArray();
            }
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw corrupt(i);
            }
            acc = acc << 6 | v;
            have++;
            if (have == 4) {
                flush(out, acc, 4);
                acc = 0;
                have = 0;
            }
            i++;
        }
        if (have != 0) {
            throw corrupt(quantumStart);
        }
        return out.toByteArray();
    }

    private static void flush(java.io.ByteArrayOutputStream out, int acc, int have) {
        acc <<= 6 * (4 - have);
        int bytes = have - 1;
        for (int k = 0; k < bytes; k++) {
            out.write((acc >> (16 - 8 * k)) & 0xFF);
        }
    }

}
