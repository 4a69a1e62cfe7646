package gosub.language.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type T U}), or one instance of a generic type ({@code Pair[string,int]}). Its underlying
 * type is set after construction because declarations may refer to each other. Methods are attached by the checker;
 * {@link Method#impl} is filled in by the node builder with whatever calls the method.
 */
public final class NamedType extends GoType {

    public static final class Method {
        public final String name;
        public final FuncType sig;
        public final boolean pointerReceiver;
        /** Set by the node builder: the call target of the method body. */
        public Object impl;
        /** The checker's declaration of this method (a check.FuncDecl-like object). */
        public final Object decl;

        public Method(String name, FuncType sig, boolean pointerReceiver, Object decl) {
            this.name = name;
            this.sig = sig;
            this.pointerReceiver = pointerReceiver;
            this.decl = decl;
        }
    }

    /** The declaring package's name, as type names print it ({@code json.Decoder}). */
    public final String pkg;
    /**
     * The declaring package's import path ({@code encoding/json}, {@code main}), which reflect's PkgPath reports;
     * null for the types the runtime declares itself, whose package name is their path.
     */
    public String pkgPath;
    public final String name;
    public final List<GoType> typeArgs;
    private GoType underlying;
    /**
     * For {@code type T2 T1} declared while T1 is still being resolved (T1's struct refers to T2): T2's underlying
     * type is T1's, known once T1 is done.
     */
    private NamedType underlyingOf;
    public final List<Method> methods = new ArrayList<>();

    public NamedType(String pkg, String name, List<GoType> typeArgs) {
        this.pkg = pkg;
        this.name = name;
        this.typeArgs = typeArgs == null ? List.of() : List.copyOf(typeArgs);
    }

    /**
     * The underlying type as the declaration wrote it ({@link TypeSpellings}), for compile errors only: what a
     * field of a struct type is named there ({@code byte}, not {@code uint8}). Null when not known.
     */
    public GoType spelledUnderlying;

    public void setUnderlying(GoType underlying) {
        this.underlying = underlying;
        this.underlyingOf = null;
    }

    /** Takes OTHER's underlying type, which is not known yet. */
    public void setUnderlyingOf(NamedType other) {
        this.underlying = null;
        this.underlyingOf = other;
    }

    /** The type whose underlying type this one takes once it is known (see setUnderlyingOf), or null. */
    public NamedType underlyingOf() {
        return underlyingOf;
    }

    @Override
    public GoType underlying() {
        if (underlying == null && underlyingOf != null) {
            GoType u = underlyingOf.underlying();
            if (u != null) {
                setUnderlying(u);
            }
            return u;
        }
        return underlying;
    }

    @Override
    public Rep rep() {
        GoType u = underlying();
        return u == null ? Rep.OBJECT : u.rep();
    }

    public Method method(String n) {
        for (Method m : methods) {
            if (m.name.equals(n)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (pkg != null && !pkg.isEmpty()) {
            sb.append(pkg).append('.');
        }
        sb.append(name);
        if (!typeArgs.isEmpty()) {
            sb.append('[');
            for (int i = 0; i < typeArgs.size(); i++) {
                sb.append(i > 0 ? "," : "").append(typeArgs.get(i));
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
