package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.methods.MethodTable;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.Types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exported methods a value of a dynamic type can be called with from another language: Go's method set of the
 * type (a pointer method belongs to *T only; methods promoted from embedded fields count), by name. Package
 * reflect lists a type's methods from it too.
 */
public final class MethodSets {
    private MethodSets() {
    }

    @TruffleBoundary
    public static Map<String, FuncType> exported(MethodTable table, GoType t) {
        Map<String, FuncType> candidates = new LinkedHashMap<>();
        boolean viaPointer = t instanceof PointerType;
        collect(viaPointer ? ((PointerType) t).elem : t, candidates, 0);
        Map<String, FuncType> out = new LinkedHashMap<>();
        for (Map.Entry<String, FuncType> e : candidates.entrySet()) {
            InterfaceType one = Types.iface(List.of(new InterfaceType.Method(e.getKey(), e.getValue())), List.of(), false);
            if (table.implementsIface(t, one)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Every exported method name reachable from t through embedded fields, shallowest first. */
    private static void collect(GoType t, Map<String, FuncType> into, int depth) {
        if (depth > 8) {
            return;
        }
        if (t instanceof PointerType p) {
            t = p.elem;
        }
        if (t instanceof NamedType n) {
            for (NamedType.Method m : n.methods) {
                if (isExported(m.name)) {
                    into.putIfAbsent(m.name, m.sig);
                }
            }
        }
        if (t.underlying() instanceof StructType st) {
            for (StructType.Field f : st.fields) {
                if (f.embedded()) {
                    collect(f.type(), into, depth + 1);
                }
            }
        }
        if (t.underlying() instanceof InterfaceType it) {
            for (InterfaceType.Method m : it.methods) {
                if (isExported(m.name())) {
                    into.putIfAbsent(m.name(), m.sig());
                }
            }
        }
    }

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }
}
