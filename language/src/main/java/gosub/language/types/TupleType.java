package gosub.language.types;

import java.util.List;

/** The type of a multi-valued expression (a call returning several results). Not a Go type users can write. */
public final class TupleType extends GoType {
    public final List<GoType> types;

    TupleType(List<GoType> types) {
        this.types = List.copyOf(types);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(types.get(i));
        }
        return sb.append(")").toString();
    }
}
