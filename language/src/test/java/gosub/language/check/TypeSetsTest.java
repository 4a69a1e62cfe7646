package gosub.language.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.language.types.GoType;
import gosub.language.types.InterfaceType.Term;
import gosub.language.types.NamedType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Type sets as satisfaction sees them ({@link TypeSets}): which terms hold which types, when one set lies inside
 * another, and when a type argument is comparable enough for comparable.
 */
class TypeSetsTest {
    private static final NamedType MY_INT = named("MyInt", Types.INT);

    private static NamedType named(String name, GoType underlying) {
        NamedType t = new NamedType("main", name, List.of());
        t.setUnderlying(underlying);
        return t;
    }

    private static GoType union(Term... terms) {
        return Types.iface(List.of(), List.of(terms), false);
    }

    private static TypeParamType param(String name, GoType constraint) {
        TypeParamType p = new TypeParamType(name, 0);
        p.bindConstraint(constraint);
        return p;
    }

    @Test
    void aTildeTermHoldsEveryTypeOfItsUnderlyingType() {
        assertTrue(TypeSets.includes(new Term(true, Types.INT), MY_INT));
        assertTrue(TypeSets.includes(new Term(true, Types.INT), Types.INT));
        assertFalse(TypeSets.includes(new Term(false, Types.INT), MY_INT));
        assertTrue(TypeSets.covers(new Term(true, Types.INT), new Term(false, MY_INT)));
        assertFalse(TypeSets.covers(new Term(false, Types.INT), new Term(true, Types.INT)));
    }

    @Test
    void aTypeParameterFitsWhenItsTermsLieInside() {
        GoType ordered = union(new Term(true, Types.INT), new Term(true, Types.STRING));
        GoType intsOnly = union(new Term(true, Types.INT));
        GoType intOrFloat = union(new Term(true, Types.INT), new Term(true, Types.FLOAT64));
        assertTrue(TypeSets.subset(TypeSets.terms(param("K", intsOnly)), TypeSets.terms(ordered)));
        assertTrue(TypeSets.subset(TypeSets.terms(param("K", ordered)), TypeSets.terms(ordered)));
        assertFalse(TypeSets.subset(TypeSets.terms(param("K", intOrFloat)), TypeSets.terms(ordered)));
        // any: the set of all types, inside no union
        assertNull(TypeSets.terms(param("K", Types.EMPTY_INTERFACE)));
        assertFalse(TypeSets.subset(TypeSets.terms(param("K", Types.EMPTY_INTERFACE)), TypeSets.terms(ordered)));
        assertTrue(TypeSets.subset(TypeSets.terms(ordered), null));
    }

    @Test
    void aUnionOfInterfacesHoldsTheirTypes() {
        NamedType signed = named("Signed", union(new Term(true, Types.INT), new Term(true, Types.INT64)));
        NamedType unsigned = named("Unsigned", union(new Term(true, Types.UINT)));
        List<Term> both = TypeSets.terms(union(new Term(false, signed), new Term(false, unsigned)));
        assertEquals(3, both.size());
        assertTrue(TypeSets.subset(List.of(new Term(false, Types.UINT)), both));
    }

    @Test
    void comparableNeedsAComparableTypeSet() {
        assertTrue(TypeSets.strictlyComparable(Types.INT));
        assertFalse(TypeSets.strictlyComparable(Types.EMPTY_INTERFACE));
        assertFalse(TypeSets.strictlyComparable(param("T", Types.EMPTY_INTERFACE)));
        assertTrue(TypeSets.strictlyComparable(param("T", Types.COMPARABLE)));
        assertTrue(TypeSets.strictlyComparable(param("T", union(new Term(false, Types.INT), new Term(true, Types.STRING)))));
        assertFalse(TypeSets.strictlyComparable(param("T", union(new Term(false, Types.INT), new Term(false, Types.slice(Types.INT))))));
    }

    @Test
    void aTypeParameterAllowsWhatEveryTypeOfItsSetAllows() {
        GoType numbers = union(new Term(true, Types.INT), new Term(false, Types.FLOAT64));
        GoType mixed = union(new Term(true, Types.INT), new Term(true, Types.STRING));
        assertTrue(param("T", numbers).isNumeric());
        assertFalse(param("T", numbers).isInteger());
        assertFalse(param("T", mixed).isNumeric());
        assertTrue(TypeSets.all(param("T", mixed), t -> t.isNumeric() || t.isString()));
        // any lists no types: nothing particular is allowed, not even what every type of some set would allow
        assertFalse(param("T", Types.EMPTY_INTERFACE).isNumeric());
        assertTrue(TypeSets.unrestricted(param("T", Types.EMPTY_INTERFACE)));
        assertFalse(TypeSets.unrestricted(param("T", mixed)));
    }

    @Test
    void aCoreTypeIsTheUnderlyingTypeAllTypesShare() {
        GoType slices = union(new Term(true, Types.slice(Types.INT)), new Term(false, named("Ints", Types.slice(Types.INT))));
        assertEquals(Types.slice(Types.INT), TypeSets.coreType(param("S", slices)));
        assertNull(TypeSets.coreType(param("T", union(new Term(true, Types.INT), new Term(true, Types.STRING)))));
        assertNull(TypeSets.coreType(param("T", Types.EMPTY_INTERFACE)));
        // channels of one element type: the directed one, unless the directions contradict
        GoType recv = Types.chan(gosub.ast.Expr.ChanDir.RECV, Types.INT);
        GoType both = Types.chan(gosub.ast.Expr.ChanDir.BOTH, Types.INT);
        GoType send = Types.chan(gosub.ast.Expr.ChanDir.SEND, Types.INT);
        assertEquals(recv, TypeSets.coreType(param("C", union(new Term(false, both), new Term(false, recv)))));
        assertNull(TypeSets.coreType(param("C", union(new Term(false, send), new Term(false, recv)))));
        assertEquals(MY_INT.underlying(), TypeSets.coreType(MY_INT));
    }
}
