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
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    @Override
    public boolean executeBool(VirtualFrame frame) {
        switch (mode) {
            case INT -> {
                long a = left.executeLong(frame);
                long b = right.executeLong(frame);
                return switch (op) {
                    case EQ -> a == b;
                    case NE -> a != b;
                    default -> result(IntOps.compare(intKind, a, b));
                };
            }
            case FLOAT -> {
                double a = left.executeDouble(frame);
                double b = right.executeDouble(frame);
                return switch (op) {
                    case EQ -> a == b;
                    case NE -> a != b;
                    case LT -> a < b;
                    case LE -> a <= b;
                    case GT -> a > b;
                    case GE -> a >= b;
                };
            }
            case BOOL -> {
                boolean a = left.executeBool(frame);
                boolean b = right.executeBool(frame);
                return op == Op.EQ ? a == b : a != b;
            }
            case STRING -> {
                String a = (String) left.execute(frame);
                String b = (String) right.execute(frame);
                return switch (op) {
                    case EQ -> a.equals(b);
                    case NE -> !a.equals(b);
                    default -> result(compareStrings(a, b));
                };
            }
            default -> {
                Object a = left.execute(frame);
                Object b = right.execute(frame);
                boolean eq = equal(type, a, b);
                return op == Op.EQ ? eq : !eq;
            }
        }
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
