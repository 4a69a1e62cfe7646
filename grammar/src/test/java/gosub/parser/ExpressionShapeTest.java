package gosub.parser;

import static gosub.parser.Snippets.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AST of expressions, written as S-expressions (see {@link Sexp}). */
class ExpressionShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            a + b*c                  => (Binary + (Ident a) (Binary * (Ident b) (Ident c)))
            -a * b                   => (Binary * (Unary - (Ident a)) (Ident b))
            a || b && c              => (Binary || (Ident a) (Binary && (Ident b) (Ident c)))
            a == b != c              => (Binary != (Binary == (Ident a) (Ident b)) (Ident c))
            1 << n >> 2 &^ 3         => (Binary &^ (Binary >> (Binary << (BasicLit INT 1) (Ident n)) (BasicLit INT 2)) (BasicLit INT 3))
            <-ch + 1                 => (Binary + (Unary <- (Ident ch)) (BasicLit INT 1))
            *p                       => (Star (Ident p))
            ^x                       => (Unary ^ (Ident x))
            !ok                      => (Unary ! (Ident ok))
            (a + b) * c              => (Binary * (Paren (Binary + (Ident a) (Ident b))) (Ident c))
            """)
    void operatorsBindAsInGo(String source, String expected) {
        assertEquals(expected, Sexp.of(expr(source)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            x.y.z(1, 2)              => (Call (Selector (Selector (Ident x) y) z) [(BasicLit INT 1) (BasicLit INT 2)] false)
            f(xs...)                 => (Call (Ident f) [(Ident xs)] true)
            m[k]                     => (Index (Ident m) [(Ident k)])
            s[1:2]                   => (Slice (Ident s) (BasicLit INT 1) (BasicLit INT 2) _ false)
            s[:]                     => (Slice (Ident s) _ _ _ false)
            s[1:2:3]                 => (Slice (Ident s) (BasicLit INT 1) (BasicLit INT 2) (BasicLit INT 3) true)
            s[:2:3]                  => (Slice (Ident s) _ (BasicLit INT 2) (BasicLit INT 3) true)
            x.(T)                    => (TypeAssert (Ident x) (Ident T))
            x.(interface{ M() })     => (TypeAssert (Ident x) (InterfaceType [(InterfaceMethod M (FuncType [] [] []))] []))
            (*T).M                   => (Selector (Paren (Star (Ident T))) M)
            T.M                      => (Selector (Ident T) M)
            """)
    void primaryExpressions(String source, String expected) {
        assertEquals(expected, Sexp.of(expr(source)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            Max[int](1, 2)           => (Call (Index (Ident Max) [(Ident int)]) [(BasicLit INT 1) (BasicLit INT 2)] false)
            Map[int, string](xs, f)  => (Call (Index (Ident Map) [(Ident int) (Ident string)]) [(Ident xs) (Ident f)] false)
            Pair[string, int]{"a", 1} => (CompositeLit (Index (Ident Pair) [(Ident string) (Ident int)]) [(Element _ (BasicLit STRING "a")) (Element _ (BasicLit INT 1))])
            List[int]{}              => (CompositeLit (Index (Ident List) [(Ident int)]) [])
            f[[]int, map[K]V]        => (Index (Ident f) [(ArrayType _ (Ident int)) (MapType (Ident K) (Ident V))])
            """)
    void genericInstantiation(String source, String expected) {
        assertEquals(expected, Sexp.of(expr(source)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            &Point{X: 1}             => (Unary & (CompositeLit (Ident Point) [(Element (Ident X) (BasicLit INT 1))]))
            pkg.T{}                  => (CompositeLit (Selector (Ident pkg) T) [])
            [][]int{{1}, {2, 3}}     => (CompositeLit (ArrayType _ (ArrayType _ (Ident int))) [(Element _ (CompositeLit _ [(Element _ (BasicLit INT 1))])) (Element _ (CompositeLit _ [(Element _ (BasicLit INT 2)) (Element _ (BasicLit INT 3))]))])
            map[string]int{"a": 1,}  => (CompositeLit (MapType (Ident string) (Ident int)) [(Element (BasicLit STRING "a") (BasicLit INT 1))])
            map[[2]int]bool{{1, 2}: true} => (CompositeLit (MapType (ArrayType (BasicLit INT 2) (Ident int)) (Ident bool)) [(Element (CompositeLit _ [(Element _ (BasicLit INT 1)) (Element _ (BasicLit INT 2))]) (Ident true))])
            [...]int{2: 1}           => (CompositeLit (ArrayType (Ellipsis _) (Ident int)) [(Element (BasicLit INT 2) (BasicLit INT 1))])
            struct{ a int }{1}       => (CompositeLit (StructType [(StructField a (Ident int) false _)]) [(Element _ (BasicLit INT 1))])
            []*T{{}}                 => (CompositeLit (ArrayType _ (Star (Ident T))) [(Element _ (CompositeLit _ []))])
            """)
    void compositeLiterals(String source, String expected) {
        assertEquals(expected, Sexp.of(expr(source)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            []byte("x")              => (Call (ArrayType _ (Ident byte)) [(BasicLit STRING "x")] false)
            (<-chan int)(c)          => (Call (Paren (ChanType RECV (Ident int))) [(Ident c)] false)
            (func())(nil)            => (Call (Paren (FuncType [] [] [])) [(Ident nil)] false)
            chan<- int(nil)          => (Call (ChanType SEND (Ident int)) [(Ident nil)] false)
            new(struct{})            => (Call (Ident new) [(StructType [])] false)
            make(map[string]func() int) => (Call (Ident make) [(MapType (Ident string) (FuncType [] [] [(Field _ (Ident int))]))] false)
            make(chan *T, 1)         => (Call (Ident make) [(ChanType BOTH (Star (Ident T))) (BasicLit INT 1)] false)
            """)
    void typesAsOperands(String source, String expected) {
        assertEquals(expected, Sexp.of(expr(source)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            (<-chan int)(c)           => (Paren (ChanType RECV (Ident int)))
            (<-chan <-chan int)(c)    => (Paren (ChanType RECV (ChanType RECV (Ident int))))
            (chan (<-chan int))(c)    => (Paren (ChanType BOTH (Paren (ChanType RECV (Ident int)))))
            (<-chan chan<- int)(c)    => (Paren (ChanType RECV (ChanType SEND (Ident int))))
            """)
    void receiveArrowBindsToTheChannelType(String source, String expected) {
        gosub.ast.Expr.Call call = (gosub.ast.Expr.Call) expr(source);
        assertEquals(expected, Sexp.of(call.fun()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            func(a, b int) int { return a + b } => (FuncLit (FuncType [] [(Field a (Ident int)) (Field b (Ident int))] [(Field _ (Ident int))]) (Block [(Return [(Binary + (Ident a) (Ident b))])]))
            func() func() int { return nil }    => (FuncLit (FuncType [] [] [(Field _ (FuncType [] [] [(Field _ (Ident int))]))]) (Block [(Return [(Ident nil)])]))
            func() (n int, err error) { return } => (FuncLit (FuncType [] [] [(Field n (Ident int)) (Field err (Ident error))]) (Block [(Return [])]))
            """)
    void functionLiterals(String source, String expected) {
        assertEquals(expected, Sexp.of(expr(source)));
    }
}
