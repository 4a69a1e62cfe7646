package gosub.language.types;

/**
 * A Go type as the type checker sees it. Composite types are interned ({@link Types}), so two identical types are
 * the same Java object and type identity is {@code ==} everywhere: in the checker, in type switches and in interface
 * method caches.
 */
public abstract class GoType {
    /** The key this type is interned under (see Types), kept here so that the table's entry lives as long as the type. */
    Object internKey;


    /** How a value of this type is held in a frame slot, a struct or a variable cell. */
    public enum Rep { LONG, DOUBLE, BOOL, OBJECT }

    /** The underlying type: the type itself, except for a named type. */
    public GoType underlying() {
        return this;
    }

    /* The predicates below hold for a type parameter when they hold for every type of its type set. */

    /** Values are held as objects, except those of basic types (and of named types whose underlying type is basic). */
    public Rep rep() {
        return Rep.OBJECT;
    }

    /** Go's spelling of the type, as %T prints it. */
    @Override
    public abstract String toString();

    public final boolean isInteger() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isInteger);
        }
        return underlying() instanceof BasicType b && b.kind().isInteger();
    }

    public final boolean isUnsigned() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isUnsigned);
        }
        return underlying() instanceof BasicType b && b.kind().isUnsigned();
    }

    public final boolean isFloat() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isFloat);
        }
        return underlying() instanceof BasicType b && b.kind().isFloat();
    }

    public final boolean isComplex() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isComplex);
        }
        return underlying() instanceof BasicType b && b.kind().isComplex();
    }

    public final boolean isNumeric() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isNumeric);
        }
        return underlying() instanceof BasicType b && b.kind().isNumeric();
    }

    public final boolean isString() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isString);
        }
        return underlying() instanceof BasicType b && b.kind().isString();
    }

    public final boolean isBoolean() {
        if (this instanceof TypeParamType tp) {
            return tp.everyType(GoType::isBoolean);
        }
        return underlying() instanceof BasicType b && b.kind().isBoolean();
    }

    public final boolean isUntyped() {
        return this instanceof BasicType b && b.kind().isUntyped();
    }

    public final boolean isInterface() {
        return underlying() instanceof InterfaceType;
    }

    public final boolean isNamed() {
        return this instanceof NamedType;
    }
}
