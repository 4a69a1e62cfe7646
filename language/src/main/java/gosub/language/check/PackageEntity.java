package gosub.language.check;

import gosub.ast.Pos;

/** An imported package name in a file scope. */
public final class PackageEntity extends Entity {
    public final GoPackage pkg;
    public boolean used;
    /** Where Go reports the import as unused: its name when the import names the package, else its path. */
    public final Pos specPos;

    public PackageEntity(String name, Pos pos, GoPackage pkg, Pos specPos) {
        super(name, pos, null);
        this.pkg = pkg;
        this.specPos = specPos;
    }

    /**
     * Go's complaint about an import nothing uses: the name is shown when it is not the last element of the path
     * (a renamed import, or a package whose clause names it otherwise).
     */
    String unusedMessage() {
        String last = pkg.path.substring(pkg.path.lastIndexOf('/') + 1);
        String quoted = "\"" + pkg.path + "\"";
        return "imported and not used: " + quoted + (name.equals(last) ? "" : " as " + name);
    }
}
