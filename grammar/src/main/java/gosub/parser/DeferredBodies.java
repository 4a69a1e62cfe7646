package gosub.parser;

import gosub.ast.Stmt;
import gosub.grammar.GoLexer;
import gosub.grammar.GoParser;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * The bodies of a file's functions and methods, cut out of its token list so that the parser skips them, and parsed
 * only when something first reads their statements.
 *
 * <p>Why: parsing is most of the start of a small program. Hello world imports about ten thousand lines of standard
 * Go through fmt and os, and the checker and the builder look at a standard function's body only when the function
 * is first called, which most never are. So a standard package is parsed with its top-level bodies left as token
 * lists; a body's statements are a list that parses them on first use. Only trusted sources (the standard
 * packages) are read this way: a syntax error in a body would surface late, so there it is an internal error.
 *
 * <p>The cut is made on tokens after semicolon insertion, where strings, runes and comments are single tokens and
 * braces can simply be counted. A top-level function declaration is a {@code func} at nesting depth 0 that follows a
 * semicolon or opens the file ({@code var f = func() {...}} follows {@code =}); its body is the first {@code {} at
 * bracket depth 0 after the name that does not open a {@code struct} or {@code interface} type literal, up to its
 * matching {@code }}. The parser sees only the two braces. The tokens in between keep their lines and columns, so
 * the body parsed later is placed exactly as an eager parse places it.
 */
final class DeferredBodies {

    private final String fileName;
    private final LineDirectives directives;
    /** Each cut body's tokens, from its '{' to its '}', keyed by the '{' the parser still sees. */
    private final Map<Token, List<Token>> bodies = new IdentityHashMap<>();

    DeferredBodies(String fileName, LineDirectives directives) {
        this.fileName = fileName;
        this.directives = directives;
    }

    /** ALL (a whole file's tokens, EOF last) without the insides of its top-level function bodies. */
    List<Token> cut(List<Token> all) {
        List<Token> kept = new ArrayList<>(all.size() / 4);
        int depth = 0;
        Token previous = null;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            kept.add(t);
            if (t.getType() == GoLexer.FUNC && depth == 0 && (previous == null || previous.getType() == GoLexer.SEMI)) {
                int open = bodyStart(all, i + 1);
                if (open >= 0) {
                    int close = matching(all, open);
                    if (close < 0) {
                        // unbalanced: leave the rest to the parser, which reports it as usual
                        kept.addAll(all.subList(i + 1, all.size()));
                        return kept;
                    }
                    kept.addAll(all.subList(i + 1, open + 1));
                    kept.add(all.get(close));
                    bodies.put(all.get(open), List.copyOf(all.subList(open, close + 1)));
                    i = close;
                    t = all.get(close);
                }
            } else {
                depth += nesting(t);
            }
            previous = t;
        }
        return kept;
    }

    /** The index of the '{' that opens the body of the declaration whose tokens start at FROM, or -1 if it has none. */
    private static int bodyStart(List<Token> all, int from) {
        int depth = 0;
        for (int i = from; i < all.size(); i++) {
            Token t = all.get(i);
            switch (t.getType()) {
                case GoLexer.LPAREN, GoLexer.LBRACK -> depth++;
                case GoLexer.RPAREN, GoLexer.RBRACK -> depth--;
                case GoLexer.LBRACE -> {
                    int before = all.get(i - 1).getType();
                    if (before == GoLexer.STRUCT || before == GoLexer.INTERFACE) {
                        int close = matching(all, i);
                        if (close < 0) {
                            return -1;
                        }
                        i = close;
                    } else if (depth == 0) {
                        return i;
                    }
                }
                case GoLexer.SEMI, Token.EOF -> {
                    if (depth == 0) {
                        return -1;
                    }
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /** The index of the '}' matching the '{' at OPEN, or -1. */
    private static int matching(List<Token> all, int open) {
        int depth = 0;
        for (int i = open; i < all.size(); i++) {
            int type = all.get(i).getType();
            if (type == GoLexer.LBRACE) {
                depth++;
            } else if (type == GoLexer.RBRACE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int nesting(Token t) {
        return switch (t.getType()) {
            case GoLexer.LPAREN, GoLexer.LBRACK, GoLexer.LBRACE -> 1;
            case GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE -> -1;
            default -> 0;
        };
    }

    /** The statements of the body cut at LBRACE, or null if none was cut there. */
    List<Stmt> statements(Token lbrace) {
        List<Token> tokens = bodies.get(lbrace);
        return tokens == null ? null : new Statements(tokens);
    }

    /** A body's statements, parsed on the first read (by whichever thread reads first). */
    private final class Statements extends AbstractList<Stmt> implements RandomAccess {
        private List<Token> tokens;
        private List<Stmt> parsed;

        Statements(List<Token> tokens) {
            this.tokens = tokens;
        }

        private synchronized List<Stmt> parsed() {
            if (parsed == null) {
                parsed = parse(tokens);
                tokens = null;
            }
            return parsed;
        }

        @Override
        public Stmt get(int index) {
            return parsed().get(index);
        }

        @Override
        public int size() {
            return parsed().size();
        }
    }

    private List<Stmt> parse(List<Token> body) {
        // copies: a token stream numbers the tokens it holds, and the originals keep their numbers
        List<Token> copies = new ArrayList<>(body.size());
        for (Token t : body) {
            copies.add(new CommonToken(t));
        }
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(copies, fileName));
        try {
            GoParser.BlockContext tree = Parser.parseTree(Parser.parser(stream), stream, GoParser::block);
            int known = directives.errors().size();
            List<Stmt> stmts = new AstBuilder(fileName, stream, directives, null).block(tree).stmts();
            if (directives.errors().size() > known) {
                // too late to be reported with the file's other errors: a trusted body has none
                throw directives.errors().last();
            }
            return stmts;
        } catch (SyntaxFailure f) {
            Token first = body.getFirst();
            throw new IllegalStateException(fileName + ": the function body at line " + first.getLine()
                    + " does not parse: " + f.getMessage(), f);
        }
    }
}
