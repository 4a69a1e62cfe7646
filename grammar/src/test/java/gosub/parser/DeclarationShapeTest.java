package gosub.parser;

import static gosub.parser.Snippets.decl;
import static gosub.parser.Snippets.decls;
import static gosub.parser.Snippets.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gosub.ast.Decl;
import gosub.ast.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AST of declarations, written as S-expressions (see {@link Sexp}). */
class DeclarationShapeTest {

    private static String parse(String source) {
        return Sexp.of(decls(source.replace("\\n", "\n").replace("\\t", "\t")));
    }

    @Test
    void imports() {
        String source = """
                package main

                import (
                \t"fmt"
                \tm "math"
                \t. "strings"
                \t_ "os"
                )
                import `sort`
                import "unicode/utf8"
                """;
        assertEquals("(SourceFile t.go main [(ImportSpec _ fmt) (ImportSpec m math) (ImportSpec . strings) (ImportSpec _ os)"
                + " (ImportSpec _ sort) (ImportSpec _ unicode/utf8)] [] [])", Sexp.of(file(source)));
    }

    @Test
    void constGroupsRepeatTheLastExpressionsWithTheirIota() {
        Decl.Const c = (Decl.Const) decl("""
                const (
                \tA, B = iota, iota * 10
                \tC, D
                \t_, _
                \tE T = 1 << iota
                \tF
                )""");
        assertEquals("(Const [(ConstSpec [(Ident A) (Ident B)] _ [(Ident iota) (Binary * (Ident iota) (BasicLit INT 10))] 0 false)"
                + " (ConstSpec [(Ident C) (Ident D)] _ [(Ident iota) (Binary * (Ident iota) (BasicLit INT 10))] 1 true)"
                + " (ConstSpec [(Ident _) (Ident _)] _ [(Ident iota) (Binary * (Ident iota) (BasicLit INT 10))] 2 true)"
                + " (ConstSpec [(Ident E)] (Ident T) [(Binary << (BasicLit INT 1) (Ident iota))] 3 false)"
                + " (ConstSpec [(Ident F)] (Ident T) [(Binary << (BasicLit INT 1) (Ident iota))] 4 true)])", Sexp.of(c));
        // the repeated expressions are the declared ones, not copies
        assertSame(c.specs().get(0).values(), c.specs().get(2).values());
        assertSame(c.specs().get(3).type(), c.specs().get(4).type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            const k = 1                         => [(Const [(ConstSpec [(Ident k)] _ [(BasicLit INT 1)] 0 false)])]
            const (\\n\\ta = 1\\n\\tb\\n)       => [(Const [(ConstSpec [(Ident a)] _ [(BasicLit INT 1)] 0 false) (ConstSpec [(Ident b)] _ [(BasicLit INT 1)] 1 true)])]
            var x, y int = 1, 2                 => [(Var [(VarSpec [(Ident x) (Ident y)] (Ident int) [(BasicLit INT 1) (BasicLit INT 2)])])]
            var (\\n\\tz = 3\\n\\tw float64\\n) => [(Var [(VarSpec [(Ident z)] _ [(BasicLit INT 3)]) (VarSpec [(Ident w)] (Ident float64) [])])]
            type A = B                          => [(Type [(TypeSpec A [] true (Ident B))])]
            type A [N]int                       => [(Type [(TypeSpec A [] false (ArrayType (Ident N) (Ident int)))])]
            type T[P *C] int                    => [(Type [(TypeSpec T [] false (ArrayType (Binary * (Ident P) (Ident C)) (Ident int)))])]
            type T[P *C,] int                   => [(Type [(TypeSpec T [(TypeParam P (Star (Ident C)))] false (Ident int))])]
            type L[T any] []T                   => [(Type [(TypeSpec L [(TypeParam T (Ident any))] false (ArrayType _ (Ident T)))])]
            type (\\n\\tA int\\n\\tB = A\\n)    => [(Type [(TypeSpec A [] false (Ident int)) (TypeSpec B [] true (Ident A))])]
            """)
    void specs(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            func Map[T, U any](s []T, f func(T) U) []U => [(Func _ Map (FuncType [(TypeParam T (Ident any)) (TypeParam U (Ident any))] [(Field s (ArrayType _ (Ident T))) (Field f (FuncType [] [(Field _ (Ident T))] [(Field _ (Ident U))]))] [(Field _ (ArrayType _ (Ident U)))]) _)]
            type Number interface {\\n\\t~int | ~float64\\n} => [(Type [(TypeSpec Number [] false (InterfaceType [] [(Union [(Tilde (Ident int)) (Tilde (Ident float64))])]))])]
            type Pair[K comparable, V any] struct {\\n\\tKey K\\n\\tVal V\\n} => [(Type [(TypeSpec Pair [(TypeParam K (Ident comparable)) (TypeParam V (Ident any))] false (StructType [(StructField Key (Ident K) false _) (StructField Val (Ident V) false _)]))])]
            func Sum[S ~[]E, E Number](s S) (total E) => [(Func _ Sum (FuncType [(TypeParam S (Tilde (ArrayType _ (Ident E)))) (TypeParam E (Ident Number))] [(Field s (Ident S))] [(Field total (Ident E))]) _)]
            func F[T interface{ ~int; String() string }]() => [(Func _ F (FuncType [(TypeParam T (InterfaceType [(InterfaceMethod String (FuncType [] [] [(Field _ (Ident string))]))] [(Tilde (Ident int))]))] [] []) _)]
            type Set[T comparable] map[T]struct{} => [(Type [(TypeSpec Set [(TypeParam T (Ident comparable))] false (MapType (Ident T) (StructType [])))])]
            """)
    void generics(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            func (s *Stack[T]) Push(v T) {}     => [(Func (Receiver s true Stack [T]) Push (FuncType [] [(Field v (Ident T))] []) (Block []))]
            func (Stack[T]) Len() int { return 0 } => [(Func (Receiver _ false Stack [T]) Len (FuncType [] [] [(Field _ (Ident int))]) (Block [(Return [(BasicLit INT 0)])]))]
            func (_ Pair[_, V]) Val() V         => [(Func (Receiver _ false Pair [_ V]) Val (FuncType [] [] [(Field _ (Ident V))]) _)]
            func (p Point) M()                  => [(Func (Receiver p false Point []) M (FuncType [] [] []) _)]
            func (p *(Point)) M()               => [(Func (Receiver p true Point []) M (FuncType [] [] []) _)]
            """)
    void methods(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            func f(a, b int, c ...string) (x, y int, err error) => [(Func _ f (FuncType [] [(Field a (Ident int)) (Field b (Ident int)) (Field c (Ellipsis (Ident string)))] [(Field x (Ident int)) (Field y (Ident int)) (Field err (Ident error))]) _)]
            func f(int, string) (bool, error)  => [(Func _ f (FuncType [] [(Field _ (Ident int)) (Field _ (Ident string))] [(Field _ (Ident bool)) (Field _ (Ident error))]) _)]
            func f(...int)                      => [(Func _ f (FuncType [] [(Field _ (Ellipsis (Ident int)))] []) _)]
            func f(a []int, m map[K]V, p *T, q pkg.T) => [(Func _ f (FuncType [] [(Field a (ArrayType _ (Ident int))) (Field m (MapType (Ident K) (Ident V))) (Field p (Star (Ident T))) (Field q (Selector (Ident pkg) T))] []) _)]
            func f(List[int], []T)             => [(Func _ f (FuncType [] [(Field _ (Index (Ident List) [(Ident int)])) (Field _ (ArrayType _ (Ident T)))] []) _)]
            func f() (int)                      => [(Func _ f (FuncType [] [] [(Field _ (Ident int))]) _)]
            func f(a, b,)                       => [(Func _ f (FuncType [] [(Field _ (Ident a)) (Field _ (Ident b))] []) _)]
            """)
    void parameters(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @Test
    void namesSharingATypeShareTheNode() {
        Decl.Func f = (Decl.Func) decl("func f(a, b int)");
        assertSame(f.type().params().get(0).type(), f.type().params().get(1).type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            type S struct {\\n\\ta, b int `json:"a"`\\n\\t*E\\n\\tpkg.T "tag"\\n\\tL[int]\\n} => [(Type [(TypeSpec S [] false (StructType [(StructField a (Ident int) false `json:"a"`) (StructField b (Ident int) false `json:"a"`) (StructField _ (Star (Ident E)) true _) (StructField _ (Selector (Ident pkg) T) true "tag") (StructField _ (Index (Ident L) [(Ident int)]) true _)]))])]
            var p struct{ x, y float64 }        => [(Var [(VarSpec [(Ident p)] (StructType [(StructField x (Ident float64) false _) (StructField y (Ident float64) false _)]) [])])]
            type I interface {\\n\\tM(x int) string\\n\\tfmt.Stringer\\n\\tcomparable\\n} => [(Type [(TypeSpec I [] false (InterfaceType [(InterfaceMethod M (FuncType [] [(Field x (Ident int))] [(Field _ (Ident string))]))] [(Selector (Ident fmt) Stringer) (Ident comparable)]))])]
            type E interface{}                  => [(Type [(TypeSpec E [] false (InterfaceType [] []))])]
            """)
    void structsAndInterfaces(String source, String expected) {
        assertEquals(expected, parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\0', textBlock = """
            type C chan<- int                   => (ChanType SEND (Ident int))
            type C <-chan int                   => (ChanType RECV (Ident int))
            type C chan (<-chan int)            => (ChanType BOTH (Paren (ChanType RECV (Ident int))))
            type C chan<- chan int              => (ChanType SEND (ChanType BOTH (Ident int)))
            type C chan <-chan int              => (ChanType SEND (ChanType BOTH (Ident int)))
            type C <-chan <-chan int            => (ChanType RECV (ChanType RECV (Ident int)))
            type F func(int, ...string) (bool, error) => (FuncType [] [(Field _ (Ident int)) (Field _ (Ellipsis (Ident string)))] [(Field _ (Ident bool)) (Field _ (Ident error))])
            type M map[[2]int]func() *struct{ a int } => (MapType (ArrayType (BasicLit INT 2) (Ident int)) (FuncType [] [] [(Field _ (Star (StructType [(StructField a (Ident int) false _)])))]))
            type P *[]pkg.T                     => (Star (ArrayType _ (Selector (Ident pkg) T)))
            """)
    void typeLiterals(String source, String expected) {
        Decl.Type t = (Decl.Type) decl(source);
        assertEquals(expected, Sexp.of(t.specs().getFirst().type()));
    }

    @Test
    void fileMayEndWithoutNewlineOrInAComment() {
        assertEquals(1, file("package p\nfunc f() {}").decls().size());
        assertEquals(1, file("package p\nfunc f() {} // done").decls().size());
        assertEquals(1, file("package p\nvar x = 1 /* done */").decls().size());
    }

    @Test
    void functionWithoutBody() {
        Decl.Func f = (Decl.Func) decl("func noBody(x int) int");
        assertEquals(null, f.body());
        Expr.Field result = f.type().results().getFirst();
        assertEquals("(Field _ (Ident int))", Sexp.of(result));
    }
}
