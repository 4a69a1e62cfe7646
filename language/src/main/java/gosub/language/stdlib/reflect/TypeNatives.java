package gosub.language.stdlib.reflect;

import gosub.ast.Expr;
import gosub.language.natives.Natives;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.MemorySizes;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;
import gosub.language.values.Equality;
import gosub.language.values.Iface;
import gosub.language.values.Slice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The natives behind reflect.Type's methods and the functions that make types (PointerTo, SliceOf, ...). */
final class TypeNatives {
    private TypeNatives() {
    }

    static void register(Natives n, Reflection r) {
        n.register("reflect.typeOfAny", (g, a) -> a[0] == null ? 0L : r.id(((Iface) a[0]).type));
        n.register("reflect.typeString", (g, a) -> Reflection.name(r.type(a[0])));
        n.register("reflect.typeName", (g, a) -> ByteStrings.fromJava(simpleName(r.type(a[0]))));
        n.register("reflect.typePkgPath", (g, a) -> r.type(a[0]) instanceof NamedType nt && nt.pkg != null ? ByteStrings.fromJava(nt.pkgPath != null ? nt.pkgPath : nt.pkg) : "");
        n.register("reflect.typeKind", (g, a) -> (long) Kinds.of(r.type(a[0])));
        n.register("reflect.typeSize", (g, a) -> MemorySizes.sizeOf(r.type(a[0])));
        n.register("reflect.typeAlign", (g, a) -> MemorySizes.alignOf(r.type(a[0])));
        n.register("reflect.typeBits", (g, a) -> {
            GoType t = r.type(a[0]);
            int k = Kinds.of(t);
            if (k < Kinds.INT || k > Kinds.COMPLEX128) {
                throw Reflection.panic("reflect: Bits of non-arithmetic Type " + t);
            }
            return MemorySizes.sizeOf(t) * 8;
        });
        n.register("reflect.typeComparable", (g, a) -> Equality.comparableValue(r.type(a[0])));
        n.register("reflect.typeElem", (g, a) -> {
            GoType t = r.type(a[0]);
            GoType u = t.underlying();
            GoType e = u instanceof PointerType p ? p.elem : u instanceof SliceType s ? s.elem : u instanceof ArrayType at ? at.elem
                            : u instanceof MapType m ? m.value : u instanceof ChanType c ? c.elem : null;
            if (e == null) {
                throw Reflection.panic("reflect: Elem of invalid type " + t);
            }
            return r.id(e);
        });
        n.register("reflect.typeKey", (g, a) -> {
            GoType t = r.type(a[0]);
            if (!(t.underlying() instanceof MapType m)) {
                throw Reflection.panic("reflect: Key of non-map type " + t);
            }
            return r.id(m.key);
        });
        n.register("reflect.typeLen", (g, a) -> {
            GoType t = r.type(a[0]);
            if (!(t.underlying() instanceof ArrayType at)) {
                throw Reflection.panic("reflect: Len of non-array type " + t);
            }
            return at.length;
        });
        n.register("reflect.typeChanDir", (g, a) -> {
            GoType t = r.type(a[0]);
            if (!(t.underlying() instanceof ChanType c)) {
                throw Reflection.panic("reflect: ChanDir of non-chan type " + t);
            }
            return c.dir == Expr.ChanDir.RECV ? 1L : c.dir == Expr.ChanDir.SEND ? 2L : 3L;
        });
        n.register("reflect.typeNumField", (g, a) -> (long) struct(r.type(a[0]), "NumField").fields.size());
        n.register("reflect.typeField", (g, a) -> {
            StructType st = struct(r.type(a[0]), "Field");
            long i = (Long) a[1];
            if (i < 0 || i >= st.fields.size()) {
                throw Reflection.panic("reflect: Field index out of bounds");
            }
            StructType.Field f = st.fields.get((int) i);
            String pkg = f.exported() || f.pkg() == null ? "" : ByteStrings.fromJava(f.pkg());
            return new Object[] {ByteStrings.fromJava(f.name()), pkg, r.id(f.type()), tag(f.tag()),
                MemorySizes.offsetOf(st, (int) i), f.embedded()};
        });
        n.register("reflect.typeFieldByName", (g, a) -> {
            int[] path = fieldPath(struct(r.type(a[0]), "FieldByName"), ByteStrings.toJava((String) a[1]));
            if (path == null) {
                return null;
            }
            long[] p = new long[path.length];
            for (int i = 0; i < path.length; i++) {
                p[i] = path[i];
            }
            return new Slice(p, 0, p.length, p.length);
        });
        n.register("reflect.typeNumIn", (g, a) -> (long) func(r.type(a[0]), "NumIn").params.size());
        n.register("reflect.typeNumOut", (g, a) -> (long) func(r.type(a[0]), "NumOut").results.size());
        n.register("reflect.typeIsVariadic", (g, a) -> func(r.type(a[0]), "IsVariadic").variadic);
        n.register("reflect.typeIn", (g, a) -> r.id(func(r.type(a[0]), "In").params.get(index(a[1], func(r.type(a[0]), "In").params.size()))));
        n.register("reflect.typeOut", (g, a) -> r.id(func(r.type(a[0]), "Out").results.get(index(a[1], func(r.type(a[0]), "Out").results.size()))));
        n.register("reflect.typeNumMethod", (g, a) -> (long) r.methods(r.type(a[0])).size());
        n.register("reflect.typeMethod", (g, a) -> {
            GoType t = r.type(a[0]);
            List<Reflection.MethodEntry> ms = r.methods(t);
            long i = (Long) a[1];
            if (i < 0 || i >= ms.size()) {
                throw Reflection.panic("reflect: Method index out of range");
            }
            Reflection.MethodEntry m = ms.get((int) i);
            boolean concrete = !(t.underlying() instanceof InterfaceType);
            GoType sig = concrete ? withReceiver(t, m.sig()) : m.sig();
            return new Object[] {ByteStrings.fromJava(m.name()), "", r.id(sig), concrete};
        });
        n.register("reflect.typeMethodIndex", (g, a) -> (long) r.methodIndex(r.type(a[0]), ByteStrings.toJava((String) a[1])));
        n.register("reflect.typeRelation", (g, a) -> {
            GoType t = r.type(a[0]);
            GoType u = r.type(a[1]);
            long rel = (Long) a[2];
            return rel == 2 ? Assignments.convertible(r.context.methods, t, u) : Assignments.assignable(r.context.methods, t, u);
        });
        n.register("reflect.typePointerTo", (g, a) -> r.id(Types.pointer(r.type(a[0]))));
        n.register("reflect.typeSliceOf", (g, a) -> r.id(Types.slice(r.type(a[0]))));
        n.register("reflect.typeMapOf", (g, a) -> r.id(Types.map(r.type(a[0]), r.type(a[1]))));
        n.register("reflect.typeChanOf", (g, a) -> {
            long dir = (Long) a[0];
            return r.id(Types.chan(dir == 1 ? Expr.ChanDir.RECV : dir == 2 ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH, r.type(a[1])));
        });
        n.register("reflect.typeArrayOf", (g, a) -> r.id(Types.array(r.type(a[1]), (Long) a[0])));
        n.register("reflect.typeFuncOf", (g, a) -> r.id(Types.func(types(r, (Slice) a[0]), types(r, (Slice) a[1]), (Boolean) a[2])));
    }

    private static List<GoType> types(Reflection r, Slice ids) {
        List<GoType> out = new ArrayList<>();
        if (ids != null) {
            long[] arr = (long[]) ids.array;
            for (int i = 0; i < ids.len; i++) {
                out.add(r.type(arr[ids.offset + i]));
            }
        }
        return out;
    }

    private static int index(Object i, int size) {
        long n = (Long) i;
        if (n < 0 || n >= size) {
            throw gosub.language.runtime.RuntimeErrors.indexOutOfRange(n, size);
        }
        return (int) n;
    }

    /** A method expression's type: the receiver first, then the method's parameters. */
    static FuncType withReceiver(GoType receiver, FuncType sig) {
        List<GoType> params = new ArrayList<>();
        params.add(receiver);
        params.addAll(sig.params);
        return Types.func(params, sig.results, sig.variadic);
    }

    /** The type's own name: a defined type's (with its type arguments), a predeclared type's, else "". */
    private static String simpleName(GoType t) {
        if (t instanceof NamedType nt) {
            String s = nt.toString();
            return nt.pkg != null && !nt.pkg.isEmpty() ? s.substring(nt.pkg.length() + 1) : s;
        }
        if (t instanceof BasicType b) {
            return b.toString();
        }
        return "";
    }

    /** A field's tag for StructField.Tag: the struct type keeps the literal's value, null for none. */
    static String tag(String value) {
        return value == null ? "" : value;
    }

    private static StructType struct(GoType t, String method) {
        if (!(t.underlying() instanceof StructType st)) {
            throw Reflection.panic("reflect: " + method + " of non-struct type " + t);
        }
        return st;
    }

    private static FuncType func(GoType t, String method) {
        if (!(t.underlying() instanceof FuncType f)) {
            throw Reflection.panic("reflect: " + method + " of non-func type " + t);
        }
        return f;
    }

    /**
     * The index path of the field NAME in st, as Go's selector finds it: the shallowest depth with exactly one field
     * of that name, through embedded structs and pointers to them; null when there is none or two at that depth.
     */
    static int[] fieldPath(StructType st, String name) {
        record Level(StructType type, int[] path) {
        }
        List<Level> current = List.of(new Level(st, new int[0]));
        Set<StructType> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Level> next = new ArrayList<>();
            int[] found = null;
            int count = 0;
            for (Level l : current) {
                if (!seen.add(l.type())) {
                    continue;
                }
                for (int i = 0; i < l.type().fields.size(); i++) {
                    StructType.Field f = l.type().fields.get(i);
                    int[] path = java.util.Arrays.copyOf(l.path(), l.path().length + 1);
                    path[l.path().length] = i;
                    if (f.name().equals(name)) {
                        count++;
                        found = path;
                        continue;
                    }
                    if (f.embedded()) {
                        GoType ft = f.type();
                        if (ft.underlying() instanceof PointerType p) {
                            ft = p.elem;
                        }
                        if (ft.underlying() instanceof StructType inner) {
                            next.add(new Level(inner, path));
                        }
                    }
                }
            }
            if (count == 1) {
                return found;
            }
            if (count > 1) {
                return null;
            }
            current = next;
        }
        return null;
    }
}
