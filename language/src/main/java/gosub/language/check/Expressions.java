package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.ArrayType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.TupleType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.math.BigDecimal;
import java.util.ArrayList;

/**
 * Expressions: dispatching each form to its concern, identifiers and what they denote, literals, function literals
 * (in an environment of their own, noting the variables they capture), type assertions, and the rule that a value
 * is needed where a type, built-in, package or no-value expression stands. Every checked expression's type and
 * constant value are recorded here.
 */
final class Expressions {
    private final Checker ck;

    Expressions(Checker ck) {
        this.ck = ck;
    }

    String builtinName(Expr.Call c) {
        Expr f = unparen(c.fun());
        if (f instanceof Expr.Ident id && ck.env.info.uses.get(id) instanceof BuiltinEntity b) {
            return b.name;
        }
        return "";
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    Operand expr(Expr e) {
        return expr(e, false);
    }

    /** Checks a value expression; multi-valued and no-value results are errors unless allowed. */
    Operand expr(Expr e, boolean allowMulti) {
        return value(e, rawExpr(e, null), allowMulti);
    }

    /** O (the operand of e) if it is a value, else invalid after Go's error for what it is instead. */
    Operand value(Expr e, Operand o, boolean allowMulti) {
        if (o.invalid()) {
            return o;
        }
        switch (o.mode) {
            case TYPE -> {
                ck.error(e.pos(), ExprPrinter.print(e) + " (type) is not an expression");
                return Operand.invalid(e);
            }
            case BUILTIN -> {
                ck.error(e.pos(), ExprPrinter.print(e) + " (built-in) must be called");
                return Operand.invalid(e);
            }
            case PACKAGE -> {
                ck.error(e.pos(), "use of package " + ExprPrinter.print(e) + " not in selector");
                return Operand.invalid(e);
            }
            case NOVALUE -> {
                if (!allowMulti) {
                    ck.error(e.pos(), ExprPrinter.print(e) + " (no value) used as value");
                    return Operand.invalid(e);
                }
            }
            default -> {
                FuncEntity generic = ck.instantiation.genericFuncOf(e);
                if (generic != null) {
                    // only a call (which infers) or an index (which supplies them) gives the type arguments
                    ck.error(e.pos(), "cannot use generic function " + ExprPrinter.print(e) + " without instantiation");
                    return Operand.invalid(e);
                }
                if (!allowMulti && o.type instanceof TupleType tt) {
                    ck.error(e.pos(), "multiple-value " + ExprPrinter.print(e) + " (value of type " + tt + ") in single-value context");
                    return Operand.invalid(e);
                }
            }
        }
        return o;
    }

    private Operand record(Operand o) {
        if (o.type != null && o.mode != Operand.Mode.TYPE) {
            ck.env.info.types.put(o.expr, o.type);
        }
        if (o.mode == Operand.Mode.CONSTANT) {
            ck.env.info.consts.put(o.expr, o.value);
        }
        return o;
    }

    /** Checks e; hint is the element type for an elided composite literal type. */
    Operand rawExpr(Expr e, GoType hint) {
        Operand known = ck.spreadValues.get(e);
        if (known == null) {
            known = ck.prechecked.remove(e);
        }
        Operand o = known != null ? known : rawExpr0(e, hint);
        if (o.type == Types.INVALID && !o.invalid()) {
            // built from something already reported (a variable, field or result whose type was not found): as
            // in go/types, nothing more is said about it
            return Operand.invalid(e);
        }
        return record(o);
    }

    private Operand rawExpr0(Expr e, GoType hint) {
        switch (e) {
            case Expr.Ident id -> {
                return ident(id);
            }
            case Expr.BasicLit lit -> {
                return basicLit(lit);
            }
            case Expr.CompositeLit cl -> {
                return ck.literals.compositeLit(cl, hint);
            }
            case Expr.FuncLit fl -> {
                return funcLit(fl);
            }
            case Expr.Paren p -> {
                Operand inner = rawExpr(p.x(), hint);
                Operand o = new Operand(inner.mode, inner.type, inner.value, e);
                o.entity = inner.entity;
                return o;
            }
            case Expr.Selector s -> {
                return ck.selectors.selector(s);
            }
            case Expr.Index ix -> {
                return ck.indexing.index(ix);
            }
            case Expr.Slice sl -> {
                return ck.indexing.sliceExpr(sl);
            }
            case Expr.TypeAssert ta -> {
                return typeAssert(ta);
            }
            case Expr.Call c -> {
                return ck.calls.call(c);
            }
            case Expr.Star st -> {
                Operand x = rawExpr(st.x(), null);
                if (x.invalid()) {
                    return Operand.invalid(e);
                }
                if (x.mode == Operand.Mode.TYPE) {
                    return new Operand(Operand.Mode.TYPE, Types.pointer(x.type), null, e);
                }
                if (x.mode == Operand.Mode.BUILTIN) {
                    ck.error(st.x().pos(), "invalid operation: cannot indirect " + ExprPrinter.print(st.x()) + " (built-in)");
                    return Operand.invalid(e);
                }
                x = value(st.x(), x, false);
                if (x.invalid()) {
                    return Operand.invalid(e);
                }
                if (x.isNil()) {
                    ck.error(e.pos(), "invalid operation: cannot indirect nil");
                    return Operand.invalid(e);
                }
                if (!(TypeSets.coreType(x.type) instanceof PointerType pt)) {
                    ck.error(e.pos(), "invalid operation: cannot indirect " + x.describe());
                    return Operand.invalid(e);
                }
                return new Operand(Operand.Mode.VARIABLE, pt.elem, null, e);
            }
            case Expr.Unary u -> {
                return ck.operators.unary(u);
            }
            case Expr.Binary b -> {
                Operand x = expr(b.x());
                if (x.invalid()) {
                    expr(b.y());
                    return Operand.invalid(e);
                }
                return ck.operators.binaryOp(b.pos(), b.op(), x, b.x(), b.y(), b);
            }
            case Expr.ArrayType at -> {
                GoType t = ck.typeExpr(at);
                return t == null ? Operand.invalid(e) : new Operand(Operand.Mode.TYPE, t, null, e);
            }
            case Expr.MapType mt -> {
                GoType t = ck.typeExpr(mt);
                return t == null ? Operand.invalid(e) : new Operand(Operand.Mode.TYPE, t, null, e);
            }
            case Expr.ChanType ct -> {
                GoType t = ck.typeExpr(ct);
                return t == null ? Operand.invalid(e) : new Operand(Operand.Mode.TYPE, t, null, e);
            }
            case Expr.FuncType ft -> {
                return new Operand(Operand.Mode.TYPE, ck.typexprs.signature(ft, null), null, e);
            }
            case Expr.StructType st -> {
                return new Operand(Operand.Mode.TYPE, ck.typeExpr(st), null, e);
            }
            case Expr.InterfaceType it -> {
                return new Operand(Operand.Mode.TYPE, ck.typeExpr(it), null, e);
            }
            case Expr.Ellipsis el -> {
                ck.error(e.pos(), "invalid use of ...");
                return Operand.invalid(e);
            }
            case Expr.Tilde t -> {
                ck.error(e.pos(), "invalid use of ~");
                return Operand.invalid(e);
            }
            case Expr.Union u -> {
                ck.error(e.pos(), "invalid use of |");
                return Operand.invalid(e);
            }
        }
    }

    /** Where Go reports an error about a whole expression: at its leftmost token, not at its operator. */
    static Pos startPos(Expr e) {
        return switch (e) {
            case Expr.Binary b -> startPos(b.x());
            case Expr.Selector s -> startPos(s.x());
            case Expr.Index ix -> startPos(ix.x());
            case Expr.Slice sl -> startPos(sl.x());
            case Expr.TypeAssert ta -> startPos(ta.x());
            case Expr.Call c -> startPos(c.fun());
            case Expr.CompositeLit cl when cl.type() != null -> startPos(cl.type());
            default -> e.pos();
        };
    }

    private Operand ident(Expr.Ident id) {
        if (id.name().equals("_")) {
            ck.error(id.pos(), "cannot use _ as value or type");
            return Operand.invalid(id);
        }
        Entity ent = ck.env.scope.lookup(id.name());
        if (ent == null) {
            ck.undefined(id);
            return Operand.invalid(id);
        }
        ck.env.info.uses.put(id, ent);
        switch (ent) {
            case VarEntity v -> {
                v.used = true;
                // a table of another standard package is checked by that package's resolver (dot import)
                Runnable r = v.type != null ? null : ck.varResolvers.getOrDefault(v, v.lateResolver);
                if (r != null) {
                    r.run();
                    if (v.type == null) {
                        // a variable whose initializer needs itself: as in Go, its type is left invalid without
                        // a word, and the initialization order reports the loop with its whole path
                        ck.initOrder.recordDep(v);
                        return Operand.invalid(id);
                    }
                }
                if (v.type == null) {
                    ck.error(id.pos(), "undefined: " + id.name());
                    return Operand.invalid(id);
                }
                noteCapture(v);
                ck.initOrder.recordDep(v);
                if (v.placeholderType) {
                    return Operand.invalid(id);
                }
                return new Operand(Operand.Mode.VARIABLE, v.type, null, id).spelled(v.spelling);
            }
            case ConstEntity c -> {
                if (c.name.equals("iota") && c.pos == Pos.NONE) {
                    if (ck.env.iota == null) {
                        ck.error(id.pos(), "cannot use iota outside constant declaration");
                        return Operand.invalid(id);
                    }
                    return new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_INT, ck.env.iota, id);
                }
                if (c.resolver != null) {
                    c.resolver.run();
                } else if (c.resolving) {
                    ck.error(id.pos(), "initialization cycle: " + c.name + " refers to itself");
                    return Operand.invalid(id);
                }
                if (c.type == null) {
                    return Operand.invalid(id);
                }
                return new Operand(Operand.Mode.CONSTANT, c.type, c.value, id).spelled(c.spelling);
            }
            case TypeEntity t -> {
                GoType tt = ck.typexprs.typeExprOrNull(id, true);
                if (tt == null) {
                    return Operand.invalid(id);
                }
                return new Operand(Operand.Mode.TYPE, tt, null, id);
            }
            case FuncEntity f -> {
                ck.initOrder.recordDep(f);
                GoType ft = f.type != null ? f.type : f.isGeneric() ? (f.type = ck.instantiation.genericSignature(f)) : ck.resolver.signature(f);
                return new Operand(Operand.Mode.VALUE, ft, null, id).spelled(f.shownType());
            }
            case BuiltinEntity b -> {
                Operand o = new Operand(Operand.Mode.BUILTIN, null, null, id);
                o.entity = b;
                return o;
            }
            case PackageEntity p -> {
                // not a use of the import for Go: only qualified identifiers (selectors, types) are
                Operand o = new Operand(Operand.Mode.PACKAGE, null, null, id);
                o.entity = p;
                return o;
            }
            case NilEntity n -> {
                return new Operand(Operand.Mode.VALUE, Types.UNTYPED_NIL, null, id);
            }
            default -> {
                ck.error(id.pos(), "unexpected " + id.name());
                return Operand.invalid(id);
            }
        }
    }

    /** A local variable referenced from inside a function literal lives in a cell shared by both. */
    private void noteCapture(VarEntity v) {
        if (v.global || ck.env.func == null || v.owner == ck.env.func.owner) {
            return;
        }
        for (Environment.Function c = ck.env.func; c != null && c.owner != v.owner; c = c.outer) {
            if (c.lit != null && !c.lit.captures.contains(v)) {
                c.lit.captures.add(v);
            }
        }
        v.captured = true;
    }

    private Operand basicLit(Expr.BasicLit lit) {
        if (lit.bad()) {
            return Operand.invalid(lit); // the parser has reported it
        }
        try {
            return switch (lit.kind()) {
                case INT -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_INT, ConstValue.of(Literals.parseInt(lit.raw())), lit);
                case FLOAT -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_FLOAT, ConstValue.of(Literals.parseFloat(lit.raw())), lit);
                case CHAR -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_RUNE, ConstValue.of(Literals.parseRune(lit.raw())), lit);
                case STRING -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_STRING, ConstValue.of(Literals.parseString(lit.raw())), lit);
                case IMAG -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_COMPLEX,
                                ConstValue.complex(BigDecimal.ZERO, Literals.parseImaginary(lit.raw())), lit);
            };
        } catch (RuntimeException ex) {
            ck.error(lit.pos(), "invalid literal " + lit.raw());
            return Operand.invalid(lit);
        }
    }

    private Operand funcLit(Expr.FuncLit fl) {
        FuncType sig = ck.typexprs.signature(fl.type(), null);
        Info.FuncLitInfo li = new Info.FuncLitInfo();
        ck.env.info.funcLits.put(fl, li);
        // outside any function (a package-level initializer) nothing reports its locals unused
        Environment lit = ck.env.forFuncLit(fl, sig, li, new Scope(ck.env.scope), new ArrayList<>());
        ck.within(lit, () -> {
            ck.stmts.declareParams(fl.type(), sig, fl, li.params, li.results);
            ck.stmts.checkBody(fl.body(), sig);
        });
        return new Operand(Operand.Mode.VALUE, sig, null, fl).spelled(TypeSpelling.signature(fl.type(), sig));
    }

    private Operand typeAssert(Expr.TypeAssert ta) {
        Operand x = expr(ta.x());
        if (ta.type() == null) {
            ck.error(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(ta);
        }
        GoType t = ck.typeExpr(ta.type());
        if (x.invalid() || t == null) {
            return Operand.invalid(ta);
        }
        if (x.type instanceof TypeParamType) {
            ck.error(ta.x().pos(), "invalid operation: cannot use type assertion on type parameter value " + x.describe());
            return Operand.invalid(ta);
        }
        if (!(x.type.underlying() instanceof InterfaceType it)) {
            ck.error(ta.x().pos(), "invalid operation: " + ExprPrinter.print(ta.x()) + " (" + (x.mode == Operand.Mode.VARIABLE ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            return Operand.invalid(ta);
        }
        // what a type parameter stands for is known only per instance, where Go does not look again
        if (!(t.underlying() instanceof InterfaceType) && !Instantiation.mentionsTypeParam(t) && !Instantiation.mentionsTypeParam(x.type)
                        && !ck.inInstance()) {
            String missing = Lookup.missingMethod(t, it);
            if (missing != null) {
                ck.error(ta.x().pos(), "impossible type assertion: " + ExprPrinter.print(ta) + "\n\t" + t + " does not implement " + x.type + " " + missing);
                return Operand.invalid(ta);
            }
        }
        ck.env.info.types.put(ta.type(), t);
        return new Operand(Operand.Mode.COMMAOK, t, null, ta);
    }
}
