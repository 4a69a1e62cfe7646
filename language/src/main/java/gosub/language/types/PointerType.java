package gosub.language.types;

public final class PointerType extends GoType {
    public final GoType elem;

    PointerType(GoType elem) {
        this.elem = elem;
    }

    @Override
    public String toString() {
        return "*" + elem;
    }
}
