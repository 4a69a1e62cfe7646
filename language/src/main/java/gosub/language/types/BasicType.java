package gosub.language.types;

/** A predeclared type such as int or string, or the type of an untyped constant. One instance per kind. */
public final class BasicType extends GoType {
    private final Kind kind;
    private final String name;

    BasicType(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Rep rep() {
        if (kind.isInteger()) {
            return Rep.LONG;
        }
        if (kind.isFloat()) {
            return Rep.DOUBLE;
        }
        if (kind.isBoolean()) {
            return Rep.BOOL;
        }
        return Rep.OBJECT;
    }

    @Override
    public String toString() {
        return name;
    }
}
