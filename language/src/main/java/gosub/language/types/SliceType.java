package gosub.language.types;

public final class SliceType extends GoType {
    public final GoType elem;

    SliceType(GoType elem) {
        this.elem = elem;
    }

    @Override
    public String toString() {
        return "[]" + elem;
    }
}
