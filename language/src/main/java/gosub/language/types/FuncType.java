package gosub.language.types;

import java.util.List;

/** A function signature; for a variadic function the last parameter's type is the slice type. */
public final class FuncType extends GoType {
    public final List<GoType> params;
    public final List<GoType> results;
    public final boolean variadic;
    /**
     * The names the declaration gives its parameters and results, printed in compile errors (a null entry: one without
     * a name); null for the interned type, whose identity does not depend on names (only a {@link TypeSpellings}
     * copy has them).
     */
    final List<String> paramNames;
    final List<String> resultNames;

    FuncType(List<GoType> params, List<GoType> results, boolean variadic) {
        this(params, null, results, null, variadic);
    }

    FuncType(List<GoType> params, List<String> paramNames, List<GoType> results, List<String> resultNames, boolean variadic) {
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
        this.variadic = variadic;
        this.paramNames = names(paramNames);
        this.resultNames = names(resultNames);
    }

    /** A copy of a list of names, which may hold nulls (List.copyOf would refuse them). */
    private static List<String> names(List<String> names) {
        return names == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
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

    /**
     * The part after "func": {@code (int, ...string) (int, error)}, or with the declaration's names
     * {@code (n int, rest ...string) (count int, err error)}; named results keep their parentheses even when alone.
     */
    public String signatureString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendName(sb, paramNames, i);
            if (variadic && i == params.size() - 1) {
                sb.append("...").append(((SliceType) params.get(i)).elem);
            } else {
                sb.append(params.get(i));
            }
        }
        sb.append(")");
        if (results.size() == 1 && resultNames == null) {
            sb.append(" ").append(results.get(0));
        } else if (!results.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < results.size(); i++) {
                sb.append(i > 0 ? ", " : "");
                appendName(sb, resultNames, i);
                sb.append(results.get(i));
            }
            sb.append(")");
        }
        return sb.toString();
    }

    private static void appendName(StringBuilder sb, List<String> names, int i) {
        if (names != null && names.get(i) != null) {
            sb.append(names.get(i)).append(' ');
        }
    }
}
