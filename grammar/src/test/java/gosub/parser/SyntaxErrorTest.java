package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first syntax error, worded like Go's compiler. Every expected line:col below was checked against
 * {@code go tool compile} (Go 1.19); the wording is Go's current one ("expected", "name x", "keyword func").
 */
class SyntaxErrorTest {

    /** A broken program and the error we report for it. */
    record Case(String name, String source, String expected) {
    }

    static final List<Case> CASES = List.of(
            new Case("missing closing brace", "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n",
                    "f.go:6:1: syntax error: unexpected EOF, expected }"),
            new Case("missing closing brace at end of file", "package main\n\nfunc main() {\n\tx := 1",
                    "f.go:4:8: syntax error: unexpected EOF, expected }"),
            new Case("stray parenthesis", "package main\n\nfunc main() {\n\tx := 1)\n\t_ = x\n}\n",
                    "f.go:4:8: syntax error: unexpected ) at end of statement"),
            new Case("two statements on a line", "package main\n\nfunc main() {\n\tx := 1 y := 2\n}\n",
                    "f.go:4:9: syntax error: unexpected name y at end of statement"),
            new Case("newline in argument list", "package main\n\nfunc main() {\n\tfoo(1,\n\t\t2\n\t)\n}\n",
                    "f.go:5:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            new Case("newline in composite literal", "package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n}\n",
                    "f.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            new Case("missing comma in map literal", "package main\n\nfunc main() {\n\tm := map[string]int{\"a\": 1 \"b\": 2}\n}\n",
                    "f.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }"),
            new Case("newline in parameter list", "package main\n\nfunc f(a int,\n\tb int\n) {\n}\n",
                    "f.go:4:7: syntax error: unexpected newline in parameter list; possibly missing comma or )"),
            new Case("statement outside function", "package main\n\nx := 1\n",
                    "f.go:3:1: syntax error: non-declaration statement outside function body"),
            new Case("extra closing brace", "package main\n\nfunc main() {\n}\n}\n",
                    "f.go:5:1: syntax error: non-declaration statement outside function body"),
            new Case("function brace on next line", "package main\n\nfunc main()\n{\n}\n",
                    "f.go:4:1: syntax error: unexpected semicolon or newline before {"),
            new Case("if brace on next line", "package main\n\nfunc main() {\n\tif x == 1\n\t{\n\t}\n}\n",
                    "f.go:4:11: syntax error: unexpected newline, expected { after if clause"),
            new Case("for brace on next line", "package main\n\nfunc main() {\n\tfor i := range 10\n\t{\n\t}\n}\n",
                    "f.go:4:19: syntax error: unexpected newline, expected { after for clause"),
            new Case("else on next line", "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
                    "f.go:6:2: syntax error: unexpected keyword else, expected }"),
            new Case("else for", "package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
                    "f.go:5:9: syntax error: else must be followed by if or statement block"),
            new Case("missing condition", "package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
                    "f.go:4:11: syntax error: missing condition in if statement"),
            new Case("assignment as condition", "package main\n\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n",
                    "f.go:5:7: syntax error: cannot use assignment (x) = (2) as value"),
            new Case("declaration in for post statement", "package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
                    "f.go:4:23: syntax error: cannot declare in post statement of for loop"),
            new Case("var in if header", "package main\n\nfunc main() {\n\tif var x = 1; x > 0 {\n\t}\n}\n",
                    "f.go:4:9: syntax error: var declaration not allowed in if initializer"),
            new Case("missing expression", "package main\n\nfunc main() {\n\tx := )\n}\n",
                    "f.go:4:7: syntax error: unexpected ), expected expression"),
            new Case("operator at end of line", "package main\n\nfunc main() {\n\tx := 1 +\n}\n",
                    "f.go:5:1: syntax error: unexpected }, expected expression"),
            new Case("unclosed parenthesis", "package main\n\nfunc main() {\n\tx := (1 + 2\n\t_ = x\n}\n",
                    "f.go:4:13: syntax error: unexpected newline, expected )"),
            new Case("expression list without assignment", "package main\n\nfunc main() {\n\ta, b\n}\n",
                    "f.go:4:6: syntax error: unexpected newline, expected := or = or comma"),
            new Case("composite literal in for header", "package main\n\nfunc main() {\n\tfor _, x := range T{1, 2} {\n\t\t_ = x\n\t}\n}\n",
                    "f.go:4:26: syntax error: unexpected }, expected := or = or comma"),
            new Case("composite literal in if header", "package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
                    "f.go:4:14: syntax error: unexpected { at end of statement"),
            new Case("missing case colon", "package main\n\nfunc main() {\n\tswitch x := 1; x {\n\tcase 1\n\t\tprintln()\n\t}\n}\n",
                    "f.go:5:8: syntax error: unexpected newline, expected :"),
            new Case("selector without name", "package main\n\nfunc main() {\n\tx.\n}\n",
                    "f.go:5:1: syntax error: unexpected }, expected name or ("),
            new Case("keyword as name", "package main\n\nfunc main() {\n\tvar func int\n}\n",
                    "f.go:4:6: syntax error: unexpected keyword func, expected name or ("),
            new Case("struct fields on one line", "package main\n\ntype T struct {\n\ta int b int\n}\n",
                    "f.go:4:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"),
            new Case("missing type", "package main\n\nvar x\n",
                    "f.go:3:6: syntax error: unexpected newline, expected type"),
            new Case("missing type in type declaration", "package main\n\ntype T\n",
                    "f.go:3:7: syntax error: unexpected newline in type declaration"),
            new Case(":= in var declaration", "package main\n\nvar x := 1\n",
                    "f.go:3:7: syntax error: unexpected :=, expected ="),
            new Case("missing package clause", "func main() {}\n",
                    "f.go:1:1: syntax error: package statement must be first"),
            new Case("missing import path", "package main\n\nimport\n",
                    "f.go:4:1: syntax error: missing import path"),
            new Case("mixed parameters", "package main\n\nfunc f(a int, b) {\n}\n",
                    "f.go:3:15: syntax error: mixed named and unnamed parameters"),
            new Case("empty type parameter list", "package main\n\nfunc f[]() {\n}\n",
                    "f.go:3:8: syntax error: empty type parameter list"),
            new Case("missing type constraint", "package main\n\nfunc f[T]() {\n}\n",
                    "f.go:3:9: syntax error: missing type constraint"),
            new Case("for brace on next line after post statement", "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
                    "f.go:4:25: syntax error: unexpected newline, expected { after for clause"),
            new Case("named function inside a function", "package main\n\nfunc main() {\n\tfunc inner() {}\n}\n",
                    "f.go:4:7: syntax error: unexpected name inner, expected ("),
            new Case("return with stray comma", "package main\n\nfunc main() {\n\treturn,\n}\n",
                    "f.go:4:8: syntax error: unexpected comma, expected expression"),
            new Case("empty index", "package main\n\nvar _ = a[]\n",
                    "f.go:3:11: syntax error: unexpected ], expected operand"),
            new Case("two increments", "package main\n\nfunc main() {\n\tx := 5\n\tx++ ++\n}\n",
                    "f.go:5:6: syntax error: unexpected ++ at end of statement"),
            new Case("extra brace after one-line function", "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\") }}\n",
                    "f.go:3:34: syntax error: unexpected } after top level declaration"),
            new Case("unclosed parameter list", "package main\n\nfunc f() (int, string {\n}\n",
                    "f.go:3:23: syntax error: unexpected { in parameter list; possibly missing comma or )"));

    /**
     * Errors Go's parser reports without calling them syntax errors, alone or with one: all that Go 1.19 says for the
     * file (checked with {@code go build}), whether the file still parses (its tree then goes to the type checker).
     */
    record ReadOn(String name, String source, boolean parses, String expected) {
    }

    static final List<ReadOn> READ_ON = List.of(
            new ReadOn("invalid character", "package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n", false,
                    "f.go:4:9: invalid character U+0040 '@'\nf.go:4:11: syntax error: unexpected literal 2 at end of statement"),
            new ReadOn("unterminated string", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello)\n}\n", false,
                    "f.go:6:21: newline in string\nf.go:6:21: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            new ReadOn("string unterminated at end of file", "package main\n\nvar s = \"abc", true,
                    "f.go:3:9: string not terminated"),
            new ReadOn("unterminated raw string", "package main\n\nvar s = `abc\n", true,
                    "f.go:3:9: string not terminated"),
            new ReadOn("unterminated comment", "package main\n\n/* hello\nfunc main() {\n}\n", true,
                    "f.go:3:1: comment not terminated"),
            new ReadOn("digit 8 in octal literal", "package main\n\nvar x = 0189\n", true,
                    "f.go:3:11: invalid digit '8' in octal literal"),
            new ReadOn("hexadecimal float without exponent", "package main\n\nvar x = 0x1.8\n", true,
                    "f.go:3:14: hexadecimal mantissa requires a 'p' exponent"),
            new ReadOn("unknown escape, once per line", "package main\n\nvar s = \"a\\qb\" + \"\\q\"\n", true,
                    "f.go:3:12: unknown escape"),
            new ReadOn("rune with two characters", "package main\n\nfunc main() {\n\tx := 'ab'\n}\n", true,
                    "f.go:4:7: more than one character in rune literal"),
            new ReadOn("go without call", "package main\n\nfunc main() {\n\tgo x\n}\n", true,
                    "f.go:4:5: expression in go must be function call"),
            new ReadOn("defer of a parenthesized call", "package main\n\nfunc main() {\n\tdefer (f())\n}\n", true,
                    "f.go:4:8: expression in defer must not be parenthesized"),
            new ReadOn("method without receiver", "package main\n\nfunc () m() {}\n", true,
                    "f.go:3:9: method has no receiver"),
            new ReadOn("method with two receivers", "package main\n\nfunc (a, b T) m() {}\n", true,
                    "f.go:3:15: method has multiple receivers"),
            new ReadOn("3-index slices without their indices", "package main\n\nvar _ = s[1:2:]\nvar _ = s[::3]\n", true,
                    "f.go:3:15: final index required in 3-index slice\nf.go:4:12: middle index required in 3-index slice"),
            new ReadOn("a lexical error before a syntax error", "package main\n\nvar s = \"\\q\"\nvar t = )\n", false,
                    "f.go:3:11: unknown escape\nf.go:4:9: syntax error: unexpected ), expected expression"),
            new ReadOn("a lexical error after a syntax error", "package main\n\nvar t = )\nvar s = \"\\q\"\n", false,
                    "f.go:3:9: syntax error: unexpected ), expected expression\nf.go:4:11: unknown escape"));

    @TestFactory
    Stream<DynamicTest> errorsGoReadsOnAfter() {
        return READ_ON.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertEquals(c.parses(), parses(c.source()), "parses");
            assertEquals(c.expected(), said(c.source()));
        }));
    }

    private static boolean parses(String source) {
        try {
            Parser.parse("f.go", source);
            return true;
        } catch (SyntaxError e) {
            return false;
        }
    }

    /** What Go's compiler would print for the file when it stops after parsing. */
    private static String said(String source) {
        List<gosub.ast.SourceFile.ParseError> errors;
        try {
            errors = Parser.parse("f.go", source).parseErrors();
        } catch (SyntaxError e) {
            errors = e.fileErrors();
        }
        return String.join("\n", errors.stream().map(e -> e.pos().where("f.go") + ": " + e.message()).toList());
    }

    @TestFactory
    Stream<DynamicTest> firstErrorLikeGo() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("f.go", c.source()));
            assertEquals(c.expected(), e.toString());
        }));
    }

    /**
     * Malformed literals in {@code var x = LIT}: the column and message {@code go build} (Go 1.19) gives for each,
     * one case per rule of LiteralSyntax; then literals Go accepts that look close to them.
     */
    static final List<String[]> LITERALS = List.of(
            new String[] {"0b102", "13", "invalid digit '2' in binary literal"},
            new String[] {"0o1.5", "12", "invalid radix point in octal literal"},
            new String[] {"0x", "11", "hexadecimal literal has no digits"},
            new String[] {"1e", "11", "exponent has no digits"},
            new String[] {"0x1.8p", "15", "exponent has no digits"},
            new String[] {"0b1e3", "12", "'e' exponent requires decimal mantissa"},
            new String[] {"1p3", "10", "'p' exponent requires hexadecimal mantissa"},
            new String[] {"1__0", "11", "'_' must separate successive digits"},
            new String[] {"1_", "10", "'_' must separate successive digits"},
            new String[] {"'\\400'", "14", "octal escape value 256 > 255"},
            new String[] {"'\\uD800'", "16", "escape is invalid Unicode code point U+D800"},
            new String[] {"'\\xZ1'", "12", "invalid character 'Z' in hexadecimal escape"},
            new String[] {"''", "10", "empty rune literal or unescaped '"},
            new String[] {"'ab'", "9", "more than one character in rune literal"},
            new String[] {"\"\\U00110000\"", "20", "escape is invalid Unicode code point U+110000"});

    @TestFactory
    Stream<DynamicTest> malformedLiteralsLikeGo() {
        return LITERALS.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            gosub.ast.SourceFile f = Parser.parse("f.go", "package main\n\nvar x = " + c[0] + "\n");
            assertEquals(List.of(new gosub.ast.SourceFile.ParseError(new gosub.ast.Pos(3, Integer.parseInt(c[1]), "f.go"), c[2])),
                            f.parseErrors());
            Object init = ((gosub.ast.Decl.Var) f.decls().getFirst()).specs().getFirst().values().getFirst();
            assertEquals(true, ((gosub.ast.Expr.BasicLit) init).bad(), "the literal is marked bad");
        }));
    }

    @TestFactory
    Stream<DynamicTest> literalsGoAccepts() {
        return Stream.of("0x1e", "0x_1", "0_7", "09.5", "09i", "0x1.8p-2", "1_000.5e+1_0i", "'\\''", "'\\377'", "\"\\U0010FFFF\"")
                .map(lit -> DynamicTest.dynamicTest(lit, () -> Parser.parse("f.go", "package main\n\nvar x = " + lit + "\n")));
    }

    @Test
    void errorParts() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("dir/prog.go", "package main\n\nx := 1\n"));
        assertEquals("dir/prog.go", e.fileName());
        assertEquals(3, e.line());
        assertEquals(1, e.col());
        assertEquals("non-declaration statement outside function body", e.message());
        assertEquals("dir/prog.go:3:1: syntax error: non-declaration statement outside function body", e.toString());
        assertEquals(e.toString(), e.getMessage());
    }

    @Test
    void onlyTheFirstErrorIsReportedAndNothingIsPrinted() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            SyntaxError e = assertThrows(SyntaxError.class,
                    () -> Parser.parse("f.go", "package main\n\nfunc main() {\n\tx := )\n\ty := (\n\tz z z\n"));
            assertEquals(4, e.line());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void positionsAgreeWithGo(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/go")) || Files.isExecutable(Path.of("/usr/local/go/bin/go")),
                "go is not installed");
        String go = Files.isExecutable(Path.of("/usr/bin/go")) ? "/usr/bin/go" : "/usr/local/go/bin/go";
        assumeTrue(run(dir, go, "version").startsWith("go version"), "go does not run");
        List<String> mismatches = new ArrayList<>();
        Pattern position = Pattern.compile("^f\\.go:(\\d+:\\d+):", Pattern.MULTILINE);
        for (Case c : CASES) {
            Path file = dir.resolve("f.go");
            Files.writeString(file, c.source());
            String goOutput = run(dir, go, "tool", "compile", "-o", dir.resolve("f.o").toString(), "f.go");
            Matcher m = position.matcher(goOutput);
            String expected = m.find() ? m.group(1) : "no error";
            String ours = c.expected().substring("f.go:".length(), c.expected().indexOf(": syntax error"));
            if (!expected.equals(ours)) {
                mismatches.add(c.name() + ": go " + expected + ", gosub " + ours);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GOCACHE", dir.resolve("gocache").toString());
        Process p = builder.start();
        byte[] output = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new String(output, StandardCharsets.UTF_8);
    }
}
