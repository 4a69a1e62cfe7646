package gosub.language.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A spelling prints as the source wrote the type but stands for exactly one interned type: byte and uint8 stay one
 * type for identity, only compile errors tell them apart.
 */
class TypeSpellingsTest {

    @Test
    void byteAndRuneStandForUint8AndInt32() {
        assertEquals("byte", TypeSpellings.BYTE.toString());
        assertEquals("rune", TypeSpellings.RUNE.toString());
        assertSame(Types.UINT8, TypeSpellings.canonical(TypeSpellings.BYTE));
        assertSame(Types.INT32, TypeSpellings.canonical(TypeSpellings.RUNE));
        assertSame(Types.BYTE, Types.UINT8); // the alias is still the same type
    }

    @Test
    void compositeSpellingsAreNotInternedButMapToTheInternedType() {
        GoType spelled = TypeSpellings.map(TypeSpellings.RUNE, TypeSpellings.slice(TypeSpellings.BYTE));
        assertEquals("map[rune][]byte", spelled.toString());
        GoType interned = Types.map(Types.INT32, Types.slice(Types.UINT8));
        assertNotSame(interned, spelled);
        assertSame(interned, TypeSpellings.canonical(spelled));
        assertEquals("map[int32][]uint8", interned.toString());
    }

    @Test
    void signatureSpellingsPrintNamesThatIdentityIgnores() {
        FuncType spelled = TypeSpellings.func(List.of(Types.INT, TypeSpellings.slice(TypeSpellings.BYTE)), List.of("n", "xs"),
                        List.of(Types.INT, ERROR), List.of("count", "err"), true);
        assertEquals("func(n int, xs ...byte) (count int, err error)", spelled.toString());
        FuncType interned = Types.func(List.of(Types.INT, Types.slice(Types.UINT8)), List.of(Types.INT, ERROR), true);
        assertSame(interned, TypeSpellings.canonical(spelled));
        assertEquals("func(int, ...uint8) (int, error)", interned.toString());
    }

    @Test
    void aNamedSingleResultKeepsItsParenthesesAndAnUnnamedParameterNoName() {
        FuncType spelled = TypeSpellings.func(List.of(Types.STRING, Types.INT), Arrays.asList("t", null), List.of(TypeSpellings.BYTE),
                        List.of("z"), false);
        assertEquals("func(t string, int) (z byte)", spelled.toString());
    }

    /** Any named type serves as a result here; error's own declaration lives in the checker. */
    private static final GoType ERROR = new NamedType(null, "error", null);
}
