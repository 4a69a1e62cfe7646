package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.Slice;

/** String operations on Go byte strings (one byte per char). */
public final class StringNodes {
    private StringNodes() {
    }

    public static final class Concat extends ExprNode {
        @Child private ExprNode l;
        @Child private ExprNode r;

        public Concat(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return concat((String) l.execute(frame), (String) r.execute(frame));
        }

        @TruffleBoundary
        private static String concat(String a, String b) {
            return a.concat(b);
        }
    }

    /** s[i]: a byte. */
    public static final class Index extends LongNode {
        @Child private ExprNode s;
        @Child private ExprNode i;

        public Index(ExprNode s, ExprNode i) {
            this.s = s;
            this.i = i;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            String str = (String) s.execute(frame);
            long idx = i.executeLong(frame);
            if (idx < 0 || idx >= str.length()) {
                throw RuntimeErrors.indexOutOfRange(idx, str.length(), UnsignedIndex.is(i));
            }
            return str.charAt((int) idx);
        }
    }

    public static final class Len extends LongNode {
        @Child private ExprNode s;

        public Len(ExprNode s) {
            this.s = s;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return ((String) s.execute(frame)).length();
        }
    }

    /** s[lo:hi]. */
    public static final class Substring extends ExprNode {
        @Child private ExprNode s;
        @Child private ExprNode lo;
        @Child private ExprNode hi;

        public Substring(ExprNode s, ExprNode lo, ExprNode hi) {
            this.s = s;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            String str = (String) s.execute(frame);
            long l = lo == null ? 0 : lo.executeLong(frame);
            long h = hi == null ? str.length() : hi.executeLong(frame);
            checkBounds(str, l, h, lo, hi);
            return sub(str, (int) l, (int) h);
        }

        /** Go's panic for s[l:h] out of range (the high bound is checked first, as Go does). */
        static void checkBounds(String str, long l, long h, ExprNode lo, ExprNode hi) {
            if (h < 0 || h > str.length()) {
                throw RuntimeErrors.sliceBoundsLen(h, str.length(), UnsignedIndex.is(hi));
            }
            if (l < 0 || l > h) {
                throw RuntimeErrors.sliceBounds(l, h, false, UnsignedIndex.is(lo));
            }
        }

        @TruffleBoundary
        static String sub(String s, int l, int h) {
            return s.substring(l, h);
        }
    }

    /**
     * s[lo:] as the argument of utf8.DecodeRuneInString, which reads one rune's bytes at most: s[lo:] with the bounds
     * checked as Substring does (Go's panics), cut after four bytes. The whole rest would be copied for each rune of
     * a loop that walks s by index, {@code r, w := utf8.DecodeRuneInString(s[i:])}, making it quadratic.
     */
    public static final class RuneWindow extends ExprNode {
        /** The longest UTF-8 encoding of a rune (utf8.UTFMax). */
        private static final int LONGEST = 4;
        @Child private ExprNode s;
        @Child private ExprNode lo;

        public RuneWindow(ExprNode s, ExprNode lo) {
            this.s = s;
            this.lo = lo;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            String str = (String) s.execute(frame);
            long l = lo == null ? 0 : lo.executeLong(frame);
            Substring.checkBounds(str, l, str.length(), lo, null);
            return Substring.sub(str, (int) l, (int) Math.min(l + LONGEST, str.length()));
        }
    }

    /**
     * The bytes [lo, hi) of a string, left in place: what s[lo:hi] denotes, for an operation that only reads them.
     * Java strings cannot share storage, so a substring copies; s[lo:] in a loop copies the rest of s every time.
     */
    public record Window(String s, int lo, int hi) {
    }

    /**
     * s[lo:hi] as a Window: the operands evaluated and the bounds checked as Substring does (Go's panics), no
     * substring made. A node of its own so that a bounds panic is placed at the slice expression's line when that
     * is not the statement's (LinedOperand), as Go places it.
     */
    public static final class SubstringWindow extends ExprNode {
        @Child private ExprNode s;
        @Child private ExprNode lo;
        @Child private ExprNode hi;

        public SubstringWindow(ExprNode s, ExprNode lo, ExprNode hi) {
            this.s = s;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public Window execute(VirtualFrame frame) {
            String str = (String) s.execute(frame);
            long l = lo == null ? 0 : lo.executeLong(frame);
            long h = hi == null ? str.length() : hi.executeLong(frame);
            Substring.checkBounds(str, l, h, lo, hi);
            return new Window(str, (int) l, (int) h);
        }
    }

    /**
     * copy(dst, s[lo:hi]) for a []byte dst, straight from s: without it, a reader that copies "the rest" of a long
     * string into a small buffer on every call (strings.Reader.Read) is quadratic.
     */
    public static final class CopyFromWindow extends LongNode {
        @Child private ExprNode dst;
        @Child private ExprNode window;

        public CopyFromWindow(ExprNode dst, ExprNode window) {
            this.dst = dst;
            this.window = window;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Slice d = (Slice) dst.execute(frame);
            Window w = (Window) window.execute(frame);
            if (d == null) {
                return 0;
            }
            int n = Math.min(d.len, w.hi - w.lo);
            copyBytes(w.s, w.lo, n, (byte[]) d.array, d.offset);
            return n;
        }

        /** The chars of a Go string are its bytes (0-255), so keeping each char's low byte is exact. */
        @TruffleBoundary
        @SuppressWarnings("deprecation")
        private static void copyBytes(String str, int from, int n, byte[] to, int at) {
            str.getBytes(from, from + n, to, at);
        }
    }
}
