package gosub.parser;

import static gosub.parser.Snippets.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AST of statements, written as S-expressions (see {@link Sexp}). In the sources, {@code \n} and {@code \t}
 * stand for a newline and a tab, since semicolon insertion depends on line breaks.
 */
class StatementShapeTest {

    private static String parse(String source) {
        return Sexp.of(body(source.replace("\\n", "\n").replace("\\t", "\t")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            return\\nx                          => [(Return []) (ExprStmt (Ident x))]
            return x,\\n\\ty                    => [(Return [(Ident x) (Ident y)])]
            x++\\ny--                           => [(IncDec (Ident x) true) (IncDec (Ident y) false)]
            if a {\\n} else {\\n}               => [(If _ (Ident a) (Block []) (Block []))]
            if a {\\n} else if b {\\n} else {\\n} => [(If _ (Ident a) (Block []) (If _ (Ident b) (Block []) (Block [])))]
            x := 1 /* a\\n b */ y := 2          => [(Assign [(Ident x)] := [(BasicLit INT 1)]) (Assign [(Ident y)] := [(BasicLit INT 2)])]
            x := 1 /* one line */ + 2           => [(Assign [(Ident x)] := [(Binary + (BasicLit INT 1) (BasicLit INT 2))])]
            x := 1 // comment\\ny := 2          => [(Assign [(Ident x)] := [(BasicLit INT 1)]) (Assign [(Ident y)] := [(BasicLit INT 2)])]
            f(\\n\\t1,\\n\\t2,\\n)              => [(ExprStmt (Call (Ident f) [(BasicLit INT 1) (BasicLit INT 2)] false))]
            x := a.\\n\\tb.\\n\\tc()            => [(Assign [(Ident x)] := [(Call (Selector (Selector (Ident a) b) c) [] false)])]
            break\\ncontinue\\nfallthrough      => [(Branch break _) (Branch continue _) (Branch fallthrough _)]
            x := 1; y := 2;                     => [(Assign [(Ident x)] := [(BasicLit INT 1)]) (Assign [(Ident y)] := [(BasicLit INT 2)])]
            """)
    void semicolonInsertion(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            if x == y {\\n}                     => [(If _ (Binary == (Ident x) (Ident y)) (Block []) _)]
            if x {\\n}                          => [(If _ (Ident x) (Block []) _)]
            if p.ok {\\n}                       => [(If _ (Selector (Ident p) ok) (Block []) _)]
            for i := range s {\\n}              => [(Range (Ident i) _ true (Ident s) (Block []))]
            for x < n {\\n}                     => [(For _ (Binary < (Ident x) (Ident n)) _ (Block []))]
            switch x {\\n}                      => [(Switch _ (Ident x) [])]
            switch s[i] {\\n}                   => [(Switch _ (Index (Ident s) [(Ident i)]) [])]
            for _, p := range []P{{1, 2}} {\\n} => [(Range (Ident _) (Ident p) true (CompositeLit (ArrayType _ (Ident P)) [(Element _ (CompositeLit _ [(Element _ (BasicLit INT 1)) (Element _ (BasicLit INT 2))]))]) (Block []))]
            for k := range map[string]int{} {\\n} => [(Range (Ident k) _ true (CompositeLit (MapType (Ident string) (Ident int)) []) (Block []))]
            if (T{}) == x {\\n}                 => [(If _ (Binary == (Paren (CompositeLit (Ident T) [])) (Ident x)) (Block []) _)]
            if v := (T{1}); v.a > 0 {\\n}       => [(If (Assign [(Ident v)] := [(Paren (CompositeLit (Ident T) [(Element _ (BasicLit INT 1))]))]) (Binary > (Selector (Ident v) a) (BasicLit INT 0)) (Block []) _)]
            if f(T{}) {\\n}                     => [(If _ (Call (Ident f) [(CompositeLit (Ident T) [])] false) (Block []) _)]
            if ok := func() bool { return true }(); ok {\\n} => [(If (Assign [(Ident ok)] := [(Call (FuncLit (FuncType [] [] [(Field _ (Ident bool))]) (Block [(Return [(Ident true)])])) [] false)]) (Ident ok) (Block []) _)]
            x := T{1}                           => [(Assign [(Ident x)] := [(CompositeLit (Ident T) [(Element _ (BasicLit INT 1))])])]
            """)
    void compositeLiteralOrBlockInHeaders(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            for {\\n}                           => [(For _ _ _ (Block []))]
            for ; ; {\\n}                       => [(For _ _ _ (Block []))]
            for i := 0; i < n; i++ {\\n}        => [(For (Assign [(Ident i)] := [(BasicLit INT 0)]) (Binary < (Ident i) (Ident n)) (IncDec (Ident i) true) (Block []))]
            for ; n > 0; n-- {\\n}              => [(For _ (Binary > (Ident n) (BasicLit INT 0)) (IncDec (Ident n) false) (Block []))]
            for range 10 {\\n}                  => [(Range _ _ false (BasicLit INT 10) (Block []))]
            for i := range 10 {\\n}             => [(Range (Ident i) _ true (BasicLit INT 10) (Block []))]
            for k, v := range m {\\n}           => [(Range (Ident k) (Ident v) true (Ident m) (Block []))]
            for k, v = range m {\\n}            => [(Range (Ident k) (Ident v) false (Ident m) (Block []))]
            for range ch {\\n}                  => [(Range _ _ false (Ident ch) (Block []))]
            """)
    void forLoops(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            switch t := v.(type) {\\ncase nil:\\ncase int, string:\\n\\tprintln(t)\\ndefault:\\n} => [(TypeSwitch _ t (Ident v) [(CaseClause false [(Ident nil)] []) (CaseClause false [(Ident int) (Ident string)] [(ExprStmt (Call (Ident println) [(Ident t)] false))]) (CaseClause true [] [])])]
            switch v.(type) {\\ncase []int, *T, func(), chan int:\\n} => [(TypeSwitch _ _ (Ident v) [(CaseClause false [(ArrayType _ (Ident int)) (Star (Ident T)) (FuncType [] [] []) (ChanType BOTH (Ident int))] [])])]
            switch x := f(); v := x.(type) {\\n} => [(TypeSwitch (Assign [(Ident x)] := [(Call (Ident f) [] false)]) v (Ident x) [])]
            switch {\\ncase x > 1:\\n\\tfallthrough\\ndefault:\\n\\tbreak\\n} => [(Switch _ _ [(CaseClause false [(Binary > (Ident x) (BasicLit INT 1))] [(Branch fallthrough _)]) (CaseClause true [] [(Branch break _)])])]
            switch x := 1; {\\n}               => [(Switch (Assign [(Ident x)] := [(BasicLit INT 1)]) _ [])]
            switch x\\n{\\n}                    => [(Switch (ExprStmt (Ident x)) _ [])]
            """)
    void switches(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @Test
    void selectCommClauses() {
        String source = """
                select {
                case v := <-c:
                case v, ok = <-c:
                case <-c:
                case c <- 1:
                default:
                \treturn
                }
                select {}""";
        assertEquals("[(Select [(CommClause (Assign [(Ident v)] := [(Unary <- (Ident c))]) [])"
                + " (CommClause (Assign [(Ident v) (Ident ok)] = [(Unary <- (Ident c))]) [])"
                + " (CommClause (ExprStmt (Unary <- (Ident c))) [])"
                + " (CommClause (Send (Ident c) (BasicLit INT 1)) [])"
                + " (CommClause _ [(Return [])])]) (Select [])]", Sexp.of(body(source)));
    }

    @Test
    void labelsAndGoto() {
        String source = """
                outer:
                \tfor {
                \t\tcontinue outer
                \t}
                \tgoto end
                end:
                """;
        assertEquals("[(Labeled outer (For _ _ _ (Block [(Branch continue outer)]))) (Branch goto end) (Labeled end (Empty))]",
                Sexp.of(body(source)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            go f(1)\\ndefer g()                 => [(Go (Call (Ident f) [(BasicLit INT 1)] false)) (Defer (Call (Ident g) [] false))]
            go func() {\\n}()                   => [(Go (Call (FuncLit (FuncType [] [] []) (Block [])) [] false))]
            a, b = b, a                         => [(Assign [(Ident a) (Ident b)] = [(Ident b) (Ident a)])]
            x <<= 2                             => [(Assign [(Ident x)] <<= [(BasicLit INT 2)])]
            x &^= y                             => [(Assign [(Ident x)] &^= [(Ident y)])]
            p.x, s[i] = 1, 2                    => [(Assign [(Selector (Ident p) x) (Index (Ident s) [(Ident i)])] = [(BasicLit INT 1) (BasicLit INT 2)])]
            ch <- v                             => [(Send (Ident ch) (Ident v))]
            <-ch                                => [(ExprStmt (Unary <- (Ident ch)))]
            *p++                                => [(IncDec (Star (Ident p)) true)]
            var x, y int = 1, 2                 => [(DeclStmt (Var [(VarSpec [(Ident x) (Ident y)] (Ident int) [(BasicLit INT 1) (BasicLit INT 2)])]))]
            const k = 1                         => [(DeclStmt (Const [(ConstSpec [(Ident k)] _ [(BasicLit INT 1)] 0 false)]))]
            type T int                          => [(DeclStmt (Type [(TypeSpec T [] false (Ident int))]))]
            {\\n\\tx := 1\\n}                   => [(Block [(Assign [(Ident x)] := [(BasicLit INT 1)])])]
            ;;                                  => []
            """)
    void simpleStatements(String source, String expected) {
        assertEquals(expected, parse(source));
    }
}
