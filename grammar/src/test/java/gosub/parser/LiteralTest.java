package gosub.parser;

import static gosub.parser.Snippets.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.ast.Expr;
import gosub.ast.Pos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literal tokens keep their source text and get the kind Go gives them. */
class LiteralTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            42            => INT
            0             => INT
            1_000_000     => INT
            0b1010        => INT
            0B_1          => INT
            0o17          => INT
            0O17          => INT
            0777          => INT
            0_7           => INT
            0x1F          => INT
            0X_ff         => INT
            1.5           => FLOAT
            .5            => FLOAT
            1.            => FLOAT
            1e10          => FLOAT
            1E-3          => FLOAT
            089.5         => FLOAT
            0x1p-2        => FLOAT
            0x1.8p3       => FLOAT
            0x.8p0        => FLOAT
            6.67_4e-11    => FLOAT
            1i            => IMAG
            2.5i          => IMAG
            0x10i         => IMAG
            0123i         => IMAG
            1e3i          => IMAG
            'a'           => CHAR
            'ä'           => CHAR
            '\\n'          => CHAR
            '\\''          => CHAR
            '\\\\'          => CHAR
            '\\x41'        => CHAR
            '\\101'        => CHAR
            '\\u00e9'      => CHAR
            '\\U0001F600'  => CHAR
            "str"         => STRING
            "esc\\t\\"q\\"" => STRING
            ""            => STRING
            `raw`         => STRING
            """)
    void kindAndRawText(String source, Expr.LitKind kind) {
        assertEquals(new Expr.BasicLit(new Pos(2, 9, "t.go"), kind, source), expr(source));
    }

    @Test
    void rawStringsSpanLinesAndKeepEverything() {
        String raw = "`line one\n\t\"two\" \\n\r\nthree`";
        Expr.BasicLit lit = (Expr.BasicLit) expr(raw);
        assertEquals(raw, lit.raw());
        assertEquals(Expr.LitKind.STRING, lit.kind());
    }

    @Test
    void aRawStringEndingALineEndsTheStatement() {
        assertEquals("[(Assign [(Ident s)] := [(BasicLit STRING `a\nb`)]) (ExprStmt (Ident s))]",
                Sexp.of(Snippets.body("s := `a\nb`\ns")));
    }

    @Test
    void unicodeIdentifiers() {
        assertEquals("(Binary + (Ident größe) (Ident 数))", Sexp.of(expr("größe + 数")));
    }
}
