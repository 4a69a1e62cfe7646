package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.ast.SourceFile;
import gosub.grammar.GoLexer;
import gosub.grammar.GoParser;
import java.nio.file.Files;
import java.nio.file.Path;
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
            // some golden programs nest thousands deep: parse as gosub does, on a deep stack
            farLookahead.addAll(DeepStack.call("SLL " + f.getFileName(), () -> farLookahead(f)));
        }
        assertEquals(List.of(), farLookahead);
    }

    /** Parses F with SLL prediction alone; returns the decisions that looked more than MAX_LOOKAHEAD tokens ahead. */
    private static List<String> farLookahead(Path f) throws Exception {
        GoLexer lexer = new GoLexer(CharStreams.fromPath(f));
        CommonTokenStream tokens = new CommonTokenStream(new SemicolonInserter(lexer, new LineDirectives(f.toString())));
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setProfile(true);
        parser.sourceFile(); // throws if SLL alone cannot parse the file
        List<String> far = new ArrayList<>();
        for (DecisionInfo d : parser.getParseInfo().getDecisionInfo()) {
            if (d.SLL_MaxLook > MAX_LOOKAHEAD) {
                int rule = parser.getATN().getDecisionState(d.decision).ruleIndex;
                far.add(f.getFileName() + ": " + GoParser.ruleNames[rule] + " looked " + d.SLL_MaxLook + " tokens ahead");
            }
        }
        return far;
    }

    /**
     * Every Go file of the repository in one file of several thousand lines parses in one go. How fast is not
     * asserted here (a shared machine's load decides a wall-clock limit): the look-ahead test above keeps the
     * grammar linear, which is what speed depends on.
     */
    @Test
    void aLargeFileParses() throws Exception {
        StringBuilder big = new StringBuilder("package main\n\nimport \"fmt\"\n\n");
        Pattern header = Pattern.compile("(?m)^(package .*|import \\([^)]*\\)|import .*)$");
        for (Path f : RepositoryPrograms.all()) {
            big.append(header.matcher(Files.readString(f)).replaceAll("")).append('\n');
        }
        String source = big.toString();
        assertTrue(source.lines().count() > 2000, "only " + source.lines().count() + " lines");
        SourceFile parsed = DeepStack.call("big.go", () -> Parser.parse("big.go", source));
        assertTrue(parsed.decls().size() > 100);
    }
}
