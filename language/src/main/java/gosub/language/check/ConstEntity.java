package gosub.language.check;

import gosub.ast.Pos;
import gosub.language.types.GoType;

public final class ConstEntity extends Entity {
    public ConstValue value;
    /** Set while the constant's declaration is being checked (to report initialization cycles). */
    public boolean resolving;
    /** Lazily checked package-level constant: the spec and index in it, null once resolved. */
    public Runnable resolver;

    public ConstEntity(String name, Pos pos, GoType type, ConstValue value) {
        super(name, pos, type);
        this.value = value;
    }
}
