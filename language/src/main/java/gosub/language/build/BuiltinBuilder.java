package gosub.language.build;

import gosub.ast.Expr;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.MapNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.operators.ComplexParts;
import gosub.language.nodes.operators.MinMax;
import gosub.language.nodes.expression.StringNodes;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;

import java.util.List;

/** Nodes for the value-producing built-in functions. */
final class BuiltinBuilder {
    private BuiltinBuilder() {
    }

    static ExprNode build(FunctionBuilder b, Expr.Call c, String name) {
        List<Expr> args = c.args();
        switch (name) {
            case "len", "cap" -> {
                GoType u = b.type(args.get(0)).underlying();
                if (u instanceof PointerType p) {
                    u = p.elem.underlying();
                }
                switch (u) {
                    case BasicType bt -> {
                        return new StringNodes.Len(b.exprs.expr(args.get(0)));
                    }
                    case ArrayType at -> {
                        return new SliceNodes.ArrayLen(b.exprs.expr(args.get(0)), at.length);
                    }
                    case SliceType st -> {
                        return new SliceNodes.Len(b.exprs.expr(args.get(0)), name.equals("cap"));
                    }
                    case MapType mt -> {
                        return new MapNodes.Len(b.exprs.expr(args.get(0)));
                    }
                    case ChanType ct -> {
                        return ConcurrencyBuilder.lenCap(b, b.exprs.expr(args.get(0)), name.equals("cap"));
                    }
                    default -> throw new Unbuildable(c, name + " of " + u);
                }
            }
            case "append" -> {
                SliceType st = (SliceType) b.type(c).underlying();
                if (c.hasEllipsis()) {
                    return new SliceNodes.AppendSlice(st.elem, b.exprs.expr(args.get(0)), b.exprs.expr(args.get(1)));
                }
                ExprNode[] vals = new ExprNode[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    vals[i - 1] = b.exprs.valueTo(args.get(i), st.elem);
                }
                return new SliceNodes.Append(st.elem, b.exprs.expr(args.get(0)), vals);
            }
            case "copy" -> {
                Expr src = args.get(1);
                while (src instanceof Expr.Paren p && b.exprs.evaluatesInPlace(p)) {
                    src = p.x();
                }
                if (src instanceof Expr.Slice sl && b.exprs.evaluatesInPlace(sl) && b.type(sl.x()).underlying() instanceof BasicType) {
                    // copy(b, s[i:]) takes the bytes from s itself: a substring would copy all the rest of s each time
                    ExprNode dst = b.exprs.expr(args.get(0));
                    ExprNode str = b.exprs.expr(sl.x());
                    ExprNode lo = sl.lo() == null ? null : b.exprs.intExpr(sl.lo());
                    ExprNode hi = sl.hi() == null ? null : b.exprs.intExpr(sl.hi());
                    ExprNode window = b.lined(b.at(new StringNodes.SubstringWindow(str, lo, hi), sl), sl.lbrack());
                    return new StringNodes.CopyFromWindow(dst, window);
                }
                return new SliceNodes.Copy(((SliceType) b.type(args.get(0)).underlying()).elem, b.exprs.expr(args.get(0)), b.exprs.expr(args.get(1)));
            }
            case "make" -> {
                GoType t = b.type(c);
                GoType u = t.underlying();
                if (u instanceof SliceType st) {
                    return new SliceNodes.Make(st.elem, b.exprs.expr(args.get(1)), args.size() > 2 ? b.exprs.expr(args.get(2)) : null);
                }
                if (u instanceof MapType mt) {
                    return new MapNodes.Make(mt, args.size() > 1 ? b.exprs.expr(args.get(1)) : null);
                }
                return ConcurrencyBuilder.makeChan(b, (ChanType) u, args.size() > 1 ? b.exprs.expr(args.get(1)) : null);
            }
            case "new" -> {
                GoType t = ((PointerType) b.type(c).underlying()).elem;
                if (b.info.types.containsKey(args.get(0))) {
                    return new PointerNodes.NewWith(t, b.exprs.valueTo(args.get(0), t)); // new(expr), Go 1.26
                }
                return new PointerNodes.New(t);
            }
            case "recover" -> {
                return new ControlNodes.Recover(b.armedSlot, false);
            }
            case "min", "max" -> {
                GoType t = b.type(c);
                ExprNode[] vals = new ExprNode[args.size()];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = b.exprs.valueTo(args.get(i), t);
                }
                return MinMax.create(name.equals("min"), t, vals);
            }
            case "complex" -> {
                GoType part = b.type(args.get(0));
                return ComplexParts.make(b.exprs.valueTo(args.get(0), part), b.exprs.valueTo(args.get(1), part));
            }
            case "real" -> {
                return ComplexParts.real(b.exprs.expr(args.get(0)));
            }
            case "imag" -> {
                return ComplexParts.imag(b.exprs.expr(args.get(0)));
            }
            default -> throw new Unbuildable(c, "built-in " + name);
        }
    }
}
