package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.runtime.RuntimeErrors;

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
            if (h < 0 || h > str.length()) {
                throw RuntimeErrors.sliceBoundsLen(h, str.length(), UnsignedIndex.is(hi));
            }
            if (l < 0 || l > h) {
                throw RuntimeErrors.sliceBounds(l, h, false, UnsignedIndex.is(lo));
            }
            return sub(str, (int) l, (int) h);
        }

        @TruffleBoundary
        private static String sub(String s, int l, int h) {
            return s.substring(l, h);
        }
    }
}
