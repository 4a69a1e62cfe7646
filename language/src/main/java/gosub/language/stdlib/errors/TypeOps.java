package gosub.language.stdlib.errors;

import gosub.language.types.ArrayType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;

import java.util.ArrayList;
import java.util.List;

/** What reflect tells Go's errors package about types: method sets, comparability, assignability. */
public final class TypeOps {
    private TypeOps() {
    }

    private record Found(NamedType.Method method, boolean viaPointerField) {
    }

    /** Breadth-first search for a method through embedded fields (like the checker's lookup). */
    private static Found find(GoType t, String name, int depth, boolean viaPointer) {
        if (depth > 8) {
            return null;
        }
        if (t instanceof NamedType nt) {
            NamedType.Method m = nt.method(name);
            if (m != null) {
                return new Found(m, viaPointer);
            }
        }
        List<Object[]> next = new ArrayList<>();
        if (t.underlying() instanceof StructType st) {
            for (StructType.Field f : st.fields) {
                if (f.embedded()) {
                    boolean ptr = f.type() instanceof PointerType;
                    GoType ft = ptr ? ((PointerType) f.type()).elem : f.type();
                    if (ft.underlying() instanceof InterfaceType it) {
                        InterfaceType.Method im = it.method(name);
                        if (im != null) {
                            return new Found(new NamedType.Method(name, im.sig(), false, null), true);
                        }
                        continue;
                    }
                    next.add(new Object[] {ft, ptr});
                }
            }
        }
        for (Object[] n : next) {
            Found r = find((GoType) n[0], name, depth + 1, viaPointer || (Boolean) n[1]);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Does a value of dynamic (concrete) type t satisfy interface it? */
    public static boolean implementsIface(GoType t, InterfaceType it) {
        if (t.underlying() instanceof InterfaceType self) {
            for (InterfaceType.Method im : it.methods) {
                InterfaceType.Method m = self.method(im.name());
                if (m == null || m.sig() != im.sig()) {
                    return false;
                }
            }
            return true;
        }
        boolean isPtr = t instanceof PointerType;
        GoType base = isPtr ? ((PointerType) t).elem : t;
        for (InterfaceType.Method im : it.methods) {
            Found f = find(base, im.name(), 0, false);
            if (f == null || f.method.sig != im.sig()) {
                return false;
            }
            if (f.method.pointerReceiver && !isPtr && !f.viaPointerField) {
                return false;
            }
        }
        return true;
    }

    /** Go's comparability of a type (what == on interface values needs to not panic). */
    public static boolean comparable(GoType t) {
        GoType u = t.underlying();
        if (u instanceof SliceType || u instanceof MapType || u instanceof FuncType) {
            return false;
        }
        if (u instanceof ArrayType at) {
            return comparable(at.elem);
        }
        if (u instanceof StructType st) {
            for (StructType.Field f : st.fields) {
                if (!comparable(f.type())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** reflect's AssignableTo: may a value of type v be assigned to a variable of type t? */
    public static boolean assignable(GoType v, GoType t) {
        if (v == t) {
            return true;
        }
        if (t.underlying() instanceof InterfaceType it) {
            return implementsIface(v, it);
        }
        return v.underlying() == t.underlying() && (!(v instanceof NamedType) || !(t instanceof NamedType));
    }
}
