package gosub.language;

import com.oracle.truffle.api.CallTarget;
import gosub.language.check.FuncEntity;
import gosub.language.nodes.call.CallNodes;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.StructValue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Method sets of dynamic types, for calls through interfaces and for interface satisfaction at run time (type
 * assertions and type switches to interface types). Lookups are cached per (type, name).
 */
final class MethodTable implements CallNodes.MethodResolver {
    private final NodeBuilder builder;
    private final Map<GoType, Map<String, CallNodes.ResolvedMethod>> cache = new ConcurrentHashMap<>();
    /** Methods promoted from embedded interface fields, by interface type and name. */
    private final Map<GoType, Map<String, NamedType.Method>> forwarders = new ConcurrentHashMap<>();

    MethodTable(NodeBuilder builder) {
        this.builder = builder;
    }

    /** A found method: the declaring named type's method and the embedded-field path to reach its receiver. */
    private record Found(NamedType.Method method, java.util.List<String> path, boolean viaPointer) {
    }

    @Override
    public CallNodes.ResolvedMethod resolve(Object dynType, String name) {
        GoType t = (GoType) dynType;
        return cache.computeIfAbsent(t, k -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> doResolve(t, n));
    }

    private CallNodes.ResolvedMethod doResolve(GoType t, String name) {
        boolean isPtr = t instanceof PointerType;
        GoType base = isPtr ? ((PointerType) t).elem : t;
        java.util.List<StructType.Field> path = new java.util.ArrayList<>();
        NamedType.Method m = find(base, name, path);
        if (m == null) {
            throw new IllegalStateException("no method " + name + " on " + t);
        }
        Function<Object, Object> walk = v -> {
            Object cur = v;
            for (StructType.Field f : path) {
                if (cur == null) {
                    throw gosub.language.runtime.RuntimeErrors.nilDeref(); // a nil pointer to the struct or an embedded one
                }
                StructValue sv = (StructValue) cur;
                if (m.pointerReceiver && !(f.type() instanceof PointerType) && !Aggregates.isAggregate(f.type())) {
                    return new gosub.language.values.FieldPointer(sv, f.slot()); // a pointer method of an embedded number, string, ...
                }
                cur = sv.fieldValue(f);
            }
            return cur;
        };
        GoType holder = path.isEmpty() ? base : path.get(path.size() - 1).type();
        boolean holderIsPtr = holder instanceof PointerType || (path.isEmpty() && isPtr);
        GoType recvElem = holder instanceof PointerType p ? p.elem : holder;
        Function<Object, Object> adapt;
        if (m.pointerReceiver) {
            adapt = walk;
        } else if (holderIsPtr || (!path.isEmpty() && Aggregates.isAggregate(recvElem))) {
            adapt = v -> {
                Object r = walk.apply(v);
                if (r == null) {
                    throw gosub.language.runtime.RuntimeErrors.nilDeref();
                }
                if (r instanceof gosub.language.values.Pointer p) {
                    return switch (recvElem.rep()) {
                        case LONG -> p.getLong();
                        case DOUBLE -> p.getDouble();
                        case BOOL -> p.getBool();
                        case OBJECT -> p.getObject();
                    };
                }
                return Aggregates.isAggregate(recvElem) ? Aggregates.copy(recvElem, r) : r;
            };
        } else if (Aggregates.isAggregate(recvElem)) {
            // a value method gets a copy: what it does to its receiver must not change the value in the interface
            adapt = v -> Aggregates.copy(recvElem, walk.apply(v));
        } else {
            adapt = walk;
        }
        if (m.impl instanceof Function<?, ?> nat) {
            @SuppressWarnings("unchecked")
            Function<Object, Object> f = (Function<Object, Object>) nat;
            return new CallNodes.ResolvedMethod(null, f, adapt);
        }
        CallTarget target = m.impl instanceof CallTarget ct ? ct : builder.callTarget((FuncEntity) m.decl);
        return new CallNodes.ResolvedMethod(target, null, adapt);
    }

    /**
     * The method name of t, searched breadth-first through embedded fields like the checker's lookup: the
     * shallowest depth wins, and two at that depth make the name ambiguous (null). path receives the embedded
     * fields that lead to the method's receiver.
     */
    private NamedType.Method find(GoType t, String name, java.util.List<StructType.Field> path) {
        record Reach(GoType type, java.util.List<StructType.Field> path) {
        }
        java.util.List<Reach> level = java.util.List.of(new Reach(t, java.util.List.of()));
        java.util.Set<GoType> seen = new java.util.HashSet<>();
        for (int depth = 0; !level.isEmpty(); depth++) {
            NamedType.Method found = null;
            java.util.List<StructType.Field> foundPath = null;
            int count = 0;
            java.util.List<Reach> next = new java.util.ArrayList<>();
            for (Reach r : level) {
                if (!seen.add(r.type())) {
                    continue;
                }
                NamedType.Method m = r.type() instanceof NamedType nt ? nt.method(name) : null;
                if (m == null && depth > 0 && r.type().underlying() instanceof InterfaceType it && it.method(name) != null) {
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
                            java.util.List<StructType.Field> p = new java.util.ArrayList<>(r.path());
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

    /** The method a struct gets from an embedded interface field t: it calls the interface's method. */
    private NamedType.Method forwarder(GoType t, InterfaceType it, String name) {
        return forwarders.computeIfAbsent(t, k -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> {
            InterfaceType.Method im = it.method(n);
            NamedType.Method m = new NamedType.Method(n, im.sig(), false, null);
            m.impl = InterfaceForwarder.create(builder.language, n, im.sig().params.size(), this);
            return m;
        });
    }

    /** Does a value of dynamic type t satisfy interface it? */
    boolean implementsIface(GoType t, InterfaceType it) {
        for (InterfaceType.Method im : it.methods) {
            boolean isPtr = t instanceof PointerType;
            GoType base = isPtr ? ((PointerType) t).elem : t;
            java.util.List<StructType.Field> path = new java.util.ArrayList<>();
            NamedType.Method m = find(base, im.name(), path);
            if (m == null || m.sig != im.sig()) {
                return false;
            }
            if (m.pointerReceiver && !isPtr && path.stream().noneMatch(f -> f.type() instanceof PointerType)) {
                return false;
            }
        }
        return true;
    }
}
