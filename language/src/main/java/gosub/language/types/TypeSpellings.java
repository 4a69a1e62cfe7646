package gosub.language.types;

import gosub.ast.Expr.ChanDir;

import java.util.ArrayList;
import java.util.List;

/**
 * Types as a declaration wrote them, for compile errors only. Go's compiler keeps {@code byte} and {@code rune} apart
 * from {@code uint8} and {@code int32} in what it prints (though they are the same types), and prints the names of a
 * function's parameters and results. Interned types cannot carry either, since one object stands for every spelling
 * of a type; so a spelling is a separate, uninterned object with the same shape, which the checker keeps beside the
 * interned type and prints in its messages.
 *
 * <p>A spelling must never be compared, looked up or handed to the run time: {@link #canonical} gives the interned
 * type it stands for, and the checker prints a spelling only after checking that it still stands for the type of
 * the thing it describes.
 */
public final class TypeSpellings {
    private TypeSpellings() {
    }

    /** byte as written: uint8's kind under its alias's name. */
    public static final BasicType BYTE = new BasicType(Kind.UINT8, "byte");
    /** rune as written: int32's kind under its alias's name. */
    public static final BasicType RUNE = new BasicType(Kind.INT32, "rune");

    public static GoType pointer(GoType elem) {
        return new PointerType(elem);
    }

    public static GoType slice(GoType elem) {
        return new SliceType(elem);
    }

    public static GoType array(GoType elem, long length) {
        return new ArrayType(elem, length);
    }

    public static GoType map(GoType key, GoType value) {
        return new MapType(key, value);
    }

    public static GoType chan(ChanDir dir, GoType elem) {
        return new ChanType(dir, elem);
    }

    /** A signature with its parameters' and results' names (either list null when the declaration names none). */
    public static FuncType func(List<GoType> params, List<String> paramNames, List<GoType> results, List<String> resultNames,
                    boolean variadic) {
        return new FuncType(params, paramNames, results, resultNames, variadic);
    }

    /** The same struct with other spellings of its field types; the layout is the interned type's. */
    public static GoType struct(StructType interned, List<GoType> fieldTypes) {
        List<StructType.Field> fields = new ArrayList<>();
        for (int i = 0; i < interned.fields.size(); i++) {
            StructType.Field f = interned.fields.get(i);
            fields.add(new StructType.Field(f.name(), fieldTypes.get(i), f.embedded(), f.tag(), f.primitive(), f.slot(), f.pkg()));
        }
        return new StructType(fields, interned.primCount, interned.refCount);
    }

    /** The interned type a spelling stands for (an interned type stands for itself). */
    public static GoType canonical(GoType t) {
        if (t == BYTE) {
            return Types.UINT8;
        }
        if (t == RUNE) {
            return Types.INT32;
        }
        if (t == null || t.internKey != null || t instanceof BasicType || t instanceof NamedType || t instanceof TypeParamType
                        || t instanceof InterfaceType) {
            return t;
        }
        return switch (t) {
            case PointerType p -> Types.pointer(canonical(p.elem));
            case SliceType s -> Types.slice(canonical(s.elem));
            case ArrayType a -> Types.array(canonical(a.elem), a.length);
            case MapType m -> Types.map(canonical(m.key), canonical(m.value));
            case ChanType c -> Types.chan(c.dir, canonical(c.elem));
            case FuncType f -> Types.func(canonicals(f.params), canonicals(f.results), f.variadic);
            case TupleType tt -> Types.tuple(canonicals(tt.types));
            case StructType st -> {
                List<String> names = new ArrayList<>();
                List<GoType> types = new ArrayList<>();
                List<Boolean> embedded = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                String pkg = null;
                for (StructType.Field f : st.fields) {
                    names.add(f.name());
                    types.add(canonical(f.type()));
                    embedded.add(f.embedded());
                    tags.add(f.tag());
                    pkg = f.pkg();
                }
                yield Types.struct(names, types, embedded, tags, pkg);
            }
            default -> t;
        };
    }

    private static List<GoType> canonicals(List<GoType> types) {
        List<GoType> out = new ArrayList<>(types.size());
        for (GoType t : types) {
            out.add(canonical(t));
        }
        return out;
    }
}
