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
 * ({@link LateVars}), and that a program's own package leaves none.
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
        // names is used by lengths' initializer, read by sum's (through total): both are the package's as usual
        assertEquals(List.of("names", "Exported", "read", "sum", "lengths", "zeroed"), initialised(ck));
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
}
