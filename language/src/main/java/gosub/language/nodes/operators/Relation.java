package gosub.language.nodes.operators;

import gosub.ast.Operator;

/**
 * A comparison operator as a value a node holds, so that one node class per operand representation serves all six
 * (and min and max reuse &lt; and &gt;). Nodes keep it in a final field: when a node is compiled the relation is a
 * constant and the switches below fold down to the single Java comparison.
 */
enum Relation {
    EQ, NE, LT, LE, GT, GE;

    static Relation of(Operator op) {
        return switch (op) {
            case EQL -> EQ;
            case NEQ -> NE;
            case LSS -> LT;
            case LEQ -> LE;
            case GTR -> GT;
            case GEQ -> GE;
            default -> throw notComparison(op);
        };
    }

    static IllegalArgumentException notComparison(Operator op) {
        return new IllegalArgumentException("not a comparison: " + op);
    }

    boolean holds(long a, long b) {
        return switch (this) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** The relation between two 64-bit unsigned integers: flipping both sign bits maps unsigned order onto signed. */
    boolean holdsUnsigned(long a, long b) {
        return holds(a ^ Long.MIN_VALUE, b ^ Long.MIN_VALUE);
    }
}
