package gosub.language.check;

import gosub.ast.Pos;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.Types;

import java.util.List;

/** The universe scope: predeclared types, constants, nil and the built-in functions. */
public final class Universe {
    private Universe() {
    }

    public static final Scope SCOPE = new Scope(null);
    /** The predeclared {@code error} interface type. */
    public static final NamedType ERROR = new NamedType("", "error", null);
    /** Go 1.18's {@code any}, an alias for interface{}. */
    public static final GoType ANY = Types.EMPTY_INTERFACE;

    static {
        FuncType errorSig = Types.func(List.of(), List.of(Types.STRING), false);
        ERROR.setUnderlying(Types.iface(List.of(new InterfaceType.Method("Error", errorSig)), List.of(), false));
        for (GoType t : List.of(Types.BOOL, Types.INT, Types.INT8, Types.INT16, Types.INT32, Types.INT64, Types.UINT, Types.UINT8,
                        Types.UINT16, Types.UINT32, Types.UINT64, Types.UINTPTR, Types.FLOAT32, Types.FLOAT64, Types.COMPLEX64, Types.COMPLEX128, Types.STRING)) {
            SCOPE.declare(new TypeEntity(t.toString(), Pos.NONE, t, null, SCOPE));
        }
        SCOPE.declare(new TypeEntity("byte", Pos.NONE, Types.BYTE, null, SCOPE));
        SCOPE.declare(new TypeEntity("rune", Pos.NONE, Types.RUNE, null, SCOPE));
        SCOPE.declare(new TypeEntity("error", Pos.NONE, ERROR, null, SCOPE));
        SCOPE.declare(new TypeEntity("any", Pos.NONE, ANY, null, SCOPE));
        SCOPE.declare(new TypeEntity("comparable", Pos.NONE, Types.COMPARABLE, null, SCOPE));
        SCOPE.declare(new ConstEntity("true", Pos.NONE, Types.UNTYPED_BOOL, ConstValue.of(true)));
        SCOPE.declare(new ConstEntity("false", Pos.NONE, Types.UNTYPED_BOOL, ConstValue.of(false)));
        SCOPE.declare(new ConstEntity("iota", Pos.NONE, Types.UNTYPED_INT, null));
        SCOPE.declare(new NilEntity());
        for (String b : List.of("append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min",
                        "new", "panic", "print", "println", "real", "recover")) {
            SCOPE.declare(new BuiltinEntity(b));
        }
    }
}
