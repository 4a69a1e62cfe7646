package gosub.parser;

import gosub.ast.Pos;
import gosub.grammar.GoParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Stops at the first syntax error and words it the way Go's compiler does. ANTLR tells us the offending token, the
 * rule we were in and the tokens that would have been accepted; Go's parser words its messages by construct
 * ("in argument list; possibly missing comma or )", "at end of statement", "non-declaration statement outside
 * function body"), so we find the innermost construct on the rule stack and phrase the message for it.
 */
final class GoErrorStrategy extends DefaultErrorStrategy {

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        Token t = e.getOffendingToken();
        IntervalSet expected = null;
        if (e instanceof InputMismatchException) {
            expected = e.getExpectedTokens();
        } else if (e instanceof NoViableAltException nv && nv.getStartToken() == t) {
            expected = parser.getATN().getExpectedTokens(e.getOffendingState(), (ParserRuleContext) e.getCtx());
        }
        throw failure(parser, t, expected, (ParserRuleContext) e.getCtx());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        throw failure(parser, parser.getCurrentToken(), parser.getExpectedTokens(), parser.getContext());
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        throw failure(parser, parser.getCurrentToken(), parser.getExpectedTokens(), parser.getContext());
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        reportError(parser, e); // never recover: only the first error is reported
    }

    /**
     * DefaultErrorStrategy remembers the deepest rule that could have gone on at the last optional exit, to word a
     * later mismatch from there. Forget it once a token matched, so it never describes an older position.
     */
    @Override
    public void reportMatch(Parser parser) {
        super.reportMatch(parser);
        nextTokensContext = null;
        nextTokensState = ATNState.INVALID_STATE_NUMBER;
    }

    private static SyntaxFailure failure(Parser parser, Token t, IntervalSet expected, ParserRuleContext ctx) {
        Token previous = t.getTokenIndex() > 0 ? parser.getInputStream().get(t.getTokenIndex() - 1) : null;
        Token at = t;
        String message;
        if (t.getType() == GoParser.VAR && inHeader(ctx)) {
            // Go points after the keyword, at what would have been the initializer
            at = parser.getInputStream().get(t.getTokenIndex() + 1);
            message = "var declaration not allowed in " + headerKeyword(ctx) + " initializer";
        } else {
            message = message(t, previous, expected, ctx);
        }
        return new SyntaxFailure(new Pos(at.getLine(), at.getCharPositionInLine() + 1), message);
    }

    private static String message(Token t, Token previous, IntervalSet expected, ParserRuleContext ctx) {
        String unexpected = "unexpected " + TokenWords.found(t);
        boolean eof = t.getType() == Token.EOF
                || t.getType() == GoParser.SEMI && t.getText().equals(SemicolonInserter.EOF_TEXT);
        if (ctx instanceof GoParser.SourceFileContext file) {
            return topLevel(t, unexpected, expected, file);
        }
        if (ctx instanceof GoParser.PackageClauseContext && t.getType() != GoParser.PACKAGE) {
            return "package statement must be first";
        }
        if (previous != null && expected == null) {
            // a prediction that failed one token in: what follows the first token is all we can say
            switch (previous.getType()) {
                case GoParser.DOT -> {
                    return unexpected + ", expected name or (";
                }
                case GoParser.LBRACK -> {
                    return unexpected + ", expected operand";
                }
                case GoParser.FUNC -> {
                    return unexpected + ", expected (";
                }
                default -> {
                }
            }
        }
        if (previous != null && previous.getType() == GoParser.RETURN) {
            return unexpected + ", expected expression"; // return takes a list or nothing, and nothing ends here
        }
        if (t.getType() == GoParser.DEFINE && expects(expected, GoParser.ASSIGN)) {
            return unexpected + ", expected =";
        }
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            String construct = switch (c.getRuleIndex()) {
                case GoParser.RULE_arguments -> list(unexpected, expected, "argument list", GoParser.COMMA, ")");
                case GoParser.RULE_literalValue -> list(unexpected, expected, "composite literal", GoParser.COMMA, "}");
                case GoParser.RULE_parameters -> {
                    String list = list(unexpected, expected, "parameter list", GoParser.COMMA, ")");
                    yield list != null || !expects(expected, GoParser.RPAREN) ? list : unexpected + ", expected )";
                }
                case GoParser.RULE_structType -> list(unexpected, expected, "struct type", GoParser.SEMI, "}");
                case GoParser.RULE_interfaceType -> list(unexpected, expected, "interface type", GoParser.SEMI, "}");
                case GoParser.RULE_constDecl, GoParser.RULE_varDecl, GoParser.RULE_typeDecl ->
                        list(unexpected, expected, "grouped declaration", GoParser.SEMI, ")");
                case GoParser.RULE_typeParameters -> typeParameters(t, previous);
                case GoParser.RULE_importSpec, GoParser.RULE_importDecl -> importPath(t, unexpected, expected);
                case GoParser.RULE_constSpec -> c.getToken(GoParser.ASSIGN, 0) == null ? unexpected + ", expected =" : null;
                case GoParser.RULE_typeSpec -> expected == null || expectsType(expected) ? unexpected + " in type declaration" : null;
                case GoParser.RULE_simpleStmt, GoParser.RULE_simpleStmtNB -> assignmentList(unexpected, c);
                case GoParser.RULE_statementList -> statementEnd(unexpected, eof, previous, expected);
                case GoParser.RULE_block -> ((GoParser.BlockContext) c).LBRACE() != null
                        ? statementEnd(unexpected, eof, previous, expected) : null;
                case GoParser.RULE_switchStmt, GoParser.RULE_selectStmt -> c.getToken(GoParser.LBRACE, 0) != null
                        ? statementEnd(unexpected, eof, previous, expected) : beforeBlock(unexpected, expected, c);
                case GoParser.RULE_header, GoParser.RULE_forClause, GoParser.RULE_rangeClause, GoParser.RULE_forStmt,
                     GoParser.RULE_ifStmt -> beforeBlock(unexpected, expected, c);
                default -> null;
            };
            if (construct != null) {
                return construct;
            }
            if (c instanceof GoParser.BlockContext b && b.LBRACE() != null) {
                break; // constructs around a block do not describe what is wrong inside it
            }
        }
        return generic(unexpected, eof, expected);
    }

    private static boolean expects(IntervalSet expected, int type) {
        return expected != null && expected.contains(type);
    }

    /** Whether a type, and only a type, could have come here. */
    private static boolean expectsType(IntervalSet expected) {
        return expects(expected, GoParser.MAP) && expects(expected, GoParser.CHAN) && !expects(expected, GoParser.INT_LIT);
    }

    private static String list(String unexpected, IntervalSet expected, String context, int separator, String close) {
        if (!expects(expected, separator)) {
            return null;
        }
        return unexpected + " in " + context + "; possibly missing " + TokenWords.expected(separator) + " or " + close;
    }

    /**
     * Go complains "at end of statement" when a statement is followed by something other than a semicolon or the
     * end of the block, and asks for the end of the block when what comes where a statement could start cannot
     * start one.
     */
    private static String statementEnd(String unexpected, boolean eof, Token previous, IntervalSet expected) {
        if (eof || expected == null || !expected.contains(GoParser.SEMI) && !expected.contains(GoParser.RBRACE)) {
            return null;
        }
        boolean atStatementStart = previous == null || switch (previous.getType()) {
            case GoParser.SEMI, GoParser.LBRACE, GoParser.COLON -> true;
            default -> false;
        };
        if (!atStatementStart) {
            return unexpected + " at end of statement";
        }
        return unexpected + (expected.contains(GoParser.CASE) ? ", expected case or default or }" : ", expected }");
    }

    /** {@code a, b} must go on with an assignment. */
    private static String assignmentList(String unexpected, ParserRuleContext stmt) {
        boolean list = stmt.getToken(GoParser.COMMA, 0) != null;
        boolean assigned = stmt.getToken(GoParser.DEFINE, 0) != null
                || stmt.getRuleContext(GoParser.AssignOpContext.class, 0) != null;
        return list && !assigned ? unexpected + ", expected := or = or comma" : null;
    }

    /**
     * A missing block after an if, for or switch header. Go asks for a plain "{" while the header could still go on,
     * and names the clause once the header is complete (after {@code init;} or a for/range clause).
     */
    private static String beforeBlock(String unexpected, IntervalSet expected, ParserRuleContext c) {
        if (!expects(expected, GoParser.LBRACE)) {
            return null;
        }
        while (c != null && !(c instanceof GoParser.IfStmtContext || c instanceof GoParser.SwitchStmtContext
                || c instanceof GoParser.ForStmtContext)) {
            c = c.getParent();
        }
        if (c == null) {
            return null; // a "{" missing elsewhere (after select, say): the general message
        }
        return switch (c) {
            case GoParser.IfStmtContext i when i.ELSE() != null -> "else must be followed by if or statement block";
            case GoParser.IfStmtContext i -> i.header().SEMI() != null
                    ? unexpected + ", expected { after if clause" : unexpected + ", expected {";
            case GoParser.SwitchStmtContext s -> s.header().SEMI() != null
                    ? "missing { after switch clause" : unexpected + ", expected {";
            case GoParser.ForStmtContext f -> f.expressionNB() != null
                    ? unexpected + ", expected {" : unexpected + ", expected { after for clause";
            default -> null;
        };
    }

    private static String importPath(Token t, String unexpected, IntervalSet expected) {
        if (expects(expected, GoParser.SEMI)) {
            return list(unexpected, expected, "grouped declaration", GoParser.SEMI, ")");
        }
        if (expected != null && !expected.contains(GoParser.STRING_LIT)) {
            return null;
        }
        return switch (t.getType()) {
            case GoParser.INT_LIT, GoParser.FLOAT_LIT, GoParser.IMAGINARY_LIT, GoParser.RUNE_LIT -> "import path must be a string";
            default -> "missing import path";
        };
    }

    /** An empty {@code []} or a name without constraint in a type parameter list. */
    private static String typeParameters(Token t, Token previous) {
        if (t.getType() != GoParser.RBRACK) {
            return null;
        }
        return previous.getType() == GoParser.LBRACK ? "empty type parameter list" : "missing type constraint";
    }

    private static boolean inHeader(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            switch (c.getRuleIndex()) {
                case GoParser.RULE_header, GoParser.RULE_forClause, GoParser.RULE_forStmt, GoParser.RULE_ifStmt,
                     GoParser.RULE_switchStmt -> {
                    return true;
                }
                case GoParser.RULE_block, GoParser.RULE_statement -> {
                    if (c.getChildCount() > 0) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** "if", "for" or "switch": the statement whose header c is in. */
    private static String headerKeyword(ParserRuleContext c) {
        for (; c != null; c = c.getParent()) {
            switch (c.getRuleIndex()) {
                case GoParser.RULE_ifStmt -> {
                    return "if";
                }
                case GoParser.RULE_switchStmt -> {
                    return "switch";
                }
                case GoParser.RULE_forStmt -> {
                    return "for";
                }
                default -> {
                }
            }
        }
        return "for";
    }

    private static String topLevel(Token t, String unexpected, IntervalSet expected, GoParser.SourceFileContext file) {
        if (expects(expected, GoParser.PACKAGE)) {
            return "package statement must be first";
        }
        if (expects(expected, GoParser.SEMI)) {
            ParseTree last = file.getChild(file.getChildCount() - 1);
            if (last instanceof GoParser.TopLevelDeclContext) {
                return unexpected + " after top level declaration";
            }
            return unexpected + ", expected semicolon or newline";
        }
        if (t.getType() == GoParser.IMPORT) {
            return "imports must appear before other declarations";
        }
        if (t.getType() == GoParser.LBRACE && file.getChildCount() >= 2
                && file.getChild(file.getChildCount() - 2) instanceof GoParser.TopLevelDeclContext d
                && d.functionDecl() != null && d.functionDecl().block() == null) {
            return "unexpected semicolon or newline before {";
        }
        return "non-declaration statement outside function body";
    }

    private static String generic(String unexpected, boolean eof, IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return unexpected;
        }
        if (eof && expected.contains(GoParser.RBRACE)) {
            return unexpected + ", expected }";
        }
        if (expected.contains(GoParser.IDENT) && expected.contains(GoParser.INT_LIT) && expected.contains(GoParser.LPAREN)) {
            return unexpected + ", expected expression";
        }
        if (expectsType(expected)) {
            return unexpected + ", expected type";
        }
        if (expected.size() == 1) {
            return unexpected + ", expected " + TokenWords.expected(expected.getMinElement());
        }
        if (expected.size() == 2) {
            return unexpected + ", expected " + TokenWords.expected(expected.getMinElement()) + " or "
                    + TokenWords.expected(expected.getMaxElement());
        }
        return unexpected;
    }
}
