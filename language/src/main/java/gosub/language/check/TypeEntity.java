package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Pos;
import gosub.language.types.GoType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A type name. For a generic type, {@code spec} keeps the declaration so that each instantiation
 * ({@code Pair[string,int]}) is built by checking the declaration again with the type arguments bound.
 */
public final class TypeEntity extends Entity {
    public final Decl.TypeSpec spec;
    /** The scope the declaration was made in (needed to instantiate generic types later). */
    public final Scope declScope;
    public final Map<List<GoType>, GoType> instances = new HashMap<>();
    /** The checker of the declaring package: generic types are instantiated there. */
    public Checker owner;
    public boolean resolving;
    public Runnable resolver;

    public TypeEntity(String name, Pos pos, GoType type, Decl.TypeSpec spec, Scope declScope) {
        super(name, pos, type);
        this.spec = spec;
        this.declScope = declScope;
    }

    public boolean isGeneric() {
        return spec != null && !spec.typeParams().isEmpty();
    }
}
