package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.TypeParamType;

import java.util.List;

/** The result of checking an expression, as in go/types: what kind of thing it is, its type, its constant value. */
public final class Operand {
    public enum Mode { INVALID, NOVALUE, BUILTIN, TYPE, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK, PACKAGE }

    public Mode mode;
    public GoType type;
    public ConstValue value;
    public final Expr expr;
    /** For BUILTIN and PACKAGE modes. */
    public Entity entity;
    /** The type as the source spelled it, for compile errors ({@link TypeSpelling}); null: as the type prints. */
    GoType spelling;

    public Operand(Mode mode, GoType type, ConstValue value, Expr expr) {
        this.mode = mode;
        this.type = type;
        this.value = value;
        this.expr = expr;
    }

    public static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, null, null, e);
    }

    /** The type as compile errors name it. */
    GoType shownType() {
        if (spelling == null && mode == Mode.TYPE) {
            return TypeSpelling.shown(type, TypeSpelling.of(expr, type)); // a type is spelled by its expression
        }
        return TypeSpelling.shown(type, spelling);
    }

    /** This operand, spelled s. */
    Operand spelled(GoType s) {
        spelling = s;
        return this;
    }

    public boolean invalid() {
        return mode == Mode.INVALID;
    }

    public boolean isConst() {
        return mode == Mode.CONSTANT;
    }

    public boolean isValue() {
        return mode == Mode.CONSTANT || mode == Mode.VARIABLE || mode == Mode.MAPINDEX || mode == Mode.VALUE || mode == Mode.COMMAOK;
    }

    public boolean isNil() {
        return type != null && type.isUntyped() && type.toString().equals("untyped nil");
    }

    /** Go's operand description for error messages: {@code x (variable of type int)}. */
    public String describe() {
        String src = ExprPrinter.print(expr);
        if (isNil()) {
            return "nil";
        }
        String what = switch (mode) {
            case CONSTANT -> {
                GoType type = shownType();
                String v = value == null ? "" : value.toString();
                if (type.isUntyped()) {
                    yield src.equals(v) ? type + " constant" : type + " constant " + v;
                }
                yield src.equals(v) ? "constant of type " + type : "constant " + v + " of type " + type;
            }
            case VARIABLE -> "variable of type " + typeText();
            case MAPINDEX -> "map index expression of type " + typeText();
            case NOVALUE -> "no value";
            case TYPE -> "type";
            case BUILTIN -> "built-in";
            default -> "value of type " + typeText();
        };
        return src + " (" + what + ")";
    }

    /** The type as descriptions name it: a type parameter with its constraint, which says what it allows. */
    private String typeText() {
        GoType shown = shownType();
        return type instanceof TypeParamType tp ? shown + " constrained by " + tp.constraintText() : shown.toString();
    }

    /**
     * The types of the values a call or return has, as Go lists them after "have" when their count is wrong: an
     * untyped number as "number" (the error is about the count, not about which number type), another untyped kind
     * without the word "untyped", and an unknown type as "<T>".
     */
    static String typesSummary(List<GoType> types) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            GoType t = types.get(i);
            sb.append(i > 0 ? ", " : "");
            if (t == null) {
                sb.append("<T>");
            } else if (t.isUntyped() && t.isNumeric()) {
                sb.append("number");
            } else if (t instanceof BasicType && t.isUntyped()) {
                sb.append(t.toString().replace("untyped ", ""));
            } else {
                sb.append(t);
            }
        }
        return sb.append(")").toString();
    }

    /** The types of operands, for {@link #typesSummary}. */
    static List<GoType> typesOf(List<Operand> ops) {
        return ops.stream().map(o -> o.invalid() ? null : o.type).toList();
    }
}
