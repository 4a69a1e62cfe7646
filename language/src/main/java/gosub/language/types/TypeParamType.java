package gosub.language.types;

import java.util.List;
import java.util.function.Predicate;

/**
 * A type parameter: in a generic signature (inferring type arguments from a call's arguments, checking that a
 * signature passing its own type parameters on to a generic type, {@code node[K]}, satisfies that type's
 * constraints), and as the type its name denotes while a generic body is checked once for every type argument. Its
 * operations are those every type of its type set allows ({@link #everyType}). The node builder never sees one:
 * code is built per instantiation, with the concrete types bound.
 */
public final class TypeParamType extends GoType {
    public final String name;
    public final int index;
    private GoType constraint;
    /** The constraint as the declaration wrote it ({@code any}, {@code ~int | ~string}), for compile errors. */
    private String constraintText;

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

    public void setConstraintText(String text) {
        constraintText = text;
    }

    /** The constraint as written, or as it prints when the declaration is not at hand. */
    public String constraintText() {
        return constraintText != null ? constraintText : String.valueOf(constraint);
    }

    /**
     * Whether p holds for every type of the type set. A type set with no terms (only methods, or {@code any}) holds
     * every type, so no property of a particular type can be counted on and the answer is false.
     */
    public boolean everyType(Predicate<GoType> p) {
        List<InterfaceType.Term> terms = constraint == null ? null : InterfaceType.typeSetTerms(constraint);
        if (terms == null || terms.isEmpty()) {
            return false;
        }
        for (InterfaceType.Term t : terms) {
            if (!p.test(t.type())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
