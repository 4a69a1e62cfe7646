package gosub.language.build;

import com.oracle.truffle.api.CallTarget;
import gosub.ast.Expr;
import gosub.language.check.ConstEntity;
import gosub.language.check.Entity;
import gosub.language.check.FuncEntity;
import gosub.language.check.Selection;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.call.InterfaceMethodExpression;
import gosub.language.nodes.call.MethodExpressionWrapper;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.ConversionNodes;
import gosub.language.nodes.expression.FuncNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.expression.StructNodes;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;

import java.util.List;

/** Builds selectors: fields (through embedded fields), method values and expressions, and receivers. */
final class MemberBuilder {
    private final FunctionBuilder fb;

    MemberBuilder(FunctionBuilder fb) {
        this.fb = fb;
    }

    StructType.Field fieldOf(Selection sel) {
        StructType st = (StructType) sel.fieldOwner().underlying();
        return st.field(sel.name());
    }

    /** The struct storage that holds the selected field, after walking embedded fields. */
    ExprNode structOperand(Expr x, Selection sel) {
        return throughEmbedded(fb.exprs.expr(x), sel.path());
    }

    /** The value reached from x by reading each embedded field of path in turn (struct storage or an interface). */
    private static ExprNode throughEmbedded(ExprNode x, List<Selection.Step> path) {
        ExprNode cur = x;
        for (Selection.Step step : path) {
            cur = StructNodes.read(cur, embeddedField(step).slot(), Rep.OBJECT);
        }
        return cur;
    }

    private static StructType.Field embeddedField(Selection.Step step) {
        GoType holder = step.structType().underlying();
        StructType st = (StructType) (holder instanceof PointerType p ? p.elem.underlying() : holder);
        return st.field(step.field());
    }

    /**
     * The interface value whose method M the selector x.M names, and its type: x itself, or the embedded interface
     * field M is promoted from (Go reads that field when the call or method value is evaluated).
     */
    record InterfaceOperand(ExprNode value, InterfaceType type) { }

    InterfaceOperand interfaceOperand(Expr.Selector s, Selection sel) {
        return interfaceOperand(fb.exprs.expr(s.x()), fb.type(s.x()), sel.path());
    }

    private static InterfaceOperand interfaceOperand(ExprNode x, GoType xType, List<Selection.Step> path) {
        GoType type = path.isEmpty() ? xType : embeddedField(path.get(path.size() - 1)).type();
        return new InterfaceOperand(throughEmbedded(x, path), (InterfaceType) type.underlying());
    }

    ExprNode selector(Expr.Selector s) {
        Entity q = fb.info.qualified.get(s);
        if (q != null) {
            if (q instanceof VarEntity v) {
                return fb.readVar(v);
            }
            if (q instanceof FuncEntity f) {
                return new FuncNodes.FuncRef(() -> fb.pkg.callTarget(f), f.qualifiedName());
            }
            if (q instanceof ConstEntity c) {
                return new ConstNode(ExpressionBuilder.constValue(c.value, fb.type(s)));
            }
            throw new Unbuildable(s, "qualified " + s.sel());
        }
        Selection sel = fb.info.selections.get(s);
        switch (sel.kind()) {
            case FIELD -> {
                StructType.Field f = fieldOf(sel);
                return StructNodes.read(structOperand(s.x(), sel), f.slot(), f.type().rep());
            }
            case METHOD_VALUE -> {
                FuncEntity m = sel.methodEntity();
                return new FuncNodes.BoundMethod(() -> fb.pkg.callTarget(m), receiver(s, sel, m), m.qualifiedName());
            }
            case INTERFACE_METHOD -> {
                return new FuncNodes.BoundInterfaceMethod(interfaceOperand(s, sel).value(), s.sel(), fb.pkg.methods);
            }
            case METHOD_EXPR -> {
                FuncEntity m = sel.methodEntity();
                if (m == null) {
                    return interfaceMethodExpr(sel);
                }
                return methodExpr(sel, m);
            }
            default -> throw new Unbuildable(s, "selector");
        }
    }

    /** The receiver argument of a statically dispatched method call (taking the address or dereferencing). */
    ExprNode receiver(Expr.Selector s, Selection sel, FuncEntity m) {
        GoType holder = fb.type(s.x());
        if (sel.path().isEmpty() && m.pointerRecv && !(holder.underlying() instanceof PointerType)) {
            return fb.exprs.addressOf(s.x());
        }
        return receiverFrom(fb.exprs.expr(s.x()), holder, sel.path(), m);
    }

    /**
     * The receiver of method m from x of type holder: through the embedded fields of path, then dereferenced (or
     * copied) to the value a value method takes. For a pointer method, x or an embedded field on the path is a
     * pointer (or addressable storage).
     */
    ExprNode receiverFrom(ExprNode x, GoType holder, List<Selection.Step> path, FuncEntity m) {
        for (Selection.Step step : path) {
            StructType.Field f = embeddedField(step);
            holder = f.type();
            if (m.pointerRecv && !(holder.underlying() instanceof PointerType) && !Aggregates.isAggregate(holder)) {
                // the method's type is embedded as a number, string, slice, ...: its receiver is the field's address
                return new PointerNodes.FieldAddress(x, f.slot());
            }
            x = StructNodes.read(x, f.slot(), holder.rep());
        }
        if (m.pointerRecv) {
            return x; // a pointer, or embedded struct storage, which is the pointer
        }
        if (holder.underlying() instanceof PointerType p) {
            GoType elem = p.elem;
            if (Aggregates.isAggregate(elem)) {
                return new ConversionNodes.CopyAggregate(elem, new PointerNodes.LoadAggregate(x));
            }
            return new PointerNodes.Load(x, elem.rep());
        }
        if (Aggregates.isAggregate(holder)) {
            return new ConversionNodes.CopyAggregate(holder, x);
        }
        return x;
    }

    /**
     * The function I.M denotes for an interface type I: it calls M of its first argument's dynamic type. For a
     * struct type S (or *S) whose M is promoted from an embedded interface, S.M first reads that field from its
     * first argument.
     */
    ExprNode interfaceMethodExpr(Selection sel) {
        CallTarget[] target = new CallTarget[1];
        return new FuncNodes.FuncRef(() -> {
            synchronized (target) { // the receiver node can belong to one wrapper only
                if (target[0] == null) {
                    InterfaceOperand iface = interfaceOperand(MethodExpressionWrapper.receiverArgument(), sel.recvType(), sel.path());
                    CallTarget dispatch = InterfaceMethodExpression.create(fb.pkg.language, fb.pkg.methods, iface.type(), sel.name());
                    target[0] = sel.path().isEmpty() ? dispatch : MethodExpressionWrapper.create(fb.pkg.language, iface.value(), dispatch, null);
                }
                return target[0];
            }
        }, sel.recvType() + "." + sel.name());
    }

    /**
     * The function T.M or (*T).M denotes: M's own code when its receiver is the first parameter as is, else a
     * wrapper that first turns the parameter into M's receiver (dereferencing *T for a value method, walking to
     * the embedded field that declares a promoted method).
     */
    ExprNode methodExpr(Selection sel, FuncEntity m) {
        boolean recvIsPointer = sel.recvType().underlying() instanceof PointerType;
        if (sel.path().isEmpty() && recvIsPointer == m.pointerRecv) {
            return new FuncNodes.FuncRef(() -> fb.pkg.callTarget(m), m.qualifiedName());
        }
        ExprNode recv = receiverFrom(MethodExpressionWrapper.receiverArgument(), sel.recvType(), sel.path(), m);
        // Go's message for a nil *T given to (*T).M of a value method; through embedded fields it is a nil dereference
        String nilMessage = sel.path().isEmpty() && m.recvType instanceof NamedType nt
                        ? "value method " + m.qualifiedName() + " called using nil *" + nt.name + " pointer" : null;
        CallTarget[] wrapper = new CallTarget[1];
        return new FuncNodes.FuncRef(() -> {
            synchronized (wrapper) { // the receiver node can belong to one wrapper only
                if (wrapper[0] == null) {
                    wrapper[0] = MethodExpressionWrapper.create(fb.pkg.language, recv, fb.pkg.callTarget(m), nilMessage);
                }
                return wrapper[0];
            }
        }, m.qualifiedName());
    }
}
