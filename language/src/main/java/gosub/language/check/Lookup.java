package gosub.language.check;

import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finding fields and methods by name with Go's embedding rules (the shallowest depth wins, two at the same depth are
 * ambiguous), and the method a type lacks to implement an interface. Pure functions of the types.
 */
final class Lookup {
    private Lookup() {
    }

    /** The result of looking up a field or method by name. */
    record Found(StructType.Field field, GoType fieldOwner, NamedType.Method method, GoType methodOwner,
                  InterfaceType.Method ifaceMethod, List<Selection.Step> path, boolean ambiguous, boolean recvIsPointer) {
    }

    /** Field or method lookup with Go's embedding depth rules (shallowest wins; two at the same depth is ambiguous). */
    static Found lookupFieldOrMethod(GoType t, String name) {
        boolean isPtr = false;
        if (t instanceof PointerType p && !(t instanceof NamedType)) {
            t = p.elem;
            isPtr = true;
        } else if (t.underlying() instanceof PointerType p && t instanceof NamedType) {
            // a named pointer type has no methods, but the fields of what it points to are its selectors
            Found f = lookupFieldOrMethod(p, name);
            return f == null || f.ambiguous() || f.field() != null ? f : null;
        }
        record Entry(GoType type, List<Selection.Step> path, boolean ptr) {
        }
        List<Entry> level = List.of(new Entry(t, List.of(), isPtr));
        Set<GoType> seen = new HashSet<>();
        while (!level.isEmpty()) {
            Found found = null;
            int count = 0;
            List<Entry> next = new ArrayList<>();
            for (Entry en : level) {
                GoType et = en.type;
                if (!seen.add(et)) {
                    continue;
                }
                if (et instanceof NamedType nt) {
                    NamedType.Method m = nt.method(name);
                    if (m != null) {
                        count++;
                        found = new Found(null, null, m, nt, null, en.path, false, en.ptr);
                        continue;
                    }
                }
                GoType u = et.underlying();
                if (u instanceof InterfaceType it) {
                    InterfaceType.Method m = it.method(name);
                    if (m != null) {
                        count++;
                        found = new Found(null, null, null, et, m, en.path, false, en.ptr);
                    }
                    continue;
                }
                if (u instanceof StructType st) {
                    for (StructType.Field f : st.fields) {
                        if (f.name().equals(name)) {
                            count++;
                            found = new Found(f, et, null, null, null, en.path, false, en.ptr);
                        }
                        if (f.embedded()) {
                            GoType ft = f.type();
                            boolean ptr = false;
                            if (ft instanceof PointerType fp) {
                                ft = fp.elem;
                                ptr = true;
                            }
                            List<Selection.Step> path = new ArrayList<>(en.path);
                            path.add(new Selection.Step(f.name(), et, en.ptr));
                            next.add(new Entry(ft, path, ptr));
                        }
                    }
                }
            }
            if (count > 1) {
                return new Found(null, null, null, null, null, null, true, false);
            }
            if (found != null) {
                return found;
            }
            level = next;
        }
        return null;
    }

    /**
     * Why t does not implement it, in Go 1.19's compiler words and parentheses ("(missing M method)", "(M method has
     * pointer receiver)", "(wrong type for M method)" with have/want lines), or null when t implements it.
     */
    static String missingMethod(GoType t, InterfaceType it) {
        // a type parameter has the methods its constraint lists
        GoType own = t instanceof TypeParamType tp && tp.constraint() != null ? tp.constraint() : t;
        for (InterfaceType.Method m : it.methods) {
            FuncType have;
            if (own.underlying() instanceof InterfaceType ti) {
                InterfaceType.Method tm = ti.method(m.name());
                have = tm == null ? null : tm.sig();
            } else {
                Found lk = lookupFieldOrMethod(t, m.name());
                if (lk == null || lk.ambiguous() || lk.ifaceMethod() == null && lk.method() == null) {
                    have = null;
                } else if (lk.ifaceMethod() != null) {
                    have = lk.ifaceMethod().sig();
                } else {
                    have = lk.method().sig;
                    boolean isPtr = t.underlying() instanceof PointerType && !(t instanceof NamedType);
                    // a pointer method is in the value's method set only when reached through an embedded pointer
                    if (have == m.sig() && lk.method().pointerReceiver && !isPtr && !lk.recvIsPointer()) {
                        return "(" + m.name() + " method has pointer receiver)";
                    }
                }
            }
            if (have == null) {
                return "(missing " + m.name() + " method)";
            }
            if (have != m.sig()) {
                return "(wrong type for " + m.name() + " method)\n\t\thave " + m.name() + have.signatureString() + "\n\t\twant " + m.name()
                                + m.sig().signatureString();
            }
        }
        return null;
    }
}
