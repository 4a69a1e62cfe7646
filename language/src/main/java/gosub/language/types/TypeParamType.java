package gosub.language.types;

/**
 * A type parameter inside a generic signature, used only while inferring type arguments from a call's arguments.
 * Bodies are never checked with these: each instantiation is checked with the concrete types bound.
 */
public final class TypeParamType extends GoType {
    public final String name;
    public final int index;
    public final GoType constraint;

    public TypeParamType(String name, int index, GoType constraint) {
        this.name = name;
        this.index = index;
        this.constraint = constraint;
    }

    @Override
    public String toString() {
        return name;
    }
}
