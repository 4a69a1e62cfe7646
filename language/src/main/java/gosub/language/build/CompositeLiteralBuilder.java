package gosub.language.build;

import gosub.ast.Expr;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.nodes.expression.MapNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.expression.StructNodes;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;

import java.util.ArrayList;
import java.util.List;

/** Builds composite literals: structs, arrays, slices and maps. */
final class CompositeLiteralBuilder {
    private final FunctionBuilder fb;

    CompositeLiteralBuilder(FunctionBuilder fb) {
        this.fb = fb;
    }

    ExprNode compositeLit(Expr.CompositeLit cl) {
        GoType t = fb.info.types.get(cl);
        if (t == null) {
            throw new Unbuildable(cl, "composite literal");
        }
        boolean ptr = false;
        if (cl.type() == null && t.underlying() instanceof PointerType p) {
            t = p.elem;
            ptr = true;
        }
        ExprNode n = compositeOf(cl, t);
        return n; // a pointer to an aggregate is its storage, so &T{} and T{} build the same node
    }

    ExprNode compositeOf(Expr.CompositeLit cl, GoType t) {
        GoType u = t.underlying();
        switch (u) {
            case StructType st -> {
                int n = cl.elems().size();
                int[] slots = new int[n];
                Rep[] reps = new Rep[n];
                ExprNode[] vals = new ExprNode[n];
                for (int i = 0; i < n; i++) {
                    Expr.Element el = cl.elems().get(i);
                    StructType.Field f = el.key() != null ? st.field(((Expr.Ident) el.key()).name()) : st.fields.get(i);
                    // Go evaluates the value given for a blank field and drops it: the field stays zero
                    slots[i] = f.name().equals("_") ? StructNodes.Literal.DROPPED : f.slot();
                    reps[i] = f.type().rep();
                    vals[i] = element(el.value(), f.type());
                }
                return new StructNodes.Literal(st, slots, reps, vals);
            }
            case SliceType s -> {
                return elements(cl, s.elem, false, -1);
            }
            case ArrayType a -> {
                return elements(cl, a.elem, true, a.length);
            }
            case MapType m -> {
                int n = cl.elems().size();
                ExprNode[] keys = new ExprNode[n];
                ExprNode[] vals = new ExprNode[n];
                for (int i = 0; i < n; i++) {
                    // Go stores each entry before it evaluates the next, ordering each on its own (see OperandOrder)
                    Expr k = cl.elems().get(i).key();
                    Expr v = cl.elems().get(i).value();
                    List<Expr> hoisted = new ArrayList<>();
                    List<StmtNode> first = fb.order.prepare(scan -> {
                        scan.operand(k, m.key, false);
                        scan.operand(v, m.value, false);
                    }, hoisted);
                    try {
                        keys[i] = element(k, m.key);
                        vals[i] = element(v, m.value);
                    } finally {
                        fb.order.release(hoisted);
                    }
                    if (!first.isEmpty()) {
                        keys[i] = new LocalNodes.AfterWrites(first.toArray(new StmtNode[0]), keys[i]);
                    }
                }
                return new MapNodes.Literal(m, keys, vals);
            }
            default -> throw new Unbuildable(cl, "composite literal of " + t);
        }
    }

    ExprNode element(Expr v, GoType t) {
        if (v instanceof Expr.CompositeLit c && c.type() == null) {
            return fb.exprs.expr(v);
        }
        return fb.exprs.valueTo(v, t);
    }

    ExprNode elements(Expr.CompositeLit cl, GoType elem, boolean isArray, long arrayLen) {
        int n = cl.elems().size();
        int[] idx = new int[n];
        ExprNode[] vals = new ExprNode[n];
        int next = 0;
        int len = 0;
        for (int i = 0; i < n; i++) {
            Expr.Element el = cl.elems().get(i);
            if (el.key() != null) {
                next = (int) fb.info.consts.get(el.key()).exactInt().longValue();
            }
            idx[i] = next;
            vals[i] = element(el.value(), elem);
            next++;
            len = Math.max(len, next);
        }
        if (isArray) {
            len = (int) arrayLen;
        }
        return new SliceNodes.Literal(elem, idx, len, isArray, vals);
    }
}
