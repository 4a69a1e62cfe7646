package gosub.language.types;

import gosub.ast.Expr.ChanDir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.lang.ref.WeakReference;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * The predeclared types and the interning factory for composite types. Components are compared by identity, and
 * since every component is itself interned (or a unique named type), identical types get the same object.
 */
public final class Types {
    private Types() {
    }

    private static final Map<Kind, BasicType> BASIC = new java.util.EnumMap<>(Kind.class);

    static {
        for (Kind k : Kind.values()) {
            BASIC.put(k, new BasicType(k, k.goName));
        }
    }

    public static final BasicType BOOL = basic(Kind.BOOL);
    public static final BasicType INT = basic(Kind.INT);
    public static final BasicType INT8 = basic(Kind.INT8);
    public static final BasicType INT16 = basic(Kind.INT16);
    public static final BasicType INT32 = basic(Kind.INT32);
    public static final BasicType INT64 = basic(Kind.INT64);
    public static final BasicType UINT = basic(Kind.UINT);
    public static final BasicType UINT8 = basic(Kind.UINT8);
    public static final BasicType UINT16 = basic(Kind.UINT16);
    public static final BasicType UINT32 = basic(Kind.UINT32);
    public static final BasicType UINT64 = basic(Kind.UINT64);
    public static final BasicType UINTPTR = basic(Kind.UINTPTR);
    public static final BasicType FLOAT32 = basic(Kind.FLOAT32);
    public static final BasicType FLOAT64 = basic(Kind.FLOAT64);
    public static final BasicType COMPLEX64 = basic(Kind.COMPLEX64);
    public static final BasicType COMPLEX128 = basic(Kind.COMPLEX128);
    public static final BasicType STRING = basic(Kind.STRING);
    /** The type of what failed to check; never seen by the node builder, since a program with errors is not run. */
    public static final BasicType INVALID = basic(Kind.INVALID);
    public static final BasicType UNTYPED_BOOL = basic(Kind.UNTYPED_BOOL);
    public static final BasicType UNTYPED_INT = basic(Kind.UNTYPED_INT);
    public static final BasicType UNTYPED_RUNE = basic(Kind.UNTYPED_RUNE);
    public static final BasicType UNTYPED_FLOAT = basic(Kind.UNTYPED_FLOAT);
    public static final BasicType UNTYPED_COMPLEX = basic(Kind.UNTYPED_COMPLEX);
    public static final BasicType UNTYPED_STRING = basic(Kind.UNTYPED_STRING);
    public static final BasicType UNTYPED_NIL = basic(Kind.UNTYPED_NIL);
    /** byte and rune are aliases: the same objects as uint8 and int32 (compile errors name them apart: TypeSpellings). */
    public static final BasicType BYTE = UINT8;
    public static final BasicType RUNE = INT32;

    public static final InterfaceType EMPTY_INTERFACE = new InterfaceType(List.of(), List.of(), false);
    public static final InterfaceType COMPARABLE = new InterfaceType(List.of(), List.of(), true);

    public static BasicType basic(Kind k) {
        return BASIC.get(k);
    }

    private record Key(String kind, Object a, Object b, Object c) {
    }

    /**
     * The canonical composite types, shared by every context of the JVM (the fmt engine and the run-time errors keep
     * some as constants, compared by identity). It holds no run's state beyond the run: an entry's key is kept alive
     * by its type alone (GoType.internKey) and the value is weak, so a type built from a finished program's named
     * types goes away with that program.
     */
    private static final Map<Key, WeakReference<GoType>> INTERNED = new WeakHashMap<>();

    @SuppressWarnings("unchecked")
    private static synchronized <T extends GoType> T intern(Key key, Function<Key, T> make) {
        WeakReference<GoType> ref = INTERNED.get(key);
        GoType t = ref == null ? null : ref.get();
        if (t == null) {
            t = make.apply(key);
            t.internKey = key;
            INTERNED.put(key, new WeakReference<>(t));
        }
        return (T) t;
    }

    public static PointerType pointer(GoType elem) {
        return (PointerType) intern(new Key("ptr", elem, null, null), k -> new PointerType(elem));
    }

    public static SliceType slice(GoType elem) {
        return (SliceType) intern(new Key("slice", elem, null, null), k -> new SliceType(elem));
    }

    public static ArrayType array(GoType elem, long len) {
        return (ArrayType) intern(new Key("array", elem, len, null), k -> new ArrayType(elem, len));
    }

    public static MapType map(GoType key, GoType value) {
        return (MapType) intern(new Key("map", key, value, null), k -> new MapType(key, value));
    }

    public static ChanType chan(ChanDir dir, GoType elem) {
        return (ChanType) intern(new Key("chan", dir, elem, null), k -> new ChanType(dir, elem));
    }

    private record IdList(List<?> items) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof IdList other) || other.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                Object x = items.get(i);
                Object y = other.items.get(i);
                if (x instanceof GoType ? x != y : !java.util.Objects.equals(x, y)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (Object x : items) {
                h = h * 31 + (x instanceof GoType ? System.identityHashCode(x) : java.util.Objects.hashCode(x));
            }
            return h;
        }
    }

    public static TupleType tuple(List<GoType> types) {
        return (TupleType) intern(new Key("tuple", new IdList(types), null, null), k -> new TupleType(types));
    }

    public static FuncType func(List<GoType> params, List<GoType> results, boolean variadic) {
        return (FuncType) intern(new Key("func", new IdList(params), new IdList(results), variadic),
                        k -> new FuncType(params, results, variadic));
    }

    /**
     * A struct type from (name, type, embedded, tag, pkg) field descriptions; computes the value layout. The package
     * is part of the type's identity only when a field name is unexported (Go's rule: such names from different
     * packages always differ), so {@code struct{}} or {@code struct{ X int }} is one type in every package.
     */
    public static StructType struct(List<String> names, List<GoType> types, List<Boolean> embedded, List<String> tags, String pkg) {
        List<Object> key = new ArrayList<>();
        boolean unexported = false;
        for (int i = 0; i < names.size(); i++) {
            key.add(names.get(i));
            key.add(types.get(i));
            key.add(embedded.get(i));
            key.add(tags.get(i));
            unexported |= !isExported(names.get(i));
        }
        key.add(unexported ? pkg : null);
        return (StructType) intern(new Key("struct", new IdList(key), null, null), k -> {
            List<StructType.Field> fields = new ArrayList<>();
            int prims = 0;
            int refs = 0;
            for (int i = 0; i < names.size(); i++) {
                boolean prim = types.get(i).rep() != GoType.Rep.OBJECT;
                fields.add(new StructType.Field(names.get(i), types.get(i), embedded.get(i), tags.get(i), prim, prim ? prims++ : refs++, pkg));
            }
            return new StructType(fields, prims, refs);
        });
    }

    private static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    public static InterfaceType iface(List<InterfaceType.Method> methods, List<InterfaceType.Term> terms, boolean comparable) {
        if (methods.isEmpty() && terms.isEmpty()) {
            return comparable ? COMPARABLE : EMPTY_INTERFACE;
        }
        List<Object> key = new ArrayList<>();
        for (InterfaceType.Method m : methods) {
            key.add(m.name());
            key.add(m.sig());
        }
        key.add("|");
        for (InterfaceType.Term t : terms) {
            key.add(t.tilde());
            key.add(t.type());
        }
        key.add(comparable);
        return (InterfaceType) intern(new Key("iface", new IdList(key), null, null),
                        k -> new InterfaceType(methods, terms, comparable));
    }

    /**
     * Whether a and b are identical but for their struct tags (what conversions between struct types allow): types
     * are interned, so only struct types that differ in a tag can be identical without being the same object.
     */
    public static boolean identicalIgnoringTags(GoType a, GoType b) {
        if (a == b) {
            return true;
        }
        if (a instanceof StructType sa && b instanceof StructType sb && sa.fields.size() == sb.fields.size()) {
            for (int i = 0; i < sa.fields.size(); i++) {
                StructType.Field fa = sa.fields.get(i);
                StructType.Field fb = sb.fields.get(i);
                if (!fa.name().equals(fb.name()) || fa.type() != fb.type() || fa.embedded() != fb.embedded()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
