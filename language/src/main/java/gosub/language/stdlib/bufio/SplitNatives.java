package gosub.language.stdlib.bufio;

import com.oracle.truffle.api.dsl.Specialization;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.stdlib.bufio.SplitNativesFactory.ScanNodeGen;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.Slice;

/**
 * bufio.ScanLines and bufio.ScanWords. A Scanner calls its split function for every token, and as Go code these
 * cost several calls and a string comparison each (bytes.IndexByte, bytes.TrimSuffix); here a token is a loop over
 * the byte[] behind data and a new header on it. Both are plain Java the compiler inlines into the call target of
 * the function value a Scanner holds. Results are (advance, token, err) as Go returns them: the token is a slice
 * of data (nil for none yet) and err is always nil.
 */
public final class SplitNatives {
    private SplitNatives() {
    }

    public static void register(Natives n) {
        n.register("bufio.ScanLines", args -> ScanNodeGen.create(false, args));
        n.register("bufio.ScanWords", args -> ScanNodeGen.create(true, args));
    }

    /** bufio.ScanLines, or ScanWords when words is set: the split functions a Scanner calls. */
    abstract static class Scan extends NativeNode {
        private final boolean words;

        Scan(boolean words) {
            this.words = words;
        }

        @Specialization
        Object[] run(Slice data, boolean atEOF) {
            return words ? words(data, atEOF) : lines(data, atEOF);
        }

        @Specialization(guards = "data == null")
        static Object[] nil(Object data, boolean atEOF) {
            return noToken(0);
        }
    }

    private static Object[] noToken(int advance) {
        return new Object[] {(long) advance, null, null};
    }

    private static Object[] token(int advance, Slice data, int from, int to) {
        // data[from:to], whose capacity runs to the end of data's
        Slice t = new Slice(data.array, data.offset + from, to - from, data.cap - from);
        return new Object[] {(long) advance, t, null};
    }

    /** The next line without its "\n" or "\r\n"; the last line needs no "\n", and an empty rest is no line. */
    static Object[] lines(Slice data, boolean atEOF) {
        byte[] b = (byte[]) data.array;
        int off = data.offset;
        int n = data.len;
        if (atEOF && n == 0) {
            return noToken(0);
        }
        int end = -1;
        for (int i = 0; i < n; i++) {
            if (b[off + i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0 && !atEOF) {
            // the line goes on: ask for more input
            return noToken(0);
        }
        int advance = end < 0 ? n : end + 1;
        int to = end < 0 ? n : end;
        if (to > 0 && b[off + to - 1] == '\r') {
            to--;
        }
        return token(advance, data, 0, to);
    }

    /** The next run of bytes between white space (unicode.IsSpace; a byte of invalid UTF-8 is no space). */
    static Object[] words(Slice data, boolean atEOF) {
        byte[] b = (byte[]) data.array;
        int off = data.offset;
        int n = data.len;
        int from = 0;
        while (from < n) {
            int w = spaceWidth(b, off + from, off + n);
            if (w == 0) {
                break;
            }
            from += w;
        }
        for (int i = from; i < n;) {
            int w = spaceWidth(b, off + i, off + n);
            if (w > 0) {
                return token(i + w, data, from, i);
            }
            i += width(b, off + i, off + n);
        }
        if (atEOF && from < n) {
            return token(n, data, from, n);
        }
        // only spaces so far, which are skipped, or a word that may go on
        return noToken(from);
    }

    /** The width of the space rune at b[i], or 0 when b[i] starts no space. */
    private static int spaceWidth(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' ? 1 : 0;
        }
        long d = Runes.decode(b, i, end);
        return Runes.isSpace(Runes.rune(d)) ? Runes.width(d) : 0;
    }

    private static int width(byte[] b, int i, int end) {
        return (b[i] & 0xFF) < 0x80 ? 1 : Runes.width(Runes.decode(b, i, end));
    }
}
