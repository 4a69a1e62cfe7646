package gosub.language.types;

public final class MapType extends GoType {
    public final GoType key;
    public final GoType value;

    MapType(GoType key, GoType value) {
        this.key = key;
        this.value = value;
    }

    @Override
    public String toString() {
        return "map[" + key + "]" + value;
    }
}
