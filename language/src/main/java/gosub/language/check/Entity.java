package gosub.language.check;

import gosub.ast.Pos;
import gosub.language.types.GoType;

/** A named thing a scope can hold: what an identifier resolves to (go/types calls it an Object). */
public abstract class Entity {
    public final String name;
    public final Pos pos;
    public GoType type;
    /** The type as the declaration wrote it, for compile errors ({@link TypeSpelling}); null: as the type prints. */
    GoType spelling;

    protected Entity(String name, Pos pos, GoType type) {
        this.name = name;
        this.pos = pos;
        this.type = type;
    }

    /** The type as compile errors name it. */
    GoType shownType() {
        return TypeSpelling.shown(type, spelling);
    }
}
