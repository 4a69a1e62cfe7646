package gosub.language.types;

public final class ArrayType extends GoType {
    public final GoType elem;
    public final long length;

    ArrayType(GoType elem, long length) {
        this.elem = elem;
        this.length = length;
    }

    @Override
    public String toString() {
        return "[" + length + "]" + elem;
    }
}
