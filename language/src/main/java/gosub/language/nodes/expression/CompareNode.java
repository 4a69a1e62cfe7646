package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.values.Equality;

/** Comparisons, specialised by the operands' static representation. */
public final class CompareNode extends BoolNode {
    public enum Op { EQ, NE, LT, LE, GT, GE }

    public enum Mode { INT, FLOAT, BOOL, STRING, OBJECT }

    private final Op op;
    private final Mode mode;
    private final Kind intKind;
    private final GoType type;
    @Child private ExprNode left;
    @Child private ExprNode right;

    public CompareNode(Op op, Mode mode, Kind intKind, GoType type, ExprNode left, ExprNode right) {
        this.op = op;
        this.mode = mode;
        this.intKind = intKind;
        this.type = type;
        this.left = left;
        this.right = right;
    }

    private boolean result(int c) {
        if (op == Op.EQ) {
            return c == 0;
        } else if (op == Op.NE) {
            return c != 0;
        } else if (op == Op.LT) {
            return c < 0;
        } else if (op == Op.LE) {
            return c <= 0;
        } else if (op == Op.GT) {
            return c > 0;
        }
        return c >= 0;
    }

    @Override
    public boolean executeBool(VirtualFrame frame) {
        if (mode == Mode.INT) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            if (op == Op.EQ) {
                return a == b;
            } else if (op == Op.NE) {
                return a != b;
            } else if (!IntOps.isUnsigned64(intKind)) {
                if (op == Op.LT) {
                    return a < b;
                } else if (op == Op.LE) {
                    return a <= b;
                } else if (op == Op.GT) {
                    return a > b;
                }
                return a >= b;
            }
            return result(Long.compareUnsigned(a, b));
        } else if (mode == Mode.FLOAT) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            if (op == Op.EQ) {
                return a == b;
            } else if (op == Op.NE) {
                return a != b;
            } else if (op == Op.LT) {
                return a < b;
            } else if (op == Op.LE) {
                return a <= b;
            } else if (op == Op.GT) {
                return a > b;
            }
            return a >= b;
        } else if (mode == Mode.BOOL) {
            boolean a = left.executeBool(frame);
            boolean b = right.executeBool(frame);
            return op == Op.EQ ? a == b : a != b;
        } else if (mode == Mode.STRING) {
            String a = (String) left.execute(frame);
            String b = (String) right.execute(frame);
            if (op == Op.EQ) {
                return a.equals(b);
            } else if (op == Op.NE) {
                return !a.equals(b);
            }
            return result(compareStrings(a, b));
        }
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        boolean eq = equal(type, a, b);
        return op == Op.EQ ? eq : !eq;
    }

    @TruffleBoundary
    private static int compareStrings(String a, String b) {
        return a.compareTo(b);
    }

    @TruffleBoundary
    private static boolean equal(GoType t, Object a, Object b) {
        return Equality.equal(t, a, b);
    }
}
