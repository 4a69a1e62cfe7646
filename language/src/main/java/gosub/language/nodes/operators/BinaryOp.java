package gosub.language.nodes.operators;

/** Go's binary operators other than && and || (which are control flow), as the node factories take them. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"), AND("&"), OR("|"), XOR("^"), AND_NOT("&^"), SHL("<<"), SHR(">>"),
    EQL("=="), NEQ("!="), LSS("<"), LEQ("<="), GTR(">"), GEQ(">=");

    public final String token;

    BinaryOp(String token) {
        this.token = token;
    }

    /** The operator spelled token (as the parser keeps it). */
    public static BinaryOp of(String token) {
        for (BinaryOp op : values()) {
            if (op.token.equals(token)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a binary operator: " + token);
    }

    public boolean isComparison() {
        return ordinal() >= EQL.ordinal();
    }
}
