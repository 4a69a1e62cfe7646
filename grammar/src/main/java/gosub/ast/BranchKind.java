package gosub.ast;

/** The four branch statements. {@link #toString()} is the keyword. */
public enum BranchKind {
    BREAK("break"), CONTINUE("continue"), GOTO("goto"), FALLTHROUGH("fallthrough");

    private final String keyword;

    BranchKind(String keyword) {
        this.keyword = keyword;
    }

    /** The branch statement of keyword {@code text}; the parser only asks for ones that exist. */
    public static BranchKind of(String text) {
        for (BranchKind k : values()) {
            if (k.keyword.equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException(text);
    }

    @Override
    public String toString() {
        return keyword;
    }
}
