package gosub.language.check;

import gosub.ast.Pos;
import gosub.language.types.GoType;

/** A named thing a scope can hold: what an identifier resolves to (go/types calls it an Object). */
public abstract class Entity {
    public final String name;
    public final Pos pos;
    public GoType type;

    protected Entity(String name, Pos pos, GoType type) {
        this.name = name;
        this.pos = pos;
        this.type = type;
    }
}
