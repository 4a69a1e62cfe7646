package gosub.language.check;

import gosub.ast.Expr;

/** Prints an expression the way Go's error messages quote it. */
public final class ExprPrinter {
    private ExprPrinter() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    /** (params) results, as a function type or an interface method shows them. */
    private static void signature(StringBuilder sb, Expr.FuncType f) {
        sb.append('(');
        fields(sb, f.params());
        sb.append(')');
        java.util.List<Expr.Field> rs = f.results();
        if (rs.isEmpty()) {
            return;
        }
        sb.append(' ');
        if (rs.size() == 1 && rs.get(0).name() == null) {
            write(sb, rs.get(0).type());
            return;
        }
        sb.append('(');
        fields(sb, rs);
        sb.append(')');
    }

    /** Parameters or results: names declared together (a, b int) share their type node and print together. */
    private static void fields(StringBuilder sb, java.util.List<Expr.Field> fs) {
        for (int i = 0; i < fs.size(); i++) {
            Expr.Field f = fs.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            if (f.name() == null) {
                write(sb, f.type());
                continue;
            }
            sb.append(f.name());
            if (i + 1 == fs.size() || fs.get(i + 1).type() != f.type()) {
                sb.append(' ');
                write(sb, f.type());
            }
        }
    }

    private static void list(StringBuilder sb, java.util.List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, es.get(i));
        }
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> sb.append("?");
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit l -> sb.append(l.raw());
            case Expr.CompositeLit c -> {
                if (c.type() != null) {
                    write(sb, c.type());
                }
                sb.append(c.elems().isEmpty() ? "{}" : "{…}");
            }
            case Expr.FuncLit f -> {
                write(sb, f.type());
                sb.append(f.body() == null || f.body().stmts().isEmpty() ? " {}" : " {…}");
            }
            case Expr.Paren p -> {
                sb.append('(');
                write(sb, p.x());
                sb.append(')');
            }
            case Expr.Selector s -> {
                write(sb, s.x());
                sb.append('.').append(s.sel());
            }
            case Expr.Index ix -> {
                write(sb, ix.x());
                sb.append('[');
                list(sb, ix.indices());
                sb.append(']');
            }
            case Expr.Slice s -> {
                write(sb, s.x());
                sb.append('[');
                if (s.lo() != null) {
                    write(sb, s.lo());
                }
                sb.append(':');
                if (s.hi() != null) {
                    write(sb, s.hi());
                }
                if (s.slice3()) {
                    sb.append(':');
                    write(sb, s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                write(sb, t.x());
                sb.append(".(");
                if (t.type() == null) {
                    sb.append("type");
                } else {
                    write(sb, t.type());
                }
                sb.append(')');
            }
            case Expr.Call c -> {
                write(sb, c.fun());
                sb.append('(');
                list(sb, c.args());
                if (c.hasEllipsis()) {
                    sb.append("...");
                }
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                write(sb, s.x());
            }
            case Expr.Unary u -> {
                sb.append(u.op());
                write(sb, u.x());
            }
            case Expr.Binary b -> {
                write(sb, b.x());
                sb.append(' ').append(b.op()).append(' ');
                write(sb, b.y());
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() != null) {
                    write(sb, a.len());
                }
                sb.append(']');
                write(sb, a.elem());
            }
            case Expr.Ellipsis el -> {
                sb.append("...");
                if (el.elem() != null) {
                    write(sb, el.elem());
                }
            }
            case Expr.MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.value());
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem());
            }
            case Expr.FuncType f -> {
                sb.append("func");
                signature(sb, f);
            }
            case Expr.StructType s -> {
                sb.append("struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    Expr.StructField f = s.fields().get(i);
                    if (i > 0) {
                        // fields declared together (a, b int) share their type node and print as they were written
                        sb.append(f.name() != null && s.fields().get(i - 1).type() == f.type() ? ", " : "; ");
                    }
                    if (f.embedded()) {
                        write(sb, f.type());
                        continue;
                    }
                    sb.append(f.name());
                    if (i + 1 == s.fields().size() || s.fields().get(i + 1).type() != f.type()) {
                        sb.append(' ');
                        write(sb, f.type());
                        if (f.tag() != null) {
                            sb.append(' ').append(f.tag());
                        }
                    }
                }
                sb.append('}');
            }
            case Expr.InterfaceType it -> {
                // methods and embedded elements are kept apart in the tree; Go lists them in source order
                java.util.List<gosub.ast.Node> elems = new java.util.ArrayList<>(it.methods());
                elems.addAll(it.embeds());
                elems.sort(java.util.Comparator.comparing((gosub.ast.Node n) -> n.pos().line())
                        .thenComparing(n -> n.pos().col()));
                sb.append("interface{");
                for (int i = 0; i < elems.size(); i++) {
                    if (i > 0) {
                        sb.append("; ");
                    }
                    if (elems.get(i) instanceof Expr.InterfaceMethod m) {
                        sb.append(m.name());
                        signature(sb, m.type());
                    } else {
                        write(sb, (Expr) elems.get(i));
                    }
                }
                sb.append('}');
            }
            case Expr.Tilde t -> {
                sb.append('~');
                write(sb, t.type());
            }
            case Expr.Union u -> {
                for (int i = 0; i < u.terms().size(); i++) {
                    if (i > 0) {
                        sb.append(" | ");
                    }
                    write(sb, u.terms().get(i));
                }
            }
        }
    }
}
