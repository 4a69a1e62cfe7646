package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Pos;
import gosub.language.types.GoType;

/**
 * A variable: a package-level var, a local, a parameter or a named result. The checker records how it is used so
 * that the node builder can decide where it lives: a typed frame slot, or a heap {@code Cell} when a closure
 * captures it or its address is taken.
 */
public final class VarEntity extends Entity {
    public final boolean global;
    /** The function (declaration or literal) that declares this variable; null for globals. */
    public final Object owner;
    public boolean used;
    public boolean captured;
    public boolean addressTaken;
    /**
     * The declaration failed (its initializer or type is in error, or needs the variable itself): the type is the
     * invalid type, and a use of the variable is an invalid operand, so that Go's one error is not followed by others.
     */
    public boolean placeholderType;
    /**
     * A standard package's table checked after its package's initialization was ordered ({@link LateVars}): its
     * spec, which the node builder initialises when a function that uses the variable is first built. Null for
     * every other variable.
     */
    public Decl.VarSpec lateInit;
    /**
     * A standard package's table left to its first use ({@link LateVars}) until it is checked: what checks it, for a
     * use from another package (whose checker has not this package's resolvers). Null for every other variable.
     */
    public Runnable lateResolver;
    /** The import path of the package that declares a late table (with {@link #lateInit}). */
    public String latePackage;
    /** Parameters and results are never reported as unused. */
    public final boolean param;

    public VarEntity(String name, Pos pos, GoType type, boolean global, Object owner, boolean param) {
        super(name, pos, type);
        this.global = global;
        this.owner = owner;
        this.param = param;
    }

    public boolean onHeap() {
        return global || captured || addressTaken;
    }
}
