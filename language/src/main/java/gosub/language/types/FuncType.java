package gosub.language.types;

import java.util.List;

/** A function signature; for a variadic function the last parameter's type is the slice type. */
public final class FuncType extends GoType {
    public final List<GoType> params;
    public final List<GoType> results;
    public final boolean variadic;

    FuncType(List<GoType> params, List<GoType> results, boolean variadic) {
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
        this.variadic = variadic;
    }

    /** The type of a call: void (null), the single result, or a tuple. */
    public GoType resultType() {
        return switch (results.size()) {
            case 0 -> null;
            case 1 -> results.get(0);
            default -> Types.tuple(results);
        };
    }

    @Override
    public String toString() {
        return "func" + signatureString();
    }

    /** The part after "func": {@code (int, ...string) (int, error)}. */
    public String signatureString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (variadic && i == params.size() - 1) {
                sb.append("...").append(((SliceType) params.get(i)).elem);
            } else {
                sb.append(params.get(i));
            }
        }
        sb.append(")");
        if (results.size() == 1) {
            sb.append(" ").append(results.get(0));
        } else if (results.size() > 1) {
            sb.append(" (");
            for (int i = 0; i < results.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(results.get(i));
            }
            sb.append(")");
        }
        return sb.toString();
    }
}
