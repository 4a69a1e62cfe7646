package gosub.parser;

import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.grammar.GoLexer;
import gosub.grammar.GoParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses one Go source file into a {@link SourceFile}, with the errors that Go's parser reports without stopping
 * (see {@link SourceFile#parseErrors()}), or reports its first syntax error.
 */
public final class Parser {

    private Parser() {
    }

    public static SourceFile parse(String fileName, String source) throws SyntaxError {
        LineDirectives directives = new LineDirectives(fileName);
        SemicolonInserter tokenSource = tokenSource(fileName, source, directives);
        CommonTokenStream tokens = new CommonTokenStream(tokenSource);
        GoParser parser = parser(tokens);
        try {
            GoParser.SourceFileContext tree = parseTree(parser, tokens, GoParser::sourceFile);
            return new AstBuilder(fileName, tokens, directives, null).sourceFile(tree);
        } catch (SyntaxFailure f) {
            // Go's scanner reads to the end of the file whatever its parser met; its errors are reported too
            tokenSource.drain();
            Pos at = directives.place(f.pos);
            List<SourceFile.ParseError> then = f.then == null ? List.of() : List.of(new SourceFile.ParseError(at, f.then));
            throw new SyntaxError(fileName, at, f.goMessage, directives.errors().placed(), then);
        }
    }

    /**
     * Parses a trusted source (a standard package) as {@link #parse} does, except that the bodies of its top-level
     * functions and methods are parsed only when their statements are first read (see {@link DeferredBodies}).
     */
    public static SourceFile parseDeferringBodies(String fileName, String source) throws SyntaxError {
        LineDirectives directives = new LineDirectives(fileName);
        SemicolonInserter tokenSource = tokenSource(fileName, source, directives);
        List<Token> all = new ArrayList<>();
        for (Token t = tokenSource.nextToken(); ; t = tokenSource.nextToken()) {
            all.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        try {
            DeferredBodies bodies = new DeferredBodies(fileName, directives);
            CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(bodies.cut(all), fileName));
            GoParser parser = parser(tokens);
            GoParser.SourceFileContext tree = parseTree(parser, tokens, GoParser::sourceFile);
            return new AstBuilder(fileName, tokens, directives, bodies).sourceFile(tree);
        } catch (SyntaxFailure f) {
            throw new SyntaxError(fileName, directives.place(f.pos), f.goMessage, directives.errors().placed(), List.of());
        }
    }

    /** SOURCE's tokens as the parser reads them (semicolons inserted, line directives handed to DIRECTIVES). */
    private static SemicolonInserter tokenSource(String fileName, String source, LineDirectives directives) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(source, fileName));
        lexer.removeErrorListeners();
        return new SemicolonInserter(lexer, directives);
    }

    /** A parser of TOKENS that reports nothing itself: errors surface as SyntaxFailures. */
    static GoParser parser(CommonTokenStream tokens) {
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        return parser;
    }

    /**
     * SLL prediction is much faster and right for almost every input; only when it fails do we parse again with
     * full LL, which is exact and also the mode our error messages are computed in.
     */
    static <T extends ParserRuleContext> T parseTree(GoParser parser, CommonTokenStream tokens, Function<GoParser, T> rule) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new GoErrorStrategy());
            return rule.apply(parser);
        }
    }
}
