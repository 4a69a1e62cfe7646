package gosub.parser;

import gosub.ast.Pos;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an AST as a compact S-expression for assertions, e.g. {@code (Binary + (Ident a) (Ident b))}: a record
 * is its type name and its components in order, positions left out (tests check those separately), null is
 * {@code _}, a list is {@code [a b]}. What marks a parse error (a literal's {@code bad}, the bodies with parse
 * errors) shows only when set, so that the shapes of good code read as before.
 */
final class Sexp {

    private Sexp() {
    }

    static String of(Object node) {
        return switch (node) {
            case null -> "_";
            case Record r -> record(r);
            case List<?> list -> list.stream().map(Sexp::of).collect(Collectors.joining(" ", "[", "]"));
            default -> String.valueOf(node);
        };
    }

    private static String record(Record r) {
        StringBuilder sb = new StringBuilder("(").append(r.getClass().getSimpleName());
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == Pos.class) {
                continue;
            }
            try {
                Object value = c.getAccessor().invoke(r);
                if (c.getName().equals("bad")) {
                    sb.append(Boolean.TRUE.equals(value) ? " bad" : "");
                    continue;
                }
                if (value instanceof java.util.Set<?> set && set.isEmpty()) {
                    continue;
                }
                sb.append(' ').append(of(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.append(')').toString();
    }
}
