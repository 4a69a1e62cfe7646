package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TypeSpellings;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * How compile errors name the type of a thing: as its declaration wrote it ({@code byte}, {@code []rune},
 * {@code func(s string, count int) string}), which Go's compiler keeps while our interned types cannot
 * ({@link TypeSpellings}). Entities and operands carry a spelling beside their type; every rule still works on the
 * type, and a spelling is printed only while it stands for that type ({@link #shown}), so a spelling that went
 * stale (an untyped operand given its final type, say) falls back to the type's own name.
 */
final class TypeSpelling {
    private TypeSpelling() {
    }

    /** What to print for a thing of type t that was spelled s (null: not known). */
    static GoType shown(GoType t, GoType s) {
        return s != null && s != t && t != null && TypeSpellings.canonical(s) == t ? s : t;
    }

    /** The spelling of the type expression e, whose type is t; t itself where nothing in e is spelled otherwise. */
    static GoType of(Expr e, GoType t) {
        if (e == null || t == null) {
            return t;
        }
        return switch (e) {
            case Expr.Paren p -> of(p.x(), t);
            case Expr.Ellipsis el when t instanceof SliceType s ->
                            respelled(s.elem, of(el.elem(), s.elem), TypeSpellings::slice, t);
            case Expr.Ident id when t == Types.UINT8 && id.name().equals("byte") -> TypeSpellings.BYTE;
            case Expr.Ident id when t == Types.INT32 && id.name().equals("rune") -> TypeSpellings.RUNE;
            case Expr.Star s when t instanceof PointerType p -> respelled(p.elem, of(s.x(), p.elem), TypeSpellings::pointer, t);
            case Expr.ArrayType a when t instanceof SliceType s ->
                            respelled(s.elem, of(a.elem(), s.elem), TypeSpellings::slice, t);
            case Expr.ArrayType a when t instanceof ArrayType at ->
                            respelled(at.elem, of(a.elem(), at.elem), el -> TypeSpellings.array(el, at.length), t);
            case Expr.MapType m when t instanceof MapType mt -> {
                GoType k = of(m.key(), mt.key);
                GoType v = of(m.value(), mt.value);
                yield k == mt.key && v == mt.value ? t : TypeSpellings.map(k, v);
            }
            case Expr.ChanType c when t instanceof ChanType ct ->
                            respelled(ct.elem, of(c.elem(), ct.elem), el -> TypeSpellings.chan(ct.dir, el), t);
            case Expr.FuncType f when t instanceof FuncType ft -> signature(f, ft);
            case Expr.StructType st when t instanceof StructType s && st.fields().size() == s.fields.size() -> {
                List<GoType> types = new ArrayList<>();
                boolean changed = false;
                for (int i = 0; i < s.fields.size(); i++) {
                    GoType ftype = s.fields.get(i).type();
                    GoType spelled = of(st.fields().get(i).type(), ftype);
                    types.add(spelled);
                    changed |= spelled != ftype;
                }
                yield changed ? TypeSpellings.struct(s, types) : t;
            }
            default -> t;
        };
    }

    private static GoType respelled(GoType elem, GoType spelledElem, java.util.function.UnaryOperator<GoType> make, GoType t) {
        return spelledElem == elem ? t : make.apply(spelledElem);
    }

    /** A signature as declared: its parameters' and results' names and spelled types. */
    static GoType signature(Expr.FuncType f, FuncType t) {
        if (f.params().size() != t.params.size() || f.results().size() != t.results.size()) {
            return t;
        }
        List<GoType> params = new ArrayList<>();
        for (int i = 0; i < t.params.size(); i++) {
            params.add(of(f.params().get(i).type(), t.params.get(i)));
        }
        List<GoType> results = new ArrayList<>();
        for (int i = 0; i < t.results.size(); i++) {
            results.add(of(f.results().get(i).type(), t.results.get(i)));
        }
        return TypeSpellings.func(params, names(f.params()), results, names(f.results()), t.variadic);
    }

    /** The names of a parameter list, or null when it names none (Go's grammar names all or none). */
    private static List<String> names(List<Expr.Field> fields) {
        if (fields.isEmpty() || fields.get(0).name() == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Expr.Field f : fields) {
            names.add(f.name());
        }
        return names;
    }

    /**
     * The spelling of a variable that takes the type of its value: an untyped rune constant gives it Go's default
     * type, which Go names rune.
     */
    static GoType ofValue(Operand x) {
        return x.type == Types.UNTYPED_RUNE ? TypeSpellings.RUNE : x.spelling;
    }

    /** The spelling of an element of a thing spelled s (of a slice, array, pointer to array, map, channel). */
    static GoType elem(GoType s) {
        return switch (s) {
            case SliceType st -> st.elem;
            case ArrayType at -> at.elem;
            case PointerType p when p.elem instanceof ArrayType at -> at.elem;
            case MapType m -> m.value;
            case ChanType c -> c.elem;
            case null, default -> null;
        };
    }

    /** The spelling of a field of a struct (or of a named type's struct) owner, as the struct's declaration wrote it. */
    static GoType field(GoType owner, StructType.Field f) {
        GoType spelled = owner instanceof NamedType nt ? nt.spelledUnderlying : null;
        if (spelled instanceof StructType st && owner.underlying() instanceof StructType interned) {
            int i = interned.fields.indexOf(f);
            if (i >= 0 && i < st.fields.size()) {
                return st.fields.get(i).type();
            }
        }
        return null;
    }

    /**
     * The spelling of a method expression's function: the method's declared signature with the receiver in front,
     * under the receiver's name when the parameters have names.
     */
    static GoType methodExpr(FuncEntity method, GoType recv, FuncType t) {
        if (method == null || method.decl == null || method.decl.recv() == null || !(method.shownType() instanceof FuncType m)
                        || m.params.size() + 1 != t.params.size()) {
            return null;
        }
        List<GoType> params = new ArrayList<>();
        params.add(recv);
        params.addAll(m.params);
        List<Expr.Field> declared = method.decl.type().params();
        List<String> names = new ArrayList<>();
        // Go names the receiver only when the method names its parameters too
        names.add(declared.isEmpty() || declared.get(0).name() != null ? method.decl.recv().name() : null);
        for (Expr.Field f : declared) {
            names.add(f.name());
        }
        List<GoType> results = m.results;
        return TypeSpellings.func(params, names.stream().allMatch(java.util.Objects::isNull) ? null : names, results,
                        names(method.decl.type().results()), t.variadic);
    }

    /** A signature's types as spelled, without names: Go lists what a call wants so. */
    static FuncType unnamed(FuncType f) {
        return TypeSpellings.func(f.params, null, f.results, null, f.variadic);
    }

    /** The spelling of a call's value, when the callee was spelled s and returns one result. */
    static GoType result(GoType s) {
        return s instanceof FuncType f && f.results.size() == 1 ? f.results.get(0) : null;
    }
}
