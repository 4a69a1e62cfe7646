package gosub.ast;

/**
 * The operators of Go expressions, unary and binary. {@link #toString()} is the operator as Go writes it, so an
 * operator can go straight into an error message ({@code operator + not defined on ...}).
 */
public enum Operator {
    // binary; + - ^ and & are unary operators too
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), AND_NOT("&^"), SHL("<<"), SHR(">>"),
    EQL("=="), NEQ("!="), LSS("<"), LEQ("<="), GTR(">"), GEQ(">="),
    LAND("&&"), LOR("||"),
    // unary only
    NOT("!"), RECV("<-");

    private final String spelling;

    Operator(String spelling) {
        this.spelling = spelling;
    }

    /** {@code == != < <= > >=}: the result is an untyped boolean. */
    public boolean isComparison() {
        return switch (this) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    /** {@code << >>}: the operands need not have the same type. */
    public boolean isShift() {
        return this == SHL || this == SHR;
    }

    /** {@code && ||}: the right operand is evaluated only when needed. */
    public boolean isLogical() {
        return this == LAND || this == LOR;
    }

    /** The operator spelled {@code text}; the parser only asks for ones that exist. */
    public static Operator of(String text) {
        for (Operator op : values()) {
            if (op.spelling.equals(text)) {
                return op;
            }
        }
        throw new IllegalArgumentException(text);
    }

    @Override
    public String toString() {
        return spelling;
    }
}
