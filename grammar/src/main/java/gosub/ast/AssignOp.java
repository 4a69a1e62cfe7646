package gosub.ast;

/**
 * The operator of an assignment statement: plain {@code =}, the short variable declaration {@code :=}, or a
 * compound {@code x op= y}, which stands for {@code x = x op y} with x evaluated once. {@link #toString()} is the
 * Go spelling.
 */
public enum AssignOp {
    ASSIGN("=", null), DEFINE(":=", null),
    ADD("+=", Operator.ADD), SUB("-=", Operator.SUB), MUL("*=", Operator.MUL), QUO("/=", Operator.QUO),
    REM("%=", Operator.REM), AND("&=", Operator.AND), OR("|=", Operator.OR), XOR("^=", Operator.XOR),
    SHL("<<=", Operator.SHL), SHR(">>=", Operator.SHR), AND_NOT("&^=", Operator.AND_NOT);

    private final String spelling;
    private final Operator binary;

    AssignOp(String spelling, Operator binary) {
        this.spelling = spelling;
        this.binary = binary;
    }

    /** The binary operator of a compound assignment ({@code +} for {@code +=}); null for {@code =} and {@code :=}. */
    public Operator binary() {
        return binary;
    }

    public boolean isCompound() {
        return binary != null;
    }

    /** The assignment operator spelled {@code text}; the parser only asks for ones that exist. */
    public static AssignOp of(String text) {
        for (AssignOp op : values()) {
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
