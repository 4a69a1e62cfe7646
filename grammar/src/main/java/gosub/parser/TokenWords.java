package gosub.parser;

import gosub.grammar.GoLexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** How Go's syntax errors name tokens: {@code name foo}, {@code literal 42}, {@code keyword func}, {@code newline}. */
final class TokenWords {

    private static final Vocabulary VOCABULARY = GoLexer.VOCABULARY;

    private TokenWords() {
    }

    /** The token as the subject of "unexpected ...". */
    static String found(Token t) {
        int type = t.getType();
        return switch (type) {
            case Token.EOF -> "EOF";
            case GoLexer.SEMI -> switch (t.getText()) {
                case SemicolonInserter.NEWLINE_TEXT -> "newline";
                case SemicolonInserter.EOF_TEXT -> "EOF";
                default -> "semicolon";
            };
            case GoLexer.IDENT -> "name " + t.getText();
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT, GoLexer.STRING_LIT,
                 GoLexer.RAW_STRING_LIT -> "literal " + t.getText();
            case GoLexer.COMMA -> "comma";
            default -> isKeyword(type) ? "keyword " + t.getText() : t.getText();
        };
    }

    /** A token type as the object of "expected ...". */
    static String expected(int type) {
        return switch (type) {
            case Token.EOF -> "EOF";
            case GoLexer.SEMI -> "semicolon or newline";
            case GoLexer.IDENT -> "name";
            case GoLexer.COMMA -> "comma";
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT, GoLexer.STRING_LIT,
                 GoLexer.RAW_STRING_LIT -> "literal";
            default -> {
                String literal = VOCABULARY.getLiteralName(type);
                String word = literal != null ? literal.substring(1, literal.length() - 1) : VOCABULARY.getDisplayName(type);
                yield isKeyword(type) ? "keyword " + word : word;
            }
        };
    }

    static boolean isKeyword(int type) {
        return type >= GoLexer.BREAK && type <= GoLexer.VAR;
    }
}
