package gosub.language.check;

import gosub.ast.Pos;
import gosub.language.types.Types;

public final class NilEntity extends Entity {
    public NilEntity() {
        super("nil", Pos.NONE, Types.UNTYPED_NIL);
    }
}
