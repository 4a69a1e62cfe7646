package gosub.language.stdlib.errors;

import gosub.language.methods.MethodTable;
import gosub.language.types.ArrayType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;

/**
 * What reflect tells Go's errors package about types: comparability and assignability. Method sets are the
 * program's {@link MethodTable}'s, the same that type assertions use.
 */
public final class TypeOps {
    private TypeOps() {
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

    /** reflect's AssignableTo: may a value of dynamic type v be assigned to a variable of type t? */
    public static boolean assignable(MethodTable methods, GoType v, GoType t) {
        if (v == t) {
            return true;
        }
        if (t.underlying() instanceof InterfaceType it) {
            return methods.implementsIface(v, it);
        }
        return v.underlying() == t.underlying() && (!(v instanceof NamedType) || !(t instanceof NamedType));
    }
}
