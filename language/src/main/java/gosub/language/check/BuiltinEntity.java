package gosub.language.check;

import gosub.ast.Pos;

/**
 * A predeclared function: len, cap, append, copy, delete, make, new, panic, recover, print, println, min, max, clear,
 * close; or one of package unsafe's (Sizeof, Alignof, Offsetof, {@link UnsafeBuiltins}).
 */
public final class BuiltinEntity extends Entity {
    public BuiltinEntity(String name) {
        super(name, Pos.NONE, null);
    }
}
