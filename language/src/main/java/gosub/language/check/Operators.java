package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.ast.Pos;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Unary and binary operators: which operand types each operator accepts, untyped operands converted to the other
 * side's type, shifts, comparisons, and exact constant arithmetic with overflow of typed constants.
 */
final class Operators {
    private final Checker ck;

    Operators(Checker ck) {
        this.ck = ck;
    }

    Operand unary(Expr.Unary u) {
        if (u.op() == Operator.AND) {
            Expr x0 = ck.exprs.unparen(u.x());
            if (x0 instanceof Expr.CompositeLit) {
                Operand x = ck.rawExpr(x0, null);
                if (x.invalid()) {
                    return Operand.invalid(u);
                }
                return new Operand(Operand.Mode.VALUE, Types.pointer(x.type), null, u);
            }
            Operand x = ck.expr(u.x());
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (x.mode != Operand.Mode.VARIABLE) {
                // Go names the operand without its parentheses: &(5) cannot take the address of 5
                Operand shown = new Operand(x.mode, x.type, x.value, x0);
                shown.spelling = x.spelling;
                ck.error(Expressions.startPos(x0), "invalid operation: cannot take address of " + shown.describe());
                return Operand.invalid(u);
            }
            ck.selectors.markAddressTaken(u.x());
            return new Operand(Operand.Mode.VALUE, Types.pointer(x.type), null, u);
        }
        if (u.op() == Operator.RECV) {
            Operand x = ck.expr(u.x());
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (x.type instanceof TypeParamType && TypeSets.coreType(x.type) == null) {
                ck.error(x.expr.pos(), "invalid operation: cannot receive from " + x.describe() + ": no core type");
                return Operand.invalid(u);
            }
            if (!(TypeSets.coreType(x.type) instanceof ChanType ct)) {
                ck.error(u.pos(), "invalid operation: cannot receive from non-channel " + x.describe());
                return Operand.invalid(u);
            }
            if (ct.dir == Expr.ChanDir.SEND) {
                ck.error(x.expr.pos(), "invalid operation: cannot receive from send-only channel " + x.describe());
                return Operand.invalid(u);
            }
            return new Operand(Operand.Mode.COMMAOK, ct.elem, null, u);
        }
        Operand x = ck.expr(u.x());
        if (x.invalid()) {
            return Operand.invalid(u);
        }
        GoType t = x.type;
        switch (u.op()) {
            case ADD, SUB -> {
                if (!t.isNumeric()) {
                    ck.error(x.expr.pos(), "invalid operation: operator " + u.op() + " not defined on " + x.describe());
                    return Operand.invalid(u);
                }
                if (x.mode == Operand.Mode.CONSTANT) {
                    ConstValue v = u.op() == Operator.ADD ? x.value : negate(x.value);
                    return constResult(u, t, v);
                }
                return new Operand(Operand.Mode.VALUE, t, null, u);
            }
            case NOT -> {
                if (!t.isBoolean()) {
                    ck.error(x.expr.pos(), "invalid operation: operator ! not defined on " + x.describe());
                    return Operand.invalid(u);
                }
                if (x.mode == Operand.Mode.CONSTANT) {
                    return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(!x.value.asBool()), u);
                }
                return new Operand(Operand.Mode.VALUE, t, null, u);
            }
            case XOR -> {
                if (!t.isInteger()) {
                    ck.error(x.expr.pos(), "invalid operation: operator ^ not defined on " + x.describe());
                    return Operand.invalid(u);
                }
                if (x.mode == Operand.Mode.CONSTANT) {
                    BigInteger v = x.value.exactInt();
                    if (t.isUnsigned()) {
                        int bits = ((BasicType) t.underlying()).kind().bits();
                        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
                        return constResult(u, t, ConstValue.of(v.xor(mask)));
                    }
                    return constResult(u, t, ConstValue.of(v.not()));
                }
                return new Operand(Operand.Mode.VALUE, t, null, u);
            }
            default -> {
                ck.error(u.pos(), "unknown operator " + u.op());
                return Operand.invalid(u);
            }
        }
    }

    private static ConstValue negate(ConstValue v) {
        if (v.isInt()) {
            return ConstValue.of(v.asInt().negate());
        }
        if (v.isComplex()) {
            return ConstValue.complex(v.re().negate(), v.im().negate());
        }
        return ConstValue.of(v.asDecimal().negate());
    }

    /** A constant result; typed constants must be representable in their type. */
    private Operand constResult(Expr e, GoType t, ConstValue v) {
        if (!t.isUntyped() && t.underlying() instanceof BasicType bt) {
            ConstValue r = Predicates.representable(v, bt);
            if (r == null) {
                Operand whole = new Operand(Operand.Mode.CONSTANT, t, v, e);
                ck.error(Expressions.startPos(e), whole.describe() + " overflows " + t);
                return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(0), e);
            }
            v = r;
        }
        return new Operand(Operand.Mode.CONSTANT, t, v, e);
    }

    /** Checks {@code x op y} where x has been checked already; yExpr is checked here. */
    Operand binaryOp(Pos pos, Operator op, Operand x, Expr xExpr, Expr yExpr, Expr whole) {
        Expr e = whole != null ? whole : xExpr;
        Operand y = ck.expr(yExpr);
        if (y.invalid()) {
            return Operand.invalid(e);
        }
        String opText = ExprPrinter.print(xExpr) + " " + op + " " + ExprPrinter.print(yExpr);
        if (op.isShift()) {
            return shift(pos, op, x, y, e, opText);
        }
        // Go reports a binary operation at its left operand's start, not at the operator
        pos = Expressions.startPos(xExpr);
        if (op.isLogical()) {
            if (!matchTypes(x, y, pos, opText)) {
                return Operand.invalid(e);
            }
            if (!x.type.isBoolean() || !y.type.isBoolean()) {
                Operand bad = !x.type.isBoolean() ? x : y;
                ck.error(pos, "invalid operation: operator " + op + " not defined on " + bad.describe());
                return Operand.invalid(e);
            }
            GoType t = x.type.isUntyped() ? y.type : x.type;
            if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
                boolean v = op == Operator.LAND ? x.value.asBool() && y.value.asBool() : x.value.asBool() || y.value.asBool();
                return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(v), e);
            }
            return new Operand(Operand.Mode.VALUE, t, null, e);
        }
        if (op.isComparison()) {
            Operand r = compareOperands(pos, Expressions.startPos(yExpr), op, x, y, "invalid operation: " + opText);
            if (r == null) {
                return Operand.invalid(e);
            }
            return new Operand(r.mode, r.type, r.value, e);
        }
        if (!matchTypes(x, y, pos, opText)) {
            return Operand.invalid(e);
        }
        GoType t = x.type.isUntyped() ? y.type : x.type;
        if (x.type.isUntyped() && y.type.isUntyped()) {
            t = largerUntyped(x.type, y.type);
        }
        boolean okOp = switch (op) {
            case ADD -> TypeSets.all(t, u -> u.isNumeric() || u.isString());
            case SUB, MUL, QUO -> t.isNumeric();
            case REM, AND, OR, XOR, AND_NOT -> t.isInteger() || (t.isUntyped() && x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT
                            && x.value.exactInt() != null && y.value.exactInt() != null && t == Types.UNTYPED_FLOAT && false);
            default -> false;
        };
        if (!okOp) {
            Operand bad = x;
            ck.error(pos, "invalid operation: operator " + op + " not defined on " + bad.describe());
            return Operand.invalid(e);
        }
        if ((op == Operator.QUO || op == Operator.REM) && y.mode == Operand.Mode.CONSTANT && y.value.isNumeric()
                        && y.value.isZero() && (t.isInteger() || x.mode == Operand.Mode.CONSTANT)) {
            ck.error(yExpr.pos(), "invalid operation: division by zero");
            return Operand.invalid(e);
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            ConstValue v = constArith(op, x.value, y.value, t);
            if (v == null) {
                ck.error(pos, "invalid operation: " + opText);
                return Operand.invalid(e);
            }
            return constResult(e, t, v).spelled(x.type == t ? x.spelling : y.spelling);
        }
        // the untyped side of a mixed expression takes the other side's type
        if (x.type.isUntyped() && !t.isUntyped()) {
            ck.assignment(x, t, "operation");
        }
        if (y.type.isUntyped() && !t.isUntyped()) {
            ck.assignment(y, t, "operation");
        }
        // as in Go, the result has the left operand's type, unless that one was untyped
        return new Operand(Operand.Mode.VALUE, t, null, e).spelled(x.type == t ? x.spelling : y.spelling);
    }

    /**
     * An untyped operand meeting an operand of type parameter type: it must suit every type of the type set (a
     * constant must be representable in each). Go reports it at the untyped operand: nil as a mismatch, another as
     * what cannot be converted.
     */
    private boolean untypedToTypeParam(Operand u, TypeParamType tp, String mismatch) {
        if (u.isNil() && !Predicates.nilable(tp)) {
            ck.error(u.expr.pos(), mismatch);
            return false;
        }
        if (TypeSets.unrestricted(tp) || !tp.everyType(t -> Assignments.untypedFits(u, t))) {
            ck.error(u.expr.pos(), "cannot convert " + u.describe() + " to " + tp);
            return false;
        }
        return true;
    }

    private GoType largerUntyped(GoType a, GoType b) {
        int ra = untypedRank(a);
        int rb = untypedRank(b);
        return ra >= rb ? a : b;
    }

    private static int untypedRank(GoType t) {
        if (!(t instanceof BasicType b)) {
            return 0;
        }
        return switch (b.kind()) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }

    /** Makes the operand types of a binary operation agree, converting an untyped side. Reports mismatches. */
    private boolean matchTypes(Operand x, Operand y, Pos pos, String opText) {
        if (x.type.isUntyped() && y.type.isUntyped()) {
            boolean xn = x.type.isNumeric();
            boolean yn = y.type.isNumeric();
            if (xn && yn || x.type == y.type) {
                return true;
            }
            ck.error(pos, "invalid operation: " + opText + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
            return false;
        }
        if (x.type.isUntyped()) {
            return implicitConvert(x, y.type, pos, opText, true);
        }
        if (y.type.isUntyped()) {
            return implicitConvert(y, x.type, pos, opText, false);
        }
        if (x.type != y.type) {
            ck.error(pos, "invalid operation: " + opText + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
            return false;
        }
        return true;
    }

    /** Converts the untyped operand u to the other's type target; uFirst: u is the left operand, named first. */
    private boolean implicitConvert(Operand u, GoType target, Pos pos, String opText, boolean uFirst) {
        // Go names the operands' types in the order they are written
        String mismatch = "invalid operation: " + opText + " (mismatched types "
                        + (uFirst ? u.type + " and " + target : target + " and " + u.type) + ")";
        if (target instanceof TypeParamType tp) {
            return untypedToTypeParam(u, tp, mismatch);
        }
        if (u.isNil()) {
            if (Predicates.nilable(target)) {
                return true;
            }
            ck.error(pos, mismatch);
            return false;
        }
        if (target.underlying() instanceof InterfaceType) {
            return true;
        }
        if (!(target.underlying() instanceof BasicType bt)) {
            ck.error(pos, mismatch);
            return false;
        }
        boolean ok = u.type.isBoolean() ? bt.kind().isBoolean() : u.type.isString() ? bt.kind().isString() : bt.kind().isNumeric();
        if (!ok) {
            ck.error(pos, mismatch);
            return false;
        }
        if (u.mode == Operand.Mode.CONSTANT) {
            ConstValue r = Predicates.representable(u.value, bt);
            if (r == null) {
                // Go's words: a float constant that does not fit an integer type is truncated, whatever its value
                boolean truncated = u.value.isNumeric() && !u.type.isInteger() && bt.kind().isInteger();
                ck.error(u.expr.pos(), u.describe() + (truncated ? " truncated to " : " overflows ") + target);
                return false;
            }
        }
        return true;
    }

    /** The largest count a constant may be shifted by. */
    private static final int MAX_CONSTANT_SHIFT = 1023 - 1 + 52;
    /** The most bits an integer constant may have (Go's checker keeps 512). */
    private static final int MAX_CONSTANT_BITS = 512;

    private Operand shift(Pos pos, Operator op, Operand x, Operand y, Expr e, String opText) {
        if (!(y.type.isInteger() || y.mode == Operand.Mode.CONSTANT && y.value.exactInt() != null)) {
            ck.error(y.expr.pos(), "invalid operation: shift count " + y.describe() + " must be integer");
            return Operand.invalid(e);
        }
        if (y.mode == Operand.Mode.CONSTANT && y.value.exactInt().signum() < 0) {
            ck.error(y.expr.pos(), "invalid operation: negative shift count " + y.describe());
            return Operand.invalid(e);
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT
                        && y.value.exactInt().compareTo(BigInteger.valueOf(MAX_CONSTANT_SHIFT)) > 0) {
            // Go's bound: large enough to shift the smallest float64 up to 1 (1023 - 1 + 52 bits)
            ck.error(y.expr.pos(), "invalid operation: invalid shift count " + y.describe());
            return Operand.invalid(e);
        }
        if (y.type.isUntyped()) {
            ck.assignment(y, Types.UINT, "shift count");
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            BigInteger xv = x.value.exactInt();
            if (xv == null || !(x.type.isInteger() || x.type.isUntyped())) {
                ck.error(pos, "invalid operation: shifted operand " + x.describe() + " must be integer");
                return Operand.invalid(e);
            }
            if (y.mode == Operand.Mode.CONSTANT) {
                int s = y.value.exactInt().intValueExact();
                BigInteger r = op == Operator.SHL ? xv.shiftLeft(s) : xv.shiftRight(s);
                if (r.abs().bitLength() > MAX_CONSTANT_BITS) {
                    ck.error(e.pos(), "constant shift overflow");
                    return Operand.invalid(e);
                }
                GoType t = x.type == Types.UNTYPED_FLOAT || x.type == Types.UNTYPED_RUNE ? Types.UNTYPED_INT : x.type;
                if (x.type == Types.UNTYPED_RUNE) {
                    t = Types.UNTYPED_RUNE;
                }
                return constResult(e, t, ConstValue.of(r));
            }
            // non-constant shift of an untyped constant: its type comes from context (int by default)
            if (x.type.isUntyped()) {
                return new Operand(Operand.Mode.VALUE, Types.UNTYPED_INT, null, e);
            }
            return new Operand(Operand.Mode.VALUE, x.type, null, e);
        }
        if (!x.type.isInteger()) {
            ck.error(pos, "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(e);
        }
        return new Operand(Operand.Mode.VALUE, x.type, null, e);
    }

    private ConstValue constArith(Operator op, ConstValue a, ConstValue b, GoType t) {
        if (a.isString() && b.isString()) {
            return op == Operator.ADD ? ConstValue.of(a.asString() + b.asString()) : null;
        }
        if (t.isComplex() || a.isComplex() || b.isComplex()) {
            return complexArith(op, a, b);
        }
        boolean intArith = t.isInteger() || (a.isInt() && b.isInt() && t != Types.UNTYPED_FLOAT && !t.isFloat());
        if (intArith) {
            BigInteger x = a.exactInt();
            BigInteger y = b.exactInt();
            if (x == null || y == null) {
                return null;
            }
            return switch (op) {
                case ADD -> ConstValue.of(x.add(y));
                case SUB -> ConstValue.of(x.subtract(y));
                case MUL -> ConstValue.of(x.multiply(y));
                case QUO -> ConstValue.of(x.divide(y));
                case REM -> ConstValue.of(x.remainder(y));
                case AND -> ConstValue.of(x.and(y));
                case OR -> ConstValue.of(x.or(y));
                case XOR -> ConstValue.of(x.xor(y));
                case AND_NOT -> ConstValue.of(x.andNot(y));
                default -> null;
            };
        }
        BigDecimal x = a.asDecimal();
        BigDecimal y = b.asDecimal();
        return switch (op) {
            case ADD -> ConstValue.of(x.add(y, ConstValue.MC));
            case SUB -> ConstValue.of(x.subtract(y, ConstValue.MC));
            case MUL -> ConstValue.of(x.multiply(y, ConstValue.MC));
            case QUO -> ConstValue.of(ConstValue.divide(x, y));
            default -> null;
        };
    }

    /** Exact arithmetic on complex constants (a real operand is a complex one with a zero imaginary part). */
    private static ConstValue complexArith(Operator op, ConstValue a, ConstValue b) {
        java.math.MathContext mc = ConstValue.MC;
        BigDecimal ar = a.re();
        BigDecimal ai = a.im();
        BigDecimal br = b.re();
        BigDecimal bi = b.im();
        return switch (op) {
            case ADD -> ConstValue.complex(ar.add(br, mc), ai.add(bi, mc));
            case SUB -> ConstValue.complex(ar.subtract(br, mc), ai.subtract(bi, mc));
            case MUL -> ConstValue.complex(ar.multiply(br).subtract(ai.multiply(bi), mc), ar.multiply(bi).add(ai.multiply(br), mc));
            case QUO -> {
                // (ar + ai i)(br - bi i) / (br² + bi²)
                BigDecimal den = br.multiply(br).add(bi.multiply(bi));
                BigDecimal re = ar.multiply(br).add(ai.multiply(bi));
                BigDecimal im = ai.multiply(br).subtract(ar.multiply(bi));
                yield ConstValue.complex(ConstValue.divide(re, den), ConstValue.divide(im, den));
            }
            default -> null;
        };
    }

    /** Checks a comparison; returns the (untyped bool) result operand, or null after reporting an error. */
    Operand compareOperands(Pos pos, Operator op, Operand x, Operand y, String prefix) {
        return compareOperands(pos, pos, op, x, y, prefix);
    }

    /** As above; mismatchPos is where a mismatch of the operand types is reported (Go: the second operand). */
    Operand compareOperands(Pos pos, Pos mismatchPos, Operator op, Operand x, Operand y, String prefix) {
        String opText = ExprPrinter.print(x.expr) + " " + op + " " + ExprPrinter.print(y.expr);
        boolean ok;
        if (x.isNil() || y.isNil()) {
            Operand other = x.isNil() ? y : x;
            if (other.isNil()) {
                ck.error(mismatchPos, prefix + " (operator " + op + " not defined on untyped nil)");
                return null;
            }
            if (!Predicates.nilable(other.type)) {
                // against a type parameter, Go finds the mismatch converting nil, and reports it there
                ck.error(other.type instanceof TypeParamType ? (x.isNil() ? x : y).expr.pos() : pos, prefix + " (mismatched types " + (x.isNil() ? "untyped nil and " + y.type : x.type + " and untyped nil") + ")");
                return null;
            }
            if (op != Operator.EQL && op != Operator.NEQ) {
                ck.error(pos, prefix + " (operator " + op + " not defined on nil)");
                return null;
            }
            ck.env.info.types.put(x.isNil() ? x.expr : y.expr, other.type);
            return new Operand(Operand.Mode.VALUE, Types.UNTYPED_BOOL, null, null);
        }
        if (x.type.isUntyped() || y.type.isUntyped()) {
            if (!matchTypes(x, y, mismatchPos, opText)) {
                return null;
            }
            if (x.type.isUntyped() && !y.type.isUntyped()) {
                ck.assignment(x, y.type.underlying() instanceof InterfaceType ? Predicates.defaultType(x.type) : y.type, "comparison");
            } else if (y.type.isUntyped() && !x.type.isUntyped()) {
                ck.assignment(y, x.type.underlying() instanceof InterfaceType ? Predicates.defaultType(y.type) : x.type, "comparison");
            }
        } else if (x.type != y.type) {
            // the spec: in a comparison, one operand must be assignable to the other's type
            boolean mixedIface = Predicates.assignable(y.type, x.type) || Predicates.assignable(x.type, y.type);
            if (!mixedIface) {
                ck.error(mismatchPos, prefix + " (mismatched types " + x.shownType() + " and " + y.shownType() + ")");
                return null;
            }
        }
        GoType t = x.type.isUntyped() ? y.type : x.type;
        if (op == Operator.EQL || op == Operator.NEQ) {
            ok = Predicates.comparable(t);
            if (!ok && t instanceof TypeParamType) {
                ck.error(pos, prefix + " (incomparable types in type set)");
                return null;
            }
            if (!ok) {
                GoType u = t.underlying();
                String why = u instanceof SliceType ? "slice can only be compared to nil" : u instanceof MapType ? "map can only be compared to nil"
                                : u instanceof FuncType ? "func can only be compared to nil" : u instanceof StructType ? "struct containing " + incomparableField(t) + " cannot be compared" : "operator " + op + " not defined on " + ExprPrinter.print(x.expr) + " (variable of type " + t + ")";
                ck.error(pos, prefix + " (" + why + ")");
                return null;
            }
        } else {
            // both operands must be ordered: an untyped one may have been converted to an interface's default type
            Operand bad = !ordered(x.type) ? x : !ordered(y.type) ? y : null;
            if (bad != null && bad.type instanceof TypeParamType) {
                ck.error(pos, prefix + " (type parameter " + bad.type + " is not comparable with " + op + ")");
                return null;
            }
            if (bad != null) {
                ck.error(pos, prefix + " (operator " + op + " not defined on " + kindName(bad.type) + ")");
                return null;
            }
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            int c;
            if (x.value.isString()) {
                c = x.value.asString().compareTo(y.value.asString());
            } else if (x.value.isComplex() || y.value.isComplex()) {
                c = x.value.re().compareTo(y.value.re()) == 0 && x.value.im().compareTo(y.value.im()) == 0 ? 0 : 1;
            } else if (x.value.isBool()) {
                c = x.value.asBool() == y.value.asBool() ? 0 : 1;
            } else {
                c = x.value.asDecimal().compareTo(y.value.asDecimal());
            }
            boolean r = switch (op) {
                case EQL -> c == 0;
                case NEQ -> c != 0;
                case LSS -> c < 0;
                case LEQ -> c <= 0;
                case GTR -> c > 0;
                default -> c >= 0;
            };
            return new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_BOOL, ConstValue.of(r), null);
        }
        return new Operand(Operand.Mode.VALUE, Types.UNTYPED_BOOL, null, null);
    }

    private static boolean ordered(GoType t) {
        return TypeSets.all(t, u -> (u.isNumeric() && !u.isComplex()) || u.isString());
    }

    /** How Go names a type in "operator < not defined on ...": its kind for composite types, else the type. */
    private static String kindName(GoType t) {
        return switch (t.underlying()) {
            case ArrayType a -> "array";
            case SliceType s -> "slice";
            case StructType s -> "struct";
            case PointerType p -> "pointer";
            case FuncType f -> "func";
            case InterfaceType i -> t instanceof TypeParamType ? "type parameter " + t : "interface";
            case MapType m -> "map";
            case ChanType c -> "chan";
            default -> t.toString();
        };
    }

    private String incomparableField(GoType t) {
        if (t.underlying() instanceof StructType st) {
            for (StructType.Field f : st.fields) {
                if (!Predicates.comparable(f.type())) {
                    return f.type().toString();
                }
            }
        }
        return t.toString();
    }
}
