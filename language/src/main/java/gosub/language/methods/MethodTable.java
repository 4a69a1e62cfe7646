package gosub.language.methods;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import gosub.language.check.FuncEntity;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The method sets of the dynamic types of one running program, for what interfaces do at run time: calls through
 * interfaces, method values taken from interfaces, type assertions and type switches to interface types. Everything
 * is worked out once per (type, method name) and once per (type, interface) and kept: inline caches in the nodes
 * ask on a miss, megamorphic sites on every execution, so a lookup here is one hash probe and a short scan.
 * <p>
 * One table per context (a program's types are its own); all lookups are thread-safe, since goroutines on several
 * Ms ask at once.
 */
public final class MethodTable {
    private final TruffleLanguage<?> language;
    /** The call target of a declared method (built on first request by its package's node builder). */
    private final Function<FuncEntity, CallTarget> functions;
    private final Map<GoType, TypeMethods> types = new ConcurrentHashMap<>();

    /** What is known about one dynamic type. */
    private static final class TypeMethods {
        final Map<String, ResolvedMethod> byName = new ConcurrentHashMap<>();
        /** Methods promoted from embedded interface fields, by name: they forward to the field's dynamic method. */
        final Map<String, NamedType.Method> forwarders = new ConcurrentHashMap<>();
        /** Copy-on-write: a type meets few interfaces, so a scan beats a second hash map. */
        volatile Itab[] itabs = new Itab[0];
    }

    public MethodTable(TruffleLanguage<?> language, Function<FuncEntity, CallTarget> functions) {
        this.language = language;
        this.functions = functions;
    }

    private TypeMethods of(GoType t) {
        TypeMethods tm = types.get(t);
        if (tm == null) {
            tm = types.computeIfAbsent(t, k -> new TypeMethods());
        }
        return tm;
    }

    /** The method name of dynamic type t (which has it: the checker made sure). */
    @TruffleBoundary
    public ResolvedMethod resolve(GoType t, String name) {
        TypeMethods tm = of(t);
        ResolvedMethod m = tm.byName.get(name);
        if (m == null) {
            // built outside the map's lock: building the method's code takes the builder's lock
            m = doResolve(t, name);
            ResolvedMethod raced = tm.byName.putIfAbsent(name, m);
            if (raced != null) {
                m = raced;
            }
        }
        return m;
    }

    /** What dynamic type t is to interface it. */
    @TruffleBoundary
    public Itab itab(GoType t, InterfaceType it) {
        TypeMethods tm = of(t);
        for (Itab i : tm.itabs) {
            if (i.iface == it) {
                return i;
            }
        }
        Itab made = new Itab(t, it, missingMethod(t, it));
        synchronized (tm) {
            Itab[] cur = tm.itabs;
            for (Itab i : cur) {
                if (i.iface == it) {
                    return i;
                }
            }
            Itab[] next = java.util.Arrays.copyOf(cur, cur.length + 1);
            next[cur.length] = made;
            tm.itabs = next;
        }
        return made;
    }

    /** The method of t for it's method number index, for a megamorphic call site. */
    @TruffleBoundary
    public ResolvedMethod method(GoType t, InterfaceType it, int index) {
        return itab(t, it).method(index, this);
    }

    /** Does a value of dynamic type t satisfy interface it? */
    @TruffleBoundary
    public boolean implementsIface(GoType t, InterfaceType it) {
        return itab(t, it).implemented();
    }

    /** The function value a method value x.M through an interface denotes: calls m with the bound receiver. */
    @TruffleBoundary
    public CallTarget methodValue(ResolvedMethod m, Function<ResolvedMethod, CallTarget> make) {
        CallTarget t = m.methodValue();
        if (t == null) {
            synchronized (m) {
                t = m.methodValue();
                if (t == null) {
                    t = make.apply(m);
                    m.setMethodValue(t);
                }
            }
        }
        return t;
    }

    private ResolvedMethod doResolve(GoType t, String name) {
        boolean isPtr = t instanceof PointerType;
        GoType base = isPtr ? ((PointerType) t).elem : t;
        List<StructType.Field> path = new ArrayList<>();
        NamedType.Method m = find(base, name, path);
        if (m == null) {
            throw new IllegalStateException("no method " + name + " on " + t);
        }
        StructType.Field addressOf = null;
        if (m.pointerReceiver) {
            for (int i = 0; i < path.size(); i++) {
                StructType.Field f = path.get(i);
                if (!(f.type() instanceof PointerType) && !Aggregates.isAggregate(f.type())) {
                    addressOf = f; // the method's type is embedded as a number, string, ...: its receiver is the field's address
                    path = path.subList(0, i);
                    break;
                }
            }
        }
        GoType holder = path.isEmpty() ? base : path.get(path.size() - 1).type();
        boolean holderIsPtr = holder instanceof PointerType || (path.isEmpty() && isPtr);
        GoType recvElem = holder instanceof PointerType p ? p.elem : holder;
        // a value method gets a copy of a struct or array receiver: what it does to it must not change the value in the interface
        boolean deref = addressOf == null && !m.pointerReceiver && (holderIsPtr || Aggregates.isAggregate(recvElem));
        // Go reaches a value method of T through *T by a generated wrapper, which refuses a nil pointer with its own
        // message; through embedded fields the wrapper dereferences them and the failure is a nil dereference
        String nilMessage = deref && path.isEmpty() && isPtr && base instanceof NamedType nt ? nilWrapperMessage(nt, name) : null;
        return new ResolvedMethod(target(m), path.toArray(new StructType.Field[0]), addressOf, deref, recvElem, nilMessage);
    }

    /** runtime.panicwrap's text for the wrapper (*T).M: its package, type and method from the wrapper's name. */
    private static String nilWrapperMessage(NamedType t, String method) {
        String type = t.typeArgs.isEmpty() ? t.name : t.name + "[...]"; // a generic type's wrapper is its shape's
        String pkg = t.pkg == null || t.pkg.isEmpty() ? "" : t.pkg + ".";
        return "value method " + pkg + type + "." + method + " called using nil *" + type + " pointer";
    }

    @SuppressWarnings("unchecked")
    private CallTarget target(NamedType.Method m) {
        if (m.impl instanceof CallTarget ct) {
            return ct;
        }
        if (m.impl instanceof Function<?, ?> javaMethod) {
            return JavaMethodRoot.create(language, m.name, (Function<Object, Object>) javaMethod);
        }
        return functions.apply((FuncEntity) m.decl);
    }

    /**
     * The method name of t, searched breadth-first through embedded fields like the checker's lookup: the
     * shallowest depth wins, and two at that depth make the name ambiguous (null). path receives the embedded
     * fields that lead to the method's receiver.
     */
    private NamedType.Method find(GoType t, String name, List<StructType.Field> path) {
        record Reach(GoType type, List<StructType.Field> path) {
        }
        List<Reach> level = List.of(new Reach(t, List.of()));
        Set<GoType> seen = new HashSet<>();
        while (!level.isEmpty()) {
            NamedType.Method found = null;
            List<StructType.Field> foundPath = null;
            int count = 0;
            List<Reach> next = new ArrayList<>();
            for (Reach r : level) {
                if (!seen.add(r.type())) {
                    continue;
                }
                NamedType.Method m = r.type() instanceof NamedType nt ? nt.method(name) : null;
                if (m == null && !r.path().isEmpty() && r.type().underlying() instanceof InterfaceType it && it.method(name) != null) {
                    m = forwarder(r.type(), it, name);
                }
                if (m != null) {
                    count++;
                    found = m;
                    foundPath = r.path();
                    continue;
                }
                if (r.type().underlying() instanceof StructType st) {
                    for (StructType.Field f : st.fields) {
                        if (f.name().equals(name)) {
                            count++; // a field of that name hides deeper methods
                            found = null;
                        }
                        if (f.embedded()) {
                            List<StructType.Field> p = new ArrayList<>(r.path());
                            p.add(f);
                            next.add(new Reach(f.type() instanceof PointerType pt ? pt.elem : f.type(), p));
                        }
                    }
                }
            }
            if (count > 0) {
                if (count == 1 && found != null) {
                    path.addAll(foundPath);
                    return found;
                }
                return null;
            }
            level = next;
        }
        return null;
    }

    /** The method a struct gets from an embedded interface field of type t: it calls the interface's method. */
    private NamedType.Method forwarder(GoType t, InterfaceType it, String name) {
        return of(t).forwarders.computeIfAbsent(name, n -> {
            InterfaceType.Method im = it.method(n);
            NamedType.Method m = new NamedType.Method(n, im.sig(), false, null);
            m.impl = InterfaceForwarder.create(language, it, n, im.sig().params.size(), this);
            return m;
        });
    }

    /** The first method of it (in name order) that dynamic type t lacks, or null if t implements it. */
    private String missingMethod(GoType t, InterfaceType it) {
        boolean isPtr = t instanceof PointerType;
        GoType base = isPtr ? ((PointerType) t).elem : t;
        for (InterfaceType.Method im : it.methods) {
            List<StructType.Field> path = new ArrayList<>();
            NamedType.Method m = find(base, im.name(), path);
            if (m == null || m.sig != im.sig()) {
                return im.name();
            }
            if (m.pointerReceiver && !isPtr && path.stream().noneMatch(f -> f.type() instanceof PointerType)) {
                return im.name();
            }
        }
        return null;
    }
}
