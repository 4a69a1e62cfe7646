package gosub.language.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gosub.parser.Parser;
import gosub.parser.SyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checker's compile errors against Go's, in the style of Go's own {@code test/} directory: each
 * {@code errors/NAME.go} resource is a program whose lines that must fail end in {@code // ERROR "regexp"} (one
 * quoted regexp per error expected on that line). The file is parsed and checked, with no Truffle context, and every
 * ERROR line must get an error whose message the regexp finds, while no other line may get one. Each regexp was
 * written from what {@code go build} of Go 1.19 printed for the file.
 *
 * <p>To add a file: write the program, run {@code go build -gcflags=-e NAME.go}, mark each reported line with its
 * message, and keep the file under {@link Checker#MAX_ERRORS} errors (gosub stops there, as Go's compiler does).
 */
class ErrorCommentsTest {

    private static final String DIR = "errors/";
    private static final Pattern ERROR_COMMENT = Pattern.compile("//\\s*ERROR\\s+(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /**
     * Files where gosub is known to differ from Go, each with why; they must still differ, so that the list only
     * shrinks.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @TestFactory
    Stream<DynamicTest> eachFileGetsGosErrors() throws Exception {
        return goFiles().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<String> problems = compare(name);
            String reason = KNOWN_DIFFERENCES.get(name);
            if (reason != null) {
                assertFalse(problems.isEmpty(), name + " now matches Go: take it off KNOWN_DIFFERENCES (" + reason + ")");
            } else if (!problems.isEmpty()) {
                fail(name + ":\n  " + String.join("\n  ", problems));
            }
        }));
    }

    /** The suite is only worth something if it is large: at least 150 marked errors in all. */
    @Test
    void marksEnoughErrors() throws Exception {
        int marked = 0;
        for (String name : goFiles()) {
            String source = resource(name);
            int inFile = 0;
            for (List<Pattern> want : expected(source).values()) {
                inFile += want.size();
            }
            assertTrue(inFile < Checker.MAX_ERRORS, name + " marks " + inFile + " errors; the checker stops at "
                            + Checker.MAX_ERRORS);
            marked += inFile;
        }
        assertTrue(marked >= 150, "only " + marked + " marked errors");
    }

    /** What is wrong with the checker's errors for one file: missing, unexpected or mismatched errors. */
    private static List<String> compare(String name) throws IOException {
        String source = resource(name);
        List<CheckError> errors = new ArrayList<>();
        try {
            Checker checker = new Checker(name, "main", "main", errors, new StdlibSources(errors), false);
            checker.checkFile(Parser.parse(name, source));
        } catch (SyntaxError e) {
            return List.of("syntax error: " + e);
        }
        Map<Integer, List<CheckError>> got = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (CheckError e : errors) {
            if (!e.file().equals(name)) {
                problems.add("error in a standard package: " + e);
                continue;
            }
            got.computeIfAbsent(e.pos().line(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Integer, List<Pattern>> line : expected(source).entrySet()) {
            List<CheckError> onLine = got.getOrDefault(line.getKey(), new ArrayList<>());
            for (Pattern p : line.getValue()) {
                boolean matched = false;
                for (Iterator<CheckError> it = onLine.iterator(); it.hasNext(); ) {
                    if (p.matcher(it.next().message()).find()) {
                        it.remove();
                        matched = true;
                        break;
                    }
                }
                if (!matched) {
                    problems.add("line " + line.getKey() + ": no error matching \"" + p + "\"");
                }
            }
        }
        for (List<CheckError> left : got.values()) {
            for (CheckError e : left) {
                problems.add("unexpected: " + e);
            }
        }
        return problems;
    }

    /** The regexps of each line's ERROR comment, by line number. */
    private static Map<Integer, List<Pattern>> expected(String source) {
        Map<Integer, List<Pattern>> want = new HashMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR_COMMENT.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            Matcher q = QUOTED.matcher(m.group(1));
            List<Pattern> patterns = new ArrayList<>();
            while (q.find()) {
                patterns.add(Pattern.compile(q.group(1)));
            }
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": ERROR without a quoted regexp");
            }
            want.put(i + 1, patterns);
        }
        return want;
    }

    private static List<String> goFiles() throws IOException, URISyntaxException {
        URL dir = ErrorCommentsTest.class.getResource(DIR);
        if (dir == null) {
            throw new IOException("missing test resources " + DIR);
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".go")).sorted().toList();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ErrorCommentsTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The standard packages' Go sources, checked as the run-time loader checks them but never built into nodes. */
    private static final class StdlibSources implements PackageLoader {
        private final List<CheckError> errors;
        private final Map<String, GoPackage> loaded = new HashMap<>();

        StdlibSources(List<CheckError> errors) {
            this.errors = errors;
        }

        @Override
        public GoPackage load(String path) {
            if (loaded.containsKey(path)) {
                return loaded.get(path);
            }
            GoPackage pkg = null;
            try (InputStream in = ErrorCommentsTest.class.getResourceAsStream("/gosub/stdlib/" + path + ".go")) {
                if (in != null) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String file = "$GOROOT/src/" + path + ".go";
                    gosub.ast.SourceFile sf = Parser.parse(file, text);
                    Checker ck = new Checker(file, path, sf.packageName(), errors, this, true);
                    ck.checkFile(sf);
                    ck.pkg.partial = text.startsWith("//gosub:partial\n");
                    pkg = ck.pkg;
                }
            } catch (IOException | SyntaxError e) {
                throw new IllegalStateException("standard package " + path + ": " + e);
            }
            loaded.put(path, pkg);
            return pkg;
        }
    }
}
