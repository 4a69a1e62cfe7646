package gosub.language.check;

import java.util.ArrayList;
import java.util.List;

/** A checked package: main, or one of the standard packages (written in Go with native functions). */
public final class GoPackage {
    public final String path;
    public final String name;
    public final Scope scope;
    /** Package-level variables in initialization order. */
    public final List<VarEntity> initOrder = new ArrayList<>();
    /** Package-level var declarations in initialization order, with their initializer expressions. */
    public final List<Object> varInits = new ArrayList<>();
    public final List<FuncEntity> inits = new ArrayList<>();
    public final List<FuncEntity> funcs = new ArrayList<>();
    /**
     * A standard package gosub provides only part of (its source starts with {@code //gosub:partial}): a name it
     * lacks is refused as unsupported rather than called undefined, since Go's package has it.
     */
    public boolean partial;

    public GoPackage(String path, String name, Scope scope) {
        this.path = path;
        this.name = name;
        this.scope = scope;
    }
}
