package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.ast.SourceFile;
import gosub.grammar.GoLexer;
import gosub.grammar.GoParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;

/**
 * The grammar stays cheap to predict: SLL alone parses real programs, no decision looks far ahead, and a large
 * file parses quickly. These guard against grammar changes that make ANTLR scan ahead (see the *X type rules and
 * operandNB in GoParser.g4), which shows up as time only on big inputs.
 */
class PredictionTest {

    private static final int MAX_LOOKAHEAD = 64;

    @Test
    void sllAloneParsesTheRepositoryProgramsWithShortLookahead() throws Exception {
        List<String> farLookahead = new ArrayList<>();
        for (Path f : RepositoryPrograms.all()) {
            GoLexer lexer = new GoLexer(CharStreams.fromPath(f));
            CommonTokenStream tokens = new CommonTokenStream(new SemicolonInserter(lexer));
            GoParser parser = new GoParser(tokens);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            parser.setProfile(true);
            parser.sourceFile(); // throws if SLL alone cannot parse the file
            for (DecisionInfo d : parser.getParseInfo().getDecisionInfo()) {
                if (d.SLL_MaxLook > MAX_LOOKAHEAD) {
                    int rule = parser.getATN().getDecisionState(d.decision).ruleIndex;
                    farLookahead.add(f.getFileName() + ": " + GoParser.ruleNames[rule] + " looked " + d.SLL_MaxLook + " tokens ahead");
                }
            }
        }
        assertEquals(List.of(), farLookahead);
    }

    /** Every Go file of the repository in one file of several thousand lines. */
    @Test
    void aLargeFileParsesQuickly() throws Exception {
        StringBuilder big = new StringBuilder("package main\n\nimport \"fmt\"\n\n");
        Pattern header = Pattern.compile("(?m)^(package .*|import \\([^)]*\\)|import .*)$");
        for (Path f : RepositoryPrograms.all()) {
            big.append(header.matcher(Files.readString(f)).replaceAll("")).append('\n');
        }
        String source = big.toString();
        assertTrue(source.lines().count() > 2000, "only " + source.lines().count() + " lines");
        Parser.parse("big.go", source); // warm up
        SourceFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Parser.parse("big.go", source));
        assertTrue(parsed.decls().size() > 100);
    }
}
