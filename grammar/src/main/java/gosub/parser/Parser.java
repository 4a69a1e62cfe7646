package gosub.parser;

import gosub.ast.SourceFile;
import gosub.grammar.GoLexer;
import gosub.grammar.GoParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parses one Go source file into a {@link SourceFile}, or reports its first syntax error. */
public final class Parser {

    private Parser() {
    }

    public static SourceFile parse(String fileName, String source) throws SyntaxError {
        GoLexer lexer = new GoLexer(CharStreams.fromString(source, fileName));
        lexer.removeErrorListeners();
        LineDirectives directives = new LineDirectives(fileName);
        SemicolonInserter tokenSource = new SemicolonInserter(lexer, directives);
        CommonTokenStream tokens = new CommonTokenStream(tokenSource);
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        try {
            GoParser.SourceFileContext tree = parseTree(parser, tokens);
            SyntaxFailure lexical = tokenSource.firstError();
            if (lexical != null) {
                throw lexical;
            }
            return new AstBuilder(fileName, tokens, directives).sourceFile(tree);
        } catch (SyntaxFailure f) {
            // Go reports the error that comes first in the file, whether its scanner or its parser found it.
            SyntaxFailure lexical = tokenSource.firstError();
            SyntaxFailure first = lexical != null && !f.isBefore(lexical) ? lexical : f;
            throw new SyntaxError(fileName, directives.place(first.pos), first.goMessage);
        }
    }

    /**
     * SLL prediction is much faster and right for almost every input; only when it fails do we parse again with
     * full LL, which is exact and also the mode our error messages are computed in.
     */
    private static GoParser.SourceFileContext parseTree(GoParser parser, CommonTokenStream tokens) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.sourceFile();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new GoErrorStrategy());
            return parser.sourceFile();
        }
    }
}
