package gosub.language.stdlib.regexp;

/**
 * A pattern Go's regexp/syntax refuses: the kind of fault (Go's ErrorCode text) and the piece of the pattern it is
 * about. {@link #getMessage()} is what Go's *syntax.Error prints, which regexp.Compile returns as its error.
 */
final class SyntaxError extends Exception {
    static final String INTERNAL = "regexp/syntax: internal error";
    static final String BAD_CLASS_RANGE = "invalid character class range";
    static final String BAD_ESCAPE = "invalid escape sequence";
    static final String BAD_NAMED_CAPTURE = "invalid named capture";
    static final String BAD_PERL_OP = "invalid or unsupported Perl syntax";
    static final String NESTED_REPEAT = "invalid nested repetition operator";
    static final String BAD_REPEAT_SIZE = "invalid repeat count";
    static final String BAD_UTF8 = "invalid UTF-8";
    static final String NO_CLOSING_BRACKET = "missing closing ]";
    static final String NO_CLOSING_PAREN = "missing closing )";
    static final String NO_REPEAT_ARGUMENT = "missing argument to repetition operator";
    static final String TRAILING_BACKSLASH = "trailing backslash at end of expression";
    static final String UNEXPECTED_PAREN = "unexpected )";
    static final String TOO_DEEP = "expression nests too deeply";

    private static final long serialVersionUID = 1L;

    /** The code, one of the constants above. */
    final String code;
    /** The offending text, a byte string. */
    final String expr;

    SyntaxError(String code, String expr) {
        super(null, null, false, false);
        this.code = code;
        this.expr = expr;
    }

    @Override
    public String getMessage() {
        return "error parsing regexp: " + code + ": `" + expr + "`";
    }
}
