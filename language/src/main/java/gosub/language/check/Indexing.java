package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.TypeParamType;
import gosub.language.types.TypeSpellings;
import gosub.language.types.Types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Index and slice expressions on strings, arrays, pointers to arrays, slices and maps, with constant indices checked
 * against constant lengths; and {@code f[T]}, which instantiates a generic function or type.
 */
final class Indexing {
    private final Checker ck;

    Indexing(Checker ck) {
        this.ck = ck;
    }

    Operand index(Expr.Index ix) {
        TypeEntity gte = ck.instantiation.genericTypeEntity(ix.x());
        if (gte != null) {
            GoType t = ck.instantiation.instantiateTypeExpr(ix, true);
            return t == null ? Operand.invalid(ix) : new Operand(Operand.Mode.TYPE, t, null, ix);
        }
        Operand x = ck.rawExpr(ix.x(), null);
        if (x.invalid()) {
            for (Expr i : ix.indices()) {
                ck.rawExpr(i, null);
            }
            return Operand.invalid(ix);
        }
        if (x.mode == Operand.Mode.VALUE && x.type instanceof FuncType && ck.instantiation.genericFuncOf(ix.x()) != null) {
            FuncEntity g = ck.instantiation.genericFuncOf(ix.x());
            List<GoType> targs = new ArrayList<>();
            for (Expr i : ix.indices()) {
                GoType t = ck.typeExpr(i);
                if (t == null) {
                    return Operand.invalid(ix);
                }
                targs.add(t);
            }
            int want = g.decl.type().typeParams().size();
            if (targs.size() < want) {
                // partial instantiation: the call infers the rest
                Operand o = new Operand(Operand.Mode.VALUE, x.type, null, ix);
                ck.partialTypeArgs.put(ix, targs);
                return o;
            }
            if (targs.size() > want) {
                ck.error(ix.indices().get(want).pos(), "got " + targs.size() + " type arguments but want " + want);
                return Operand.invalid(ix);
            }
            FuncEntity inst = ck.instantiation.instantiateFunc(g, targs, ix.indices().stream().map(Expr::pos).toList(), ix.indices());
            if (inst == null) {
                return Operand.invalid(ix);
            }
            ck.env.info.instances.put(ix, inst);
            return new Operand(Operand.Mode.VALUE, inst.type, null, ix);
        }
        if (x.mode == Operand.Mode.BUILTIN || x.mode == Operand.Mode.PACKAGE || x.mode == Operand.Mode.NOVALUE) {
            if (x.mode == Operand.Mode.BUILTIN) {
                ck.error(ix.lbrack(), "invalid operation: cannot index " + ExprPrinter.print(ix.x()) + " (built-in)");
            } else {
                ck.exprs.value(ix.x(), x, false);
            }
            return Operand.invalid(ix);
        }
        if (ix.indices().size() != 1) {
            ck.error(ix.pos(), "unexpected comma; expecting ]");
            return Operand.invalid(ix);
        }
        Expr ie = ix.indices().get(0);
        if (x.type instanceof TypeParamType tp) {
            return typeParamIndex(ix, ie, x, tp);
        }
        GoType u = x.type.underlying();
        if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
            u = p.elem.underlying();
            x = new Operand(Operand.Mode.VARIABLE, p.elem, null, ix.x()).spelled(x.shownType() instanceof PointerType sp ? sp.elem : null);
        }
        switch (u) {
            case BasicType b when b.kind().isString() -> {
                Operand i = indexValue(ie, x.mode == Operand.Mode.CONSTANT ? x.value.asString().length() : -1);
                if (x.mode == Operand.Mode.CONSTANT && i != null && i.mode == Operand.Mode.CONSTANT) {
                    int k = i.value.exactInt().intValue();
                    return new Operand(Operand.Mode.CONSTANT, Types.BYTE, ConstValue.of(x.value.asString().charAt(k)), ix).spelled(TypeSpellings.BYTE);
                }
                if (x.type.isUntyped()) {
                    ck.assignment(x, Types.STRING, "index");
                }
                return new Operand(Operand.Mode.VALUE, Types.BYTE, null, ix).spelled(TypeSpellings.BYTE);
            }
            case SliceType s -> {
                indexValue(ie, -1);
                return new Operand(Operand.Mode.VARIABLE, s.elem, null, ix).spelled(TypeSpelling.elem(x.shownType()));
            }
            case ArrayType a -> {
                indexValue(ie, a.length);
                return new Operand(x.mode == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, a.elem, null, ix)
                                .spelled(TypeSpelling.elem(x.shownType()));
            }
            case MapType m -> {
                Operand k = ck.expr(ie);
                if (!k.invalid()) {
                    ck.assignment(k, m.key, "map index");
                }
                return new Operand(Operand.Mode.MAPINDEX, m.value, null, ix).spelled(TypeSpelling.elem(x.shownType()));
            }
            default -> {
                ck.rawExpr(ie, null); // checked for its own errors; a type there is no further mistake for Go
                ck.error(ix.lbrack(), "invalid operation: cannot index " + x.describe());
                return Operand.invalid(ix);
            }
        }
    }

    /**
     * x[i] where x's type is a type parameter: every type of its type set must be indexable with one element type
     * (and maps with one key type); the element is a variable only when all of them are slices or maps.
     */
    private Operand typeParamIndex(Expr.Index ix, Expr ie, Operand x, TypeParamType tp) {
        List<InterfaceType.Term> terms = TypeSets.terms(tp);
        GoType elem = null;
        GoType key = null;
        boolean maps = false;
        boolean variable = true;
        boolean ok = terms != null && !terms.isEmpty();
        for (int n = 0; ok && n < terms.size(); n++) {
            GoType u = terms.get(n).type().underlying();
            if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
                u = p.elem.underlying();
            }
            GoType e;
            switch (u) {
                case BasicType b when b.kind().isString() -> {
                    e = Types.BYTE;
                    variable = false;
                }
                case SliceType sl -> e = sl.elem;
                case ArrayType a -> {
                    e = a.elem;
                    variable &= x.mode == Operand.Mode.VARIABLE;
                }
                case MapType m -> {
                    e = m.value;
                    ok = n == 0 || maps && key == m.key;
                    key = m.key;
                    maps = true;
                }
                default -> e = null;
            }
            ok &= e != null && (elem == null || elem == e) && (n == 0 || maps == u instanceof MapType);
            elem = e;
        }
        if (!ok) {
            ck.rawExpr(ie, null);
            ck.error(ix.lbrack(), "invalid operation: cannot index " + x.describe());
            return Operand.invalid(ix);
        }
        if (maps) {
            Operand k = ck.expr(ie);
            if (!k.invalid()) {
                ck.assignment(k, key, "map index");
            }
            return new Operand(Operand.Mode.MAPINDEX, elem, null, ix);
        }
        indexValue(ie, -1);
        return new Operand(variable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, elem, null, ix);
    }

    /** Checks an index operand; length is the constant bound to check against, or -1. */
    private Operand indexValue(Expr ie, long length) {
        Operand i = ck.expr(ie);
        if (i.invalid()) {
            return null;
        }
        if (!i.type.isInteger() && !(i.mode == Operand.Mode.CONSTANT && i.value.exactInt() != null && i.type.isUntyped())) {
            ck.error(ie.pos(), "invalid argument: index " + i.describe() + " must be integer");
            return null;
        }
        if (i.mode == Operand.Mode.CONSTANT) {
            BigInteger v = i.value.exactInt();
            if (v.signum() < 0) {
                ck.error(ie.pos(), "invalid argument: index " + ExprPrinter.print(ie) + " (constant of type int) must not be negative");
                return null;
            }
            if (length >= 0 && v.compareTo(BigInteger.valueOf(length)) >= 0) {
                ck.error(ie.pos(), "invalid argument: index " + v + " out of bounds [0:" + length + "]");
                return null;
            }
            if (i.type.isUntyped()) {
                ck.assignment(i, Types.INT, "index");
            }
        }
        return i;
    }

    Operand sliceExpr(Expr.Slice sl) {
        Operand x = ck.expr(sl.x());
        for (Expr b : new Expr[] {sl.lo(), sl.hi(), sl.max()}) {
            if (b != null) {
                indexValue(b, -1);
            }
        }
        if (x.invalid()) {
            return Operand.invalid(sl);
        }
        GoType u = TypeSets.coreType(x.type);
        if (u == null && TypeSets.all(x.type, t -> t.isString() || Predicates.isByteOrRuneSlice(t.underlying())
                        && ((SliceType) t.underlying()).elem == Types.BYTE)) {
            if (sl.slice3()) {
                return Operand.invalid(sl); // not judged generically: each instance says what Go says
            }
            return new Operand(Operand.Mode.VALUE, x.type, null, sl); // strings and byte slices slice alike
        }
        if (u == null) {
            ck.error(sl.pos(), "invalid operation: cannot slice " + x.describe() + ": " + x.type + " has no core type");
            return Operand.invalid(sl);
        }
        switch (u) {
            case BasicType b when b.kind().isString() -> {
                if (sl.slice3()) {
                    ck.error(sl.pos(), "invalid operation: 3-index slice of string");
                    return Operand.invalid(sl);
                }
                if (x.type.isUntyped()) {
                    ck.assignment(x, Types.STRING, "slice");
                    return new Operand(Operand.Mode.VALUE, Types.STRING, null, sl);
                }
                return new Operand(Operand.Mode.VALUE, x.type, null, sl);
            }
            case SliceType s -> {
                return new Operand(Operand.Mode.VALUE, x.type, null, sl);
            }
            case ArrayType a -> {
                if (x.mode != Operand.Mode.VARIABLE) {
                    ck.error(sl.pos(), "invalid operation: " + ExprPrinter.print(sl.x()) + " (slice of unaddressable value)");
                    return Operand.invalid(sl);
                }
                ck.selectors.markAddressTaken(sl.x());
                return new Operand(Operand.Mode.VALUE, Types.slice(a.elem), null, sl);
            }
            case PointerType p when p.elem.underlying() instanceof ArrayType a -> {
                return new Operand(Operand.Mode.VALUE, Types.slice(a.elem), null, sl);
            }
            default -> {
                ck.error(sl.pos(), "cannot slice " + x.describe());
                return Operand.invalid(sl);
            }
        }
    }
}
