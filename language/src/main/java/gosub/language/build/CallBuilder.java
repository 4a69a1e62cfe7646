package gosub.language.build;

import com.oracle.truffle.api.CallTarget;
import gosub.ast.Expr;
import gosub.language.check.FuncEntity;
import gosub.language.check.Info;
import gosub.language.check.Selection;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.call.CallNodes;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.ConversionNodes;
import gosub.language.nodes.expression.FuncNodes;
import gosub.language.nodes.expression.StringNodes;
import gosub.language.nodes.expression.MapNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.nodes.operators.ComplexArithmetic;
import gosub.language.nodes.operators.NumericConversion;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.TupleType;
import gosub.language.values.Aggregates;

import java.util.List;

/** Builds calls: of declared functions and methods, through interfaces and function values, natives, conversions. */
final class CallBuilder {
    private final FunctionBuilder fb;

    CallBuilder(FunctionBuilder fb) {
        this.fb = fb;
    }

    /** A call split into what to call and its evaluated arguments, for go and defer. */
    static final class CallParts {
        ExprNode fnValue;
        java.util.function.Supplier<CallTarget> target;
        ExprNode[] args;
    }

    CallParts callParts(Expr.Call c) {
        CallParts p = new CallParts();
        Info.CallKind k = fb.info.calls.get(c);
        Expr f = FunctionBuilder.unparen(c.fun());
        if (k == Info.CallKind.FUNC) {
            FuncEntity fe = staticFunc(f);
            p.target = () -> fb.pkg.callTarget(fe);
            p.args = args(c, fe.sig());
        } else if (k == Info.CallKind.METHOD) {
            Expr.Selector s = (Expr.Selector) f;
            Selection sel = fb.info.selections.get(s);
            FuncEntity m = sel.methodEntity();
            p.target = () -> fb.pkg.callTarget(m);
            ExprNode[] a = args(c, m.sig());
            ExprNode[] all = new ExprNode[a.length + 1];
            all[0] = fb.members.receiver(s, sel, m);
            System.arraycopy(a, 0, all, 1, a.length);
            p.args = all;
        } else {
            p.fnValue = fb.exprs.expr(c.fun());
            p.args = args(c, (FuncType) fb.type(c.fun()).underlying());
        }
        return p;
    }

    FuncEntity staticFunc(Expr f) {
        FuncEntity inst = fb.info.instances.get(f);
        if (inst != null) {
            return inst;
        }
        if (f instanceof Expr.Ident id) {
            return (FuncEntity) fb.info.uses.get(id);
        }
        if (f instanceof Expr.Selector s) {
            return (FuncEntity) fb.info.qualified.get(s);
        }
        throw new Unbuildable(f, "static call");
    }

    /** Argument nodes for a call of signature sig, with variadic arguments packed into a slice. */
    ExprNode[] args(Expr.Call c, FuncType sig) {
        List<Expr> as = c.args();
        int np = sig.params.size();
        if (as.size() == 1 && fb.info.types.get(as.get(0)) instanceof TupleType tt) {
            // f(g()) with g returning several values: spread them over the parameters (and variadic tail)
            ExprNode tuple = fb.exprs.expr(as.get(0));
            int tmp = fb.slot();
            int n = tt.types.size();
            ExprNode[] vals = new ExprNode[n];
            for (int i = 0; i < n; i++) {
                vals[i] = new CallNodes.TupleGet(i == 0 ? new FuncNodes.SaveTo(tmp, tuple) : LocalNodes.read(tmp, Rep.OBJECT), i);
            }
            ExprNode[] out = new ExprNode[np];
            int fixed = sig.variadic ? np - 1 : np;
            for (int i = 0; i < fixed; i++) {
                out[i] = fb.exprs.convert(vals[i], tt.types.get(i), sig.params.get(i));
            }
            if (sig.variadic) {
                GoType elem = ((SliceType) sig.params.get(np - 1)).elem;
                int rest = n - fixed;
                ExprNode[] vs = new ExprNode[rest];
                int[] idx = new int[rest];
                for (int i = 0; i < rest; i++) {
                    vs[i] = fb.exprs.convert(vals[fixed + i], tt.types.get(fixed + i), elem);
                    idx[i] = i;
                }
                out[np - 1] = rest == 0 ? new ConstNode(null) : new SliceNodes.Literal(elem, idx, rest, false, vs);
            }
            return out;
        }
        ExprNode[] out = new ExprNode[np];
        int fixed = sig.variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++) {
            out[i] = fb.exprs.valueTo(as.get(i), sig.params.get(i));
        }
        if (sig.variadic) {
            GoType elem = ((SliceType) sig.params.get(np - 1)).elem;
            if (c.hasEllipsis()) {
                out[np - 1] = fb.exprs.expr(as.get(as.size() - 1));
            } else {
                int n = as.size() - fixed;
                if (n == 0) {
                    out[np - 1] = new ConstNode(null);
                } else {
                    ExprNode[] vs = new ExprNode[n];
                    int[] idx = new int[n];
                    for (int i = 0; i < n; i++) {
                        vs[i] = fb.exprs.valueTo(as.get(fixed + i), elem);
                        idx[i] = i;
                    }
                    out[np - 1] = new SliceNodes.Literal(elem, idx, n, false, vs);
                }
            }
        }
        return out;
    }

    ExprNode call(Expr.Call c) {
        Info.CallKind k = fb.info.calls.get(c);
        if (k == null) {
            throw new Unbuildable(c, "call");
        }
        ExprNode n = call(c, k);
        if (k != Info.CallKind.CONVERSION && k != Info.CallKind.BUILTIN) {
            n.placeAs(StmtNode.Role.CALL, fb.section(FunctionBuilder.startOf(c), null));
        }
        return n;
    }

    ExprNode call(Expr.Call c, Info.CallKind k) {
        Expr f = FunctionBuilder.unparen(c.fun());
        switch (k) {
            case CONVERSION -> {
                return conversion(c);
            }
            case BUILTIN -> {
                return BuiltinBuilder.build(fb, spread(c), ((gosub.language.check.BuiltinEntity) fb.info.uses.get((Expr.Ident) f)).name);
            }
            case FUNC -> {
                FuncEntity fe = staticFunc(f);
                if (fe.nativeName != null) {
                    ExprNode window = runeWindow(c, fe.nativeName);
                    if (window != null) {
                        return nativeCall(c, fe.nativeName, new ExprNode[]{window});
                    }
                    return nativeCall(c, fe.nativeName, args(c, fe.sig()));
                }
                return new CallNodes.Static(() -> fb.pkg.callTarget(fe), () -> fb.pkg.callNotesSite(fe), args(c, fe.sig()));
            }
            case METHOD -> {
                Expr.Selector s = (Expr.Selector) f;
                Selection sel = fb.info.selections.get(s);
                FuncEntity m = sel.methodEntity();
                ExprNode[] a = args(c, m.sig());
                ExprNode[] all = new ExprNode[a.length + 1];
                all[0] = fb.members.receiver(s, sel, m);
                System.arraycopy(a, 0, all, 1, a.length);
                if (m.nativeName != null) {
                    return nativeCall(c, m.nativeName, all);
                }
                return new CallNodes.Static(() -> fb.pkg.callTarget(m), () -> fb.pkg.callNotesSite(m), all);
            }
            case INTERFACE_METHOD -> {
                Expr.Selector s = (Expr.Selector) f;
                Selection sel = fb.info.selections.get(s);
                MemberBuilder.InterfaceOperand recv = fb.members.interfaceOperand(s, sel);
                FuncType sig = (FuncType) fb.type(c.fun()).underlying();
                return new CallNodes.Interface(recv.value(), recv.type(), s.sel(), fb.pkg.methods, args(c, sig));
            }
            default -> {
                FuncType sig = (FuncType) fb.type(c.fun()).underlying();
                return new CallNodes.Dynamic(fb.exprs.expr(c.fun()), args(c, sig));
            }
        }
    }

    /** A call of a function or method implemented in Java: its node from the natives registry, at the call site. */
    /**
     * For utf8.DecodeRuneInString(s[i:]), the argument as s[i:] cut after one rune's longest encoding, which is all
     * the decoding reads (StringNodes.RuneWindow): a substring would copy the rest of s for every rune of a walk by
     * index. Null for any other call, or when the argument was evaluated elsewhere (operand order, defer).
     */
    private ExprNode runeWindow(Expr.Call c, String nativeName) {
        if (!nativeName.equals("unicode/utf8.DecodeRuneInString") || c.args().size() != 1) {
            return null;
        }
        Expr a = c.args().get(0);
        while (a instanceof Expr.Paren p && fb.exprs.evaluatesInPlace(p)) {
            a = p.x();
        }
        if (!(a instanceof Expr.Slice sl) || sl.hi() != null || !fb.exprs.evaluatesInPlace(sl)
                || !(fb.type(sl.x()).underlying() instanceof BasicType)) {
            return null;
        }
        ExprNode str = fb.exprs.expr(sl.x());
        ExprNode lo = sl.lo() == null ? null : fb.exprs.intExpr(sl.lo());
        return fb.lined(fb.at(new StringNodes.RuneWindow(str, lo), sl), sl.lbrack());
    }

    ExprNode nativeCall(Expr.Call c, String name, ExprNode[] args) {
        if (!fb.pkg.natives.has(name)) {
            throw new Unbuildable(c, "function " + name);
        }
        return new CallNodes.Native(fb.pkg.natives.create(name, args));
    }

    ExprNode conversion(Expr.Call c) {
        GoType to = fb.type(c);
        Expr a = c.args().get(0);
        GoType from = fb.type(a);
        ExprNode x = fb.exprs.expr(a);
        GoType tu = to.underlying();
        GoType fu = from.underlying();
        if (tu instanceof InterfaceType) {
            return from.isInterface() ? x : new ConversionNodes.ToIface(from, Aggregates.isAggregate(from) && !fb.exprs.isFresh(a), x);
        }
        if (tu instanceof BasicType tb && fu instanceof BasicType fb) {
            Kind tk = tb.kind();
            Kind fk = fb.kind();
            if ((tk.isInteger() || tk.isFloat()) && (fk.isInteger() || fk.isFloat())) {
                return NumericConversion.create(fk, tk, x);
            }
            if (tk == Kind.COMPLEX64 && fk == Kind.COMPLEX128) {
                return ComplexArithmetic.toComplex64(x);
            }
            if (tk.isString() && fk.isInteger()) {
                return new ConversionNodes.RuneToString(x);
            }
            return x;
        }
        if (tu instanceof BasicType tb2 && tb2.kind().isString() && fu instanceof SliceType s) {
            return ExpressionBuilder.kindOf(s.elem) == Kind.INT32 ? new ConversionNodes.RunesToString(x) : new ConversionNodes.BytesToString(x);
        }
        if (fu instanceof SliceType && tu instanceof PointerType tp && tp.elem.underlying() instanceof ArrayType at) {
            return new ConversionNodes.SliceToArray(at, true, x);
        }
        if (fu instanceof SliceType && tu instanceof ArrayType at) {
            return new ConversionNodes.SliceToArray(at, false, x);
        }
        if (tu instanceof SliceType s && fu instanceof BasicType) {
            return ExpressionBuilder.kindOf(s.elem) == Kind.INT32 ? new ConversionNodes.StringToRunes(x) : new ConversionNodes.StringToBytes(x);
        }
        return x;
    }

    /**
     * C, or for a built-in called with one multi-valued call ({@code copy(f())}) the checker's call with a stand-in
     * per value, each stand-in's node taking its value from the tuple, which the first evaluates.
     */
    Expr.Call spread(Expr.Call c) {
        Expr.Call spread = fb.info.spreads.get(c);
        if (spread == null || fb.spreadArgs.containsKey(spread.args().get(0))) {
            return spread == null ? c : spread; // no spread, or its nodes are made and not yet taken
        }
        ExprNode tuple = fb.exprs.expr(c.args().get(0));
        int tmp = fb.slot();
        List<Expr> standIns = spread.args();
        for (int i = 0; i < standIns.size(); i++) {
            fb.spreadArgs.put(standIns.get(i), new CallNodes.TupleGet(i == 0 ? new FuncNodes.SaveTo(tmp, tuple) : LocalNodes.read(tmp, Rep.OBJECT), i));
        }
        return spread;
    }

    /** Builtins that are statements (no value). */
    /** The name of the built-in that c calls. */
    String builtinName(Expr.Call c) {
        return ((gosub.language.check.BuiltinEntity) fb.info.uses.get((Expr.Ident) FunctionBuilder.unparen(c.fun()))).name;
    }

    StmtNode builtinStmt(Expr.Call c0) {
        Expr.Call c = spread(c0);
        String name = builtinName(c);
        switch (name) {
            case "panic" -> {
                return fb.at(new ControlNodes.Panic(fb.exprs.valueTo(c.args().get(0), gosub.language.check.Universe.ANY)), c);
            }
            case "delete" -> {
                MapType mt = (MapType) fb.type(c.args().get(0)).underlying();
                return new MapNodes.Delete(fb.exprs.expr(c.args().get(0)), fb.exprs.valueTo(c.args().get(1), mt.key), mt.key);
            }
            case "clear" -> {
                GoType u = fb.type(c.args().get(0)).underlying();
                return new MapNodes.Clear(fb.exprs.expr(c.args().get(0)), u instanceof SliceType s ? s.elem : null);
            }
            case "close" -> {
                return ConcurrencyBuilder.close(fb, fb.exprs.expr(c.args().get(0)));
            }
            case "print", "println" -> {
                ExprNode[] vals = new ExprNode[c.args().size()];
                GoType[] ts = new GoType[vals.length];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = fb.exprs.expr(c.args().get(i));
                    ts[i] = fb.type(c.args().get(i));
                }
                return new FuncNodes.Print(fb.pkg.context, name.equals("println"), ts, vals);
            }
            default -> {
                return null;
            }
        }
    }
}
