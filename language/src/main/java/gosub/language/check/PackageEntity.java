package gosub.language.check;

import gosub.ast.Pos;

/** An imported package name in a file scope. */
public final class PackageEntity extends Entity {
    public final GoPackage pkg;
    public boolean used;

    public PackageEntity(String name, Pos pos, GoPackage pkg) {
        super(name, pos, null);
        this.pkg = pkg;
    }
}
