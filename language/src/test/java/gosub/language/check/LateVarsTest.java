package gosub.language.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.ast.Decl;
import gosub.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Which package-level variables a standard package leaves to be checked and initialised on first use
 * ({@link LateVars}), exported ones included, and that a program's own package leaves none.
 */
class LateVarsTest {
    private static final String SOURCE = """
                    package tables

                    const two = 2

                    type pair struct{ a, b int }

                    var squares = []int{1, two * two, 9}
                    var pairs = [...]pair{{a: 1, b: two}, {3, 4}}
                    var names = map[int]string{two: "two"}
                    var Exported = []int{1}
                    var read = []int{5}
                    var sum = total()
                    var lengths = []int{len(names)}
                    var zeroed []int

                    func total() int { return read[0] }

                    func square(i int) int { return squares[i] }
                    """;

    private static Checker check(boolean stdlib) throws Exception {
        List<CheckError> errors = new ArrayList<>();
        Checker ck = new Checker("tables.go", "tables", "tables", errors, path -> null, stdlib);
        ck.checkFile(Parser.parse("tables.go", SOURCE));
        assertEquals(List.of(), errors);
        return ck;
    }

    private static List<String> initialised(Checker ck) {
        List<String> names = new ArrayList<>();
        for (Object o : ck.pkg.varInits) {
            names.add(((Decl.VarSpec) o).names().get(0).name());
        }
        return names;
    }

    @Test
    void aStandardPackageInitialisesOnlyWhatItsInitializationReachesOrOthersSee() throws Exception {
        Checker ck = check(true);
        // names is used by lengths' initializer, read by sum's (through total): both are the package's as usual;
        // Exported is a table like the others
        assertEquals(List.of("names", "read", "sum", "lengths", "zeroed"), initialised(ck));
        VarEntity squares = (VarEntity) ck.pkg.scope.lookupLocal("squares");
        assertNull(squares.type, "squares is not checked before a function that uses it is");
        assertNull(((VarEntity) ck.pkg.scope.lookupLocal("pairs")).type);
        assertNotNull(((VarEntity) ck.pkg.scope.lookupLocal("names")).type, "lengths' initializer uses names");
        assertNull(((VarEntity) ck.pkg.scope.lookupLocal("read")).lateInit);
    }

    @Test
    void aLateTableIsCheckedWithItsFirstUserAndMarkedForTheBuilder() throws Exception {
        Checker ck = check(true);
        FuncEntity square = (FuncEntity) ck.pkg.scope.lookupLocal("square");
        ck.checkPendingBody(square);
        VarEntity squares = (VarEntity) ck.pkg.scope.lookupLocal("squares");
        assertEquals("[]int", squares.type.toString());
        assertNotNull(squares.lateInit);
        assertSame(squares, ck.pkgInfo.defs.get(squares.lateInit.names().get(0)));
        assertEquals("tables", squares.latePackage);
        assertTrue(!initialised(ck).contains("squares"), "the package's initialization is built already");
    }

    @Test
    void aProgramsPackageInitialisesEverything() throws Exception {
        Checker ck = check(false);
        assertEquals(List.of("squares", "pairs", "names", "Exported", "read", "sum", "lengths", "zeroed"), initialised(ck));
    }

    @Test
    void anExportedTableIsCheckedWhenAnotherPackageFirstSelectsIt() throws Exception {
        Checker tables = check(true);
        VarEntity exported = (VarEntity) tables.pkg.scope.lookupLocal("Exported");
        assertNull(exported.type);
        assertNotNull(exported.lateResolver);
        List<CheckError> errors = new ArrayList<>();
        Checker main = new Checker("main.go", "main", "main", errors, path -> path.equals("tables") ? tables.pkg : null, false);
        main.checkFile(Parser.parse("main.go", """
                        package main

                        import "tables"

                        func main() { println(len(tables.Exported)) }
                        """));
        assertEquals(List.of(), errors);
        assertEquals("[]int", exported.type.toString());
        assertEquals("tables", exported.latePackage, "the builder initialises it apart from its package");
    }

    /** The unicode package's source, as gosub provides it. */
    private static Checker unicode() throws Exception {
        String text = new String(LateVarsTest.class.getResourceAsStream("/gosub/stdlib/unicode.go").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
        List<CheckError> errors = new ArrayList<>();
        Checker ck = new Checker("unicode.go", "unicode", "unicode", errors, path -> null, true);
        ck.checkFile(Parser.parse("unicode.go", text));
        assertEquals(List.of(), errors);
        return ck;
    }

    @Test
    void unicodesTablesAreMadeByPureNativesAndWaitForTheirFirstUse() throws Exception {
        Checker ck = unicode();
        // a program that imports unicode (fmt does) must not make three hundred tables it never reads
        assertEquals(List.of(), initialised(ck));
        for (String name : List.of("Han", "Letter", "L", "White_Space", "Categories", "Scripts", "CaseRanges", "TurkishCase",
                        "GraphicRanges")) {
            VarEntity v = (VarEntity) ck.pkg.scope.lookupLocal(name);
            assertNull(v.type, name);
            assertNotNull(v.lateResolver, name);
        }
    }
}
