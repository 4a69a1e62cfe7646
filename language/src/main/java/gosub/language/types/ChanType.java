package gosub.language.types;

import gosub.ast.Expr.ChanDir;

public final class ChanType extends GoType {
    public final ChanDir dir;
    public final GoType elem;

    ChanType(ChanDir dir, GoType elem) {
        this.dir = dir;
        this.elem = elem;
    }

    @Override
    public String toString() {
        return switch (dir) {
            case BOTH -> elem instanceof ChanType c && c.dir == ChanDir.RECV ? "chan (" + elem + ")" : "chan " + elem;
            case SEND -> "chan<- " + elem;
            case RECV -> "<-chan " + elem;
        };
    }
}
