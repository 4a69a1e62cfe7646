package gosub.language.build;

import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.language.check.ConstEntity;
import gosub.language.check.ConstValue;
import gosub.language.check.Entity;
import gosub.language.check.FuncEntity;
import gosub.language.check.Info;
import gosub.language.check.Selection;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.ConversionNodes;
import gosub.language.nodes.expression.FuncNodes;
import gosub.language.nodes.expression.InterfaceNodes;
import gosub.language.nodes.expression.MapNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.expression.UnsignedIndex;
import gosub.language.nodes.expression.StringNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.nodes.operators.Comparison;
import gosub.language.nodes.operators.ComplexArithmetic;
import gosub.language.nodes.operators.FloatArithmetic;
import gosub.language.nodes.operators.IntArithmetic;
import gosub.language.nodes.operators.Logic;
import gosub.language.nodes.operators.UnaryArithmetic;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.Complex;

import java.math.BigInteger;

/**
 * Builds the nodes of expressions: constants, variables, operators, indexing and slicing, and the conversions a
 * value needs when it is stored (interface boxing, copies of arrays and structs).
 */
final class ExpressionBuilder {
    private final FunctionBuilder fb;

    ExpressionBuilder(FunctionBuilder fb) {
        this.fb = fb;
    }

    /** A condition (if, for, a tagless switch's case): an order of its own, evaluated each time it is tested. */
    ExprNode cond(Expr e) {
        return fb.order.expression(e, null, () -> expr(e));
    }

    ExprNode intExpr(Expr e) {
        return indexBound(expr(e), fb.type(e));
    }

    /** An index or slice bound n of type t, marked when t is a 64-bit unsigned type (for Go's panic text). */
    static ExprNode indexBound(ExprNode n, GoType t) {
        return t.isUnsigned() && t.underlying() instanceof BasicType b && b.kind().bits() == 64 ? new UnsignedIndex(n) : n;
    }

    /** The value of e converted for storing into a location of type target (interface boxing, aggregate copy). */
    ExprNode valueTo(Expr e, GoType target) {
        GoType from = fb.type(e);
        ExprNode n = expr(e);
        if (Aggregates.isAggregate(from) && !isFresh(e)) {
            n = new ConversionNodes.CopyAggregate(from, n);
        }
        return convert(n, from, target);
    }

    /** Composite literals and call results are new values; everything else must be copied when stored. */
    boolean isFresh(Expr e) {
        Expr u = FunctionBuilder.unparen(e);
        return u instanceof Expr.CompositeLit || u instanceof Expr.Call c && fb.info.calls.get(c) != Info.CallKind.CONVERSION;
    }

    ExprNode convert(ExprNode n, GoType from, GoType to) {
        if (to == null || from == null || from == to) {
            return n;
        }
        if (to.isInterface() && !from.isInterface()) {
            if (from == Types.UNTYPED_NIL) {
                return n;
            }
            return new ConversionNodes.ToIface(from, false, n);
        }
        return n;
    }

    ExprNode expr(Expr e) {
        ExprNode n = expr0(e);
        return fb.at(n, e);
    }

    /**
     * Whether building e makes the nodes that evaluate it, rather than a read of the slot where an earlier step (the
     * order step, a deferred call's arguments, a spread) put its value: only then may a builder take e apart.
     */
    boolean evaluatesInPlace(Expr e) {
        return !fb.order.evaluatesFirst(e) && !fb.spreadArgs.containsKey(e) && !fb.deferredArgs.containsKey(e);
    }

    ExprNode expr0(Expr e) {
        ExprNode early = fb.order.savedValue(e);
        if (early != null) {
            return early;
        }
        ExprNode spread = fb.spreadArgs.remove(e);
        if (spread != null) {
            return spread;
        }
        FunctionBuilder.DeferredArg deferred = fb.deferredArgs.get(e);
        if (deferred != null) {
            return LocalNodes.read(deferred.slot(), deferred.rep());
        }
        ConstValue cv = fb.info.consts.get(e);
        if (cv != null) {
            return new ConstNode(constValue(cv, fb.type(e)));
        }
        switch (e) {
            case Expr.Paren p -> {
                return expr(p.x());
            }
            case Expr.Ident id -> {
                Entity ent = fb.info.uses.get(id);
                if (ent instanceof VarEntity v) {
                    return fb.readVar(v);
                }
                if (ent instanceof FuncEntity f) {
                    FuncEntity inst = fb.info.instances.getOrDefault(id, f);
                    return new FuncNodes.FuncRef(() -> fb.pkg.callTarget(inst), inst.qualifiedName());
                }
                if (ent instanceof ConstEntity c) {
                    return new ConstNode(constValue(c.value, fb.type(e)));
                }
                if (id.name().equals("nil")) {
                    return new ConstNode(null);
                }
                throw new Unbuildable(e, "identifier " + id.name());
            }
            case Expr.BasicLit lit -> throw new Unbuildable(e, "literal " + lit.raw());
            case Expr.FuncLit fl -> {
                return fb.funcLit(fl);
            }
            case Expr.CompositeLit cl -> {
                return fb.literals.compositeLit(cl);
            }
            case Expr.Selector s -> {
                return fb.members.selector(s);
            }
            case Expr.Index ix -> {
                return index(ix, false);
            }
            case Expr.Slice sl -> {
                return sliceExpr(sl);
            }
            case Expr.TypeAssert ta -> {
                GoType t = fb.info.types.get(ta.type());
                return new InterfaceNodes.Assert(expr(ta.x()), fb.type(ta.x()), t, false, fb.pkg.methods);
            }
            case Expr.Call c -> {
                return fb.calls.call(c);
            }
            case Expr.Star st -> {
                GoType elem = ((PointerType) fb.type(st.x()).underlying()).elem;
                if (Aggregates.isAggregate(elem)) {
                    return new PointerNodes.LoadAggregate(expr(st.x()));
                }
                return new PointerNodes.Load(expr(st.x()), elem.rep());
            }
            case Expr.Unary u -> {
                return unary(u);
            }
            case Expr.Binary b -> {
                return binary(b);
            }
            default -> throw new Unbuildable(e, "expression " + e.getClass().getSimpleName());
        }
    }

    /** A constant as the Java value of its type's representation. */
    static Object constValue(ConstValue cv, GoType t) {
        GoType u = t.underlying();
        if (u instanceof BasicType b) {
            Kind k = b.kind();
            if (k.isInteger()) {
                BigInteger i = cv.exactInt();
                return i == null ? (long) cv.toDouble() : i.longValue();
            }
            if (k.isFloat()) {
                double d = cv.toDouble();
                return k == Kind.FLOAT32 ? (double) (float) d : d;
            }
            if (k.isComplex()) {
                Complex c = new Complex(cv.re().doubleValue(), cv.im().doubleValue());
                return k == Kind.COMPLEX64 ? c.toComplex64() : c;
            }
            if (k.isBoolean()) {
                return cv.asBool();
            }
            if (k.isString()) {
                return cv.asString();
            }
        }
        if (u instanceof InterfaceType) {
            // a constant stored in an interface: box with its default type
            GoType dt = cv.isBool() ? Types.BOOL : cv.isString() ? Types.STRING : cv.isInt() ? Types.INT
                            : cv.isComplex() ? Types.COMPLEX128 : Types.FLOAT64;
            return new gosub.language.values.Iface(dt, constValue(cv, dt));
        }
        throw new Unbuildable(null, "constant of type " + t);
    }

    ExprNode unary(Expr.Unary u) {
        GoType t = fb.type(u);
        switch (u.op()) {
            case SUB -> {
                if (t.isComplex()) {
                    return ComplexArithmetic.negate(expr(u.x()));
                }
                if (t.isFloat()) {
                    return UnaryArithmetic.negateFloat(expr(u.x()));
                }
                return UnaryArithmetic.negateInt(kindOf(t), expr(u.x()));
            }
            case ADD -> {
                return expr(u.x());
            }
            case NOT -> {
                return Logic.not(expr(u.x()));
            }
            case XOR -> {
                return UnaryArithmetic.complement(kindOf(t), expr(u.x()));
            }
            case AND -> {
                return addressOf(u.x());
            }
            case RECV -> {
                return ConcurrencyBuilder.receive(fb, expr(u.x()), ((ChanType) fb.type(u.x()).underlying()).elem, false);
            }
            default -> throw new Unbuildable(u, "operator " + u.op());
        }
    }

    public static Kind kindOf(GoType t) {
        GoType u = t.underlying();
        return u instanceof BasicType b ? b.kind() : Kind.INT;
    }

    ExprNode addressOf(Expr x) {
        Expr u = FunctionBuilder.unparen(x);
        GoType t = fb.type(u);
        if (u instanceof Expr.CompositeLit) {
            ExprNode lit = expr(u);
            if (Aggregates.isAggregate(t)) {
                return lit;
            }
            return new FuncNodes.Boxed(lit, t);
        }
        if (Aggregates.isAggregate(t)) {
            return expr(u); // the storage is the pointer
        }
        switch (u) {
            case Expr.Ident id -> {
                VarEntity v = (VarEntity) fb.info.uses.get(id);
                return fb.cellOf(v);
            }
            case Expr.Selector s -> {
                Entity q = fb.info.qualified.get(s);
                if (q instanceof VarEntity v) {
                    return fb.cellOf(v);
                }
                Selection sel = fb.info.selections.get(s);
                StructType.Field f = fb.members.fieldOf(sel);
                return new PointerNodes.FieldAddress(fb.members.structOperand(s.x(), sel), f.slot());
            }
            case Expr.Index ix -> {
                GoType xu = fb.type(ix.x()).underlying();
                boolean isArray = !(xu instanceof SliceType);
                ExprNode xs = xu instanceof PointerType ? new PointerNodes.LoadAggregate(expr(ix.x())) : expr(ix.x());
                return new PointerNodes.ElementAddress(xs, intExpr(ix.indices().get(0)), isArray);
            }
            case Expr.Star st -> {
                // &*p is p, but Go checks p for nil all the same
                return new PointerNodes.LoadAggregate(expr(st.x()));
            }
            default -> throw new Unbuildable(x, "address of " + x.getClass().getSimpleName());
        }
    }

    ExprNode binary(Expr.Binary b) {
        Operator op = b.op();
        if (op == Operator.LAND || op == Operator.LOR) {
            // the right operand runs only when needed, so its calls are not evaluated before the left operand's reads
            ExprNode x = expr(b.x());
            ExprNode y = fb.order.expression(b.y(), null, () -> expr(b.y()));
            return op == Operator.LAND ? Logic.and(x, y) : Logic.or(x, y);
        }
        GoType xt = fb.type(b.x());
        GoType yt = fb.type(b.y());
        switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> {
                ExprNode x = expr(b.x());
                ExprNode y = expr(b.y());
                if (xt.isInterface() != yt.isInterface()) {
                    if (xt.isInterface()) {
                        y = convert(y, yt, xt);
                    } else {
                        x = convert(x, xt, yt);
                        xt = yt;
                    }
                }
                return compare(op, xt, x, y);
            }
            default -> {
                GoType t = fb.type(b);
                if (op.isShift()) {
                    return IntArithmetic.create(op, kindOf(t), expr(b.x()), expr(b.y()), yt.isUnsigned());
                }
                ExprNode n = arith(op, t, expr(b.x()), expr(b.y()));
                if ((op == Operator.QUO || op == Operator.REM) && t.isInteger()) {
                    return fb.lined(n, b.pos()); // integer division by zero happens at its operator
                }
                return n;
            }
        }
    }

    ExprNode compare(Operator op, GoType t, ExprNode x, ExprNode y) {
        return Comparison.create(op, t, x, y);
    }

    ExprNode arith(Operator op, GoType t, ExprNode x, ExprNode y) {
        if (t.isString()) {
            return new StringNodes.Concat(x, y);
        }
        if (t.isFloat()) {
            return FloatArithmetic.create(op, kindOf(t) == Kind.FLOAT32, x, y);
        }
        if (t.isComplex()) {
            return ComplexArithmetic.create(op, kindOf(t) == Kind.COMPLEX64, x, y);
        }
        return IntArithmetic.create(op, kindOf(t), x, y, false);
    }

    ExprNode index(Expr.Index ix, boolean commaOk) {
        FuncEntity inst = fb.info.instances.get(ix);
        if (inst != null) {
            return new FuncNodes.FuncRef(() -> fb.pkg.callTarget(inst), inst.qualifiedName());
        }
        GoType xt = fb.type(ix.x());
        GoType u = xt.underlying();
        Expr i = ix.indices().get(0);
        if (u instanceof BasicType) {
            return fb.lined(new StringNodes.Index(expr(ix.x()), intExpr(i)), ix.lbrack());
        }
        if (u instanceof MapType mt) {
            return new MapNodes.Get(expr(ix.x()), valueTo(i, mt.key), mt.key, mt.value, commaOk);
        }
        boolean isArray = !(u instanceof SliceType);
        GoType elem = AssignmentBuilder.indexedElem(u);
        ExprNode xs = u instanceof PointerType ? new PointerNodes.LoadAggregate(expr(ix.x())) : expr(ix.x());
        return fb.lined(new SliceNodes.Get(xs, intExpr(i), isArray, Aggregates.storageOf(elem), kindOf(elem) == Kind.INT8), ix.lbrack());
    }

    ExprNode commaOkExpr(Expr u) {
        switch (u) {
            case Expr.Index ix -> {
                return index(ix, true);
            }
            case Expr.TypeAssert ta -> {
                GoType t = fb.info.types.get(ta.type());
                return new InterfaceNodes.Assert(expr(ta.x()), fb.type(ta.x()), t, true, fb.pkg.methods);
            }
            case Expr.Unary un -> {
                return ConcurrencyBuilder.receive(fb, expr(un.x()), ((ChanType) fb.type(un.x()).underlying()).elem, true);
            }
            default -> throw new Unbuildable(u, "comma-ok form");
        }
    }

    ExprNode sliceExpr(Expr.Slice sl) {
        GoType u = fb.type(sl.x()).underlying();
        ExprNode lo = sl.lo() == null ? null : intExpr(sl.lo());
        ExprNode hi = sl.hi() == null ? null : intExpr(sl.hi());
        ExprNode max = sl.max() == null ? null : intExpr(sl.max());
        if (u instanceof BasicType) {
            return fb.lined(new StringNodes.Substring(expr(sl.x()), lo, hi), sl.lbrack());
        }
        if (u instanceof PointerType) {
            return fb.lined(new SliceNodes.Reslice(new PointerNodes.LoadAggregate(expr(sl.x())), lo, hi, max, true), sl.lbrack());
        }
        return fb.lined(new SliceNodes.Reslice(expr(sl.x()), lo, hi, max, u instanceof ArrayType), sl.lbrack());
    }
}
