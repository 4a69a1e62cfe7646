package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.Types;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Composite literals: struct (keyed or positional), array (with {@code [...]} lengths and index keys), slice and map
 * literals, and elided element types in nested literals.
 */
final class CompositeLiterals {
    private final Checker ck;

    CompositeLiterals(Checker ck) {
        this.ck = ck;
    }

    Operand compositeLit(Expr.CompositeLit cl, GoType hint) {
        GoType t;
        if (cl.type() == null) {
            if (hint == null) {
                ck.error(cl.pos(), "invalid composite literal type: missing type");
                return Operand.invalid(cl);
            }
            t = hint;
        } else if (cl.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            GoType elem = ck.typeExpr(at.elem());
            if (elem == null) {
                return Operand.invalid(cl);
            }
            long n = elementsLit(cl, elem, -1);
            t = Types.array(elem, n);
            ck.env.info.types.put(cl.type(), t);
            return new Operand(Operand.Mode.VALUE, t, null, cl).spelled(TypeSpelling.of(cl.type(), t));
        } else {
            t = ck.typeExpr(cl.type());
            if (t == null) {
                for (Expr.Element el : cl.elems()) {
                    if (!(el.value() instanceof Expr.CompositeLit)) {
                        ck.rawExpr(el.value(), null);
                    }
                }
                return Operand.invalid(cl);
            }
        }
        GoType base = t;
        if (cl.type() == null && TypeSets.coreType(t) instanceof PointerType pt) {
            base = pt.elem; // &T elided: {…} in a []*T literal
        }
        GoType u = TypeSets.coreType(base); // a type parameter's literal is one of its core type
        switch (u) {
            case null -> {
                ck.error(cl.pos(), "invalid composite literal type " + t);
                return Operand.invalid(cl);
            }
            case StructType st -> structLit(cl, st, base);
            case ArrayType at -> elementsLit(cl, at.elem, at.length);
            case SliceType sl -> elementsLit(cl, sl.elem, -1);
            case MapType mt -> mapLit(cl, mt);
            default -> {
                ck.error(cl.pos(), "invalid composite literal type " + t);
                return Operand.invalid(cl);
            }
        }
        return new Operand(Operand.Mode.VALUE, t, null, cl).spelled(TypeSpelling.of(cl.type(), t));
    }

    /**
     * Checks one element (or key) of a literal; context names the literal in Go's "cannot use" message. Returns the
     * element's operand after assignment (null for an elided literal).
     */
    private Operand elementValue(Expr v, GoType elemType, String context) {
        if (v instanceof Expr.CompositeLit c && c.type() == null) {
            ck.rawExpr(v, elemType);
            return null;
        }
        Operand o = ck.expr(v);
        if (!o.invalid()) {
            ck.assignment(o, elemType, context);
        }
        return o;
    }

    /**
     * A map literal. Two constant keys of one value are an error, as in Go (1 and 1.0 are one float64 key); with an
     * interface key type they must also have one type (1 and "1" and int8(1) are three keys).
     */
    private void mapLit(Expr.CompositeLit cl, MapType mt) {
        boolean ifaceKeys = mt.key.underlying() instanceof InterfaceType;
        Set<Object> seen = new HashSet<>();
        for (Expr.Element el : cl.elems()) {
            if (el.key() == null) {
                ck.error(el.value().pos(), "missing key in map literal");
                elementValue(el.value(), mt.value, "map literal");
                continue;
            }
            Operand k = elementValue(el.key(), mt.key, "map literal");
            if (k != null && !k.invalid() && k.mode == Operand.Mode.CONSTANT && k.value != null) {
                Object identity = ifaceKeys ? List.of(k.value.identityKey(), k.type) : k.value.identityKey();
                if (!seen.add(identity) && !ck.inInstance()) {
                    ck.error(el.key().pos(), "duplicate key " + k.value + " in map literal");
                }
            }
            elementValue(el.value(), mt.value, "map literal");
        }
    }

    /** Checks the elements of an array or slice literal; returns the literal's length. */
    private long elementsLit(Expr.CompositeLit cl, GoType elem, long max) {
        long idx = 0;
        long len = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr.Element el : cl.elems()) {
            if (el.key() != null) {
                Operand k = ck.expr(el.key());
                if (!k.invalid()) {
                    if (k.mode != Operand.Mode.CONSTANT || k.value.exactInt() == null) {
                        ck.error(el.key().pos(), "index " + ExprPrinter.print(el.key()) + " must be integer constant");
                    } else {
                        idx = k.value.exactInt().longValue();
                        ck.assignment(k, Types.INT, "index");
                    }
                }
            }
            if (max >= 0 && idx >= max) {
                ck.error(el.value().pos(), "index " + idx + " is out of bounds (>= " + max + ")");
            }
            if (!seen.add(idx)) {
                ck.error(el.pos(), "duplicate index " + idx + " in array or slice literal");
            }
            elementValue(el.value(), elem, "array or slice literal");
            idx++;
            len = Math.max(len, idx);
        }
        return len;
    }

    private void structLit(Expr.CompositeLit cl, StructType st, GoType t) {
        if (cl.elems().isEmpty()) {
            return;
        }
        boolean keyed = cl.elems().get(0).key() != null;
        if (keyed) {
            Set<String> seen = new HashSet<>();
            for (Expr.Element el : cl.elems()) {
                if (el.key() == null) {
                    ck.error(el.value().pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(el.key() instanceof Expr.Ident fid)) {
                    ck.error(el.key().pos(), "invalid field name " + ExprPrinter.print(el.key()) + " in struct literal");
                    continue;
                }
                StructType.Field f = st.field(fid.name());
                if (f == null || !Predicates.isExported(fid.name()) && t instanceof NamedType nt && nt.typeArgs.isEmpty() && !nt.pkg.isEmpty()
                        && !nt.pkg.equals(ck.pkg.name)) {
                    // another package's unexported field is no field here
                    ck.error(fid.pos(), "unknown field '" + fid.name() + "' in struct literal of type " + t);
                    ck.rawExpr(el.value(), null);
                    continue;
                }
                if (!seen.add(fid.name())) {
                    ck.error(el.pos(), "duplicate field name " + fid.name() + " in struct literal");
                }
                elementValue(el.value(), f.type(), "struct literal");
            }
        } else {
            int i = 0;
            for (Expr.Element el : cl.elems()) {
                if (el.key() != null) {
                    ck.error(el.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= st.fields.size()) {
                    ck.error(el.value().pos(), "too many values in " + ExprPrinter.print(cl));
                    break;
                }
                elementValue(el.value(), st.fields.get(i).type(), "struct literal");
                i++;
            }
            if (i < st.fields.size() && i == cl.elems().size()) {
                ck.error(cl.rbrace(), "too few values in " + ExprPrinter.print(cl));
            }
        }
    }
}
