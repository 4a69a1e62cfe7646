package gosub.language.types;

/**
 * A type parameter inside a generic signature: used while inferring type arguments from a call's arguments, and
 * while checking that a signature which passes its own type parameters on to a generic type ({@code node[K]})
 * satisfies that type's constraints. Bodies are never checked with these: each instantiation is checked with the
 * concrete types bound.
 */
public final class TypeParamType extends GoType {
    public final String name;
    public final int index;
    private GoType constraint;

    public TypeParamType(String name, int index) {
        this.name = name;
        this.index = index;
    }

    /**
     * The constraint, or null while it is being resolved: a constraint may name its own type parameters
     * ({@code S ~[]E}), so it can only be given once they all exist.
     */
    public GoType constraint() {
        return constraint;
    }

    public void bindConstraint(GoType c) {
        if (constraint != null) {
            throw new IllegalStateException("type parameter " + name + " is already constrained");
        }
        constraint = c;
    }

    @Override
    public String toString() {
        return name;
    }
}
