package gosub.parser;

import gosub.ast.Pos;
import gosub.grammar.GoLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import java.util.List;

/**
 * The token source the parser reads: GoLexer's tokens with Go's automatic semicolons inserted
 * (https://go.dev/ref/spec#Semicolons), layout and comments removed (line directives are handed to
 * {@link LineDirectives} on the way), literals checked.
 *
 * <p>A newline, a block comment spanning lines, or the end of the file becomes a {@code ;} when the token before it
 * is an identifier, a literal, one of the keywords {@code break continue fallthrough return} or one of
 * {@code ++ -- ) ] }}. The inserted token's text says why it is there ({@link #NEWLINE_TEXT}, {@link #EOF_TEXT}),
 * because Go's messages say "unexpected newline" rather than "unexpected semicolon".
 *
 * <p>Lexical errors do not stop the token stream: like Go's scanner, this one records them (in the file's
 * {@link ParseErrors}, with the literals they spoil) and goes on.
 */
final class SemicolonInserter implements TokenSource {

    static final String NEWLINE_TEXT = "\n";
    static final String EOF_TEXT = "";

    private final GoLexer lexer;
    private final LineDirectives directives;
    private boolean semicolonDue;
    private Token pendingEof;

    SemicolonInserter(GoLexer lexer, LineDirectives directives) {
        this.lexer = lexer;
        this.directives = directives;
    }

    /** Reads the rest of the text, for its lexical errors, once the parser has stopped at a syntax error. */
    void drain() {
        while (nextToken().getType() != Token.EOF) {
            // the errors are recorded on the way
        }
    }

    @Override
    public Token nextToken() {
        if (pendingEof != null) {
            return pendingEof;
        }
        while (true) {
            Token t = lexer.nextToken();
            switch (t.getType()) {
                case GoLexer.NEWLINE -> {
                    if (semicolonDue) {
                        return semicolon(t, NEWLINE_TEXT);
                    }
                }
                case GoLexer.LINE_COMMENT -> {
                    // dropped (but for a line directive): the newline that ends it is the next token
                    directive(t);
                }
                case GoLexer.BLOCK_COMMENT -> {
                    directive(t);
                    if (semicolonDue && t.getText().indexOf('\n') >= 0) {
                        return semicolon(t, NEWLINE_TEXT);
                    }
                }
                case GoLexer.UNTERMINATED_COMMENT -> error(t, 0, "comment not terminated");
                case GoLexer.ERROR_CHAR -> error(t, 0, "invalid character " + describe(t.getText().codePointAt(0)));
                case Token.EOF -> {
                    pendingEof = t;
                    return semicolonDue ? semicolon(t, EOF_TEXT) : t;
                }
                default -> {
                    Token checked = checkLiteral(t);
                    semicolonDue = endsStatement(checked.getType());
                    return checked;
                }
            }
        }
    }

    private void directive(Token t) {
        directives.comment(t);
    }

    private static boolean endsStatement(int type) {
        return switch (type) {
            case GoLexer.IDENT, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
                 GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT, GoLexer.BREAK, GoLexer.CONTINUE, GoLexer.FALLTHROUGH,
                 GoLexer.RETURN, GoLexer.INC, GoLexer.DEC, GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE -> true;
            default -> false;
        };
    }

    private Token semicolon(Token at, String text) {
        semicolonDue = false;
        CommonToken semi = new CommonToken(at);
        semi.setType(GoLexer.SEMI);
        semi.setText(text);
        semi.setChannel(Token.DEFAULT_CHANNEL);
        return semi;
    }

    /** Gives numbers their kind, turns unterminated literals into literals, and records the first problem. */
    private Token checkLiteral(Token t) {
        String text = t.getText();
        switch (t.getType()) {
            case GoLexer.NUMBER -> {
                LiteralSyntax.NumberInfo info = LiteralSyntax.number(text);
                problem(t, info.problem());
                CommonToken typed = new CommonToken(t);
                typed.setType(switch (info.kind()) {
                    case INT -> GoLexer.INT_LIT;
                    case FLOAT -> GoLexer.FLOAT_LIT;
                    default -> GoLexer.IMAGINARY_LIT;
                });
                return typed;
            }
            case GoLexer.RUNE_LIT -> problem(t, LiteralSyntax.rune(text, true, false));
            case GoLexer.STRING_LIT -> problems(t, LiteralSyntax.string(text, true, false));
            case GoLexer.UNTERMINATED_RUNE -> {
                problem(t, LiteralSyntax.rune(text, false, atEof(t)));
                return retyped(t, GoLexer.RUNE_LIT);
            }
            case GoLexer.UNTERMINATED_STRING -> {
                problems(t, LiteralSyntax.string(text, false, atEof(t)));
                return retyped(t, GoLexer.STRING_LIT);
            }
            case GoLexer.UNTERMINATED_RAW -> {
                error(t, 0, "string not terminated");
                directives.errors().badLiteral(t);
                return retyped(t, GoLexer.RAW_STRING_LIT);
            }
            default -> {
            }
        }
        return t;
    }

    private static Token retyped(Token t, int type) {
        CommonToken copy = new CommonToken(t);
        copy.setType(type);
        return copy;
    }

    private static boolean atEof(Token t) {
        CharStream input = t.getInputStream();
        return t.getStopIndex() + 1 >= input.size();
    }

    private void problem(Token t, LiteralSyntax.Problem p) {
        if (p != null) {
            error(t, p.offset(), p.message());
            directives.errors().badLiteral(t);
        }
    }

    private void problems(Token t, List<LiteralSyntax.Problem> ps) {
        for (LiteralSyntax.Problem p : ps) {
            problem(t, p);
        }
    }

    /** Records an error at a char offset into the token; literals with an offset are on one line. */
    private void error(Token t, int offset, String message) {
        directives.errors().add(new Pos(t.getLine(), t.getCharPositionInLine() + 1 + offset), message);
    }

    /** Go's %#U: {@code U+0040 '@'}, without the quoted char when it is not printable. */
    private static String describe(int cp) {
        String code = String.format("U+%04X", cp);
        if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.isWhitespace(cp)) {
            return code;
        }
        return code + " '" + new String(Character.toChars(cp)) + "'";
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
