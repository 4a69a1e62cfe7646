package gosub.language.build;

import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.language.check.Entity;
import gosub.language.check.FuncEntity;
import gosub.language.check.Info;
import gosub.language.check.Selection;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.expression.ConversionNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.MemorySizes;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TupleType;
import gosub.language.values.Aggregates;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The order in which a statement reads its operands. The spec leaves it open beyond calls and receives; programs
 * see it, and gosub's oracle, Go's compiler, does this: it first evaluates, left to right, each call, receive,
 * slicing, len or cap, non-pointer type assertion, {@code &&}/{@code ||}, map literal and interface boxing that must
 * copy a variable, into a temporary, and only then runs the statement, which reads everything else (variables,
 * fields, elements, pointers, map entries, operators) in place. So in {@code fmt.Println(x, f(), x)} both x are read
 * after f ran. A {@code &&}/{@code ||} right operand and each entry of a map literal are orders of their own (they run
 * conditionally or one after another); a go or defer statement evaluates its arguments one at a time.
 * <p>
 * The builders build left to right. A statement (or condition) is rebuilt in this order only when that differs in
 * what a program can see: some operand read in place comes before a call (or other effect) that it shares an
 * evaluation with. Then its temporaries are evaluated into frame slots, which {@link ExpressionBuilder#expr0} reads
 * instead of building those operands again; every other statement builds the nodes it always built.
 */
final class OperandOrder {
    private final FunctionBuilder fb;
    /** The operands evaluated into slots, while the statement that reads them is built. */
    private final Map<Expr, Saved> saved = new IdentityHashMap<>();

    OperandOrder(FunctionBuilder fb) {
        this.fb = fb;
    }

    /** An operand evaluated first: where it is, and whether the statement's nodes have read it. */
    private static final class Saved {
        final int slot;
        final Rep rep;
        boolean read;

        Saved(int slot, Rep rep) {
            this.slot = slot;
            this.rep = rep;
        }
    }

    /** Whether the order step evaluates e first (without marking it read, as savedValue does). */
    boolean evaluatesFirst(Expr e) {
        return saved.containsKey(e);
    }

    /** The read of e's slot when the order step evaluated e first, else null. */
    ExprNode savedValue(Expr e) {
        Saved s = saved.get(e);
        if (s == null) {
            return null;
        }
        s.read = true;
        return LocalNodes.read(s.slot, s.rep);
    }

    /** A statement whose operands scan lists in the order the builder evaluates them, built by build. */
    StmtNode statement(Consumer<Scan> operands, Supplier<StmtNode> build) {
        Scan scan = new Scan();
        operands.accept(scan);
        if (!scan.misordered) {
            return build.get();
        }
        List<StmtNode> out = evaluateFirst(scan.hoisted);
        try {
            out.add(build.get());
        } finally {
            release(scan.hoisted);
        }
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    /** The value of e (stored as target, or null) as an order of its own: a condition, a tag, a right operand. */
    ExprNode expression(Expr e, GoType target, Supplier<ExprNode> build) {
        Scan scan = new Scan();
        scan.operand(e, target, true);
        if (!scan.misordered) {
            return build.get();
        }
        List<StmtNode> out = evaluateFirst(scan.hoisted);
        try {
            return new LocalNodes.AfterWrites(out.toArray(new StmtNode[0]), build.get());
        } finally {
            release(scan.hoisted);
        }
    }

    /**
     * The operands of one order whose nodes the caller builds itself (a map literal's entry): their temporaries,
     * evaluated now (none when the order is left to right); the caller runs them first and then calls release.
     */
    List<StmtNode> prepare(Consumer<Scan> operands, List<Expr> hoisted) {
        Scan scan = new Scan();
        operands.accept(scan);
        if (!scan.misordered) {
            return List.of();
        }
        hoisted.addAll(scan.hoisted);
        return evaluateFirst(scan.hoisted);
    }

    private List<StmtNode> evaluateFirst(List<Expr> hoisted) {
        List<StmtNode> out = new ArrayList<>();
        for (Expr e : hoisted) {
            GoType t = fb.type(e);
            Rep rep = t instanceof TupleType ? Rep.OBJECT : t.rep();
            ExprNode n = fb.exprs.expr(e);
            if (Aggregates.isAggregate(t) && !fb.exprs.isFresh(e)) {
                n = new ConversionNodes.CopyAggregate(t, n); // a variable's value as it is now, not its storage
            }
            int slot = fb.slot();
            out.add(LocalNodes.write(slot, rep, n));
            saved.put(e, new Saved(slot, rep));
        }
        return out;
    }

    void release(List<Expr> hoisted) {
        for (Expr e : hoisted) {
            Saved s = saved.remove(e);
            if (s != null && !s.read) {
                // its nodes were built without reading the slot: the operand would run twice
                throw new Unbuildable(e, "operand evaluated first but not read from its temporary");
            }
        }
    }

    /**
     * Walks a statement's operands in the builder's order and finds what Go evaluates first (the hoisted operands,
     * innermost first) and whether that order differs from the builder's in what a program can see.
     */
    final class Scan {
        final List<Expr> hoisted = new ArrayList<>();
        boolean misordered;
        private Context context = new Context();

        /** One evaluation: the statement, or a hoisted operand, whose in-place reads happen when it runs. */
        private static final class Context {
            /** Whether an operand read in place (or that may panic) came before. */
            boolean read;
            /** Whether it contains a call or a receive (something another operand may observe). */
            boolean effect;
        }

        /**
         * Operand e, stored as target (null: its own type); inPlace: when e is a call (or another operand Go
         * copies), it is the statement's own (an expression statement's call, the value of a variable's assignment).
         */
        void operand(Expr e, GoType target, boolean inPlace) {
            Expr u = FunctionBuilder.unparen(e);
            if (!inPlace || fb.info.consts.containsKey(u)) {
                value(e, target);
                return;
            }
            switch (u) {
                case Expr.Call c when fb.info.calls.get(c) != Info.CallKind.CONVERSION -> callOperands(c);
                case Expr.Slice sl -> sliceOperands(sl);
                case Expr.TypeAssert ta -> value(ta.x(), null);
                case Expr.Unary un when un.op() == Operator.RECV -> value(un.x(), null);
                case Expr.Binary b when b.op() == Operator.LAND || b.op() == Operator.LOR -> value(b.x(), null);
                case Expr.Index ix when fb.info.commaOk.contains(ix) -> node(ix, null);
                default -> value(e, target);
            }
        }

        /** The location lhs of an assignment, whose operands are evaluated in place; read: x op= y reads it. */
        void target(Expr lhs, boolean read) {
            Expr l = FunctionBuilder.unparen(lhs);
            switch (l) {
                case Expr.Ident id -> {
                    if (read) {
                        read();
                    }
                }
                case Expr.Selector s when fb.info.qualified.get(s) != null -> {
                    if (read) {
                        read();
                    }
                }
                case Expr.Selector s -> {
                    value(s.x(), null);
                    read();
                }
                case Expr.Index ix -> {
                    value(ix.x(), null);
                    value(ix.indices().get(0), fb.type(ix.x()).underlying() instanceof MapType mt ? mt.key : null);
                    read();
                }
                case Expr.Star st -> {
                    value(st.x(), null);
                    read();
                }
                default -> value(l, null);
            }
        }

        private void read() {
            context.read = true;
        }

        /** Operand e, evaluated first into a temporary after what inner adds (its own operands). */
        private void hoist(Expr e, boolean effect, Runnable inner) {
            Context outer = context;
            context = new Context();
            try {
                inner.run();
                effect |= context.effect;
            } finally {
                context = outer;
            }
            if (effect && outer.read) {
                misordered = true;
            }
            outer.effect |= effect;
            hoisted.add(e);
        }

        private void value(Expr e, GoType target) {
            Expr u = FunctionBuilder.unparen(e);
            if (fb.info.consts.containsKey(u) || fb.info.consts.containsKey(e)) {
                return;
            }
            GoType t = fb.type(u);
            if (target != null && target.isInterface() && t != null && !t.isInterface() && boxingNeedsAddress(t)) {
                // Go boxes such a value from memory: a local variable, or a value that is not in memory, is copied
                // first; a package variable, a field, an element or a pointee is boxed in place
                if (u instanceof Expr.Ident id && fb.info.uses.get(id) instanceof VarEntity v && !v.global) {
                    hoist(u, false, () -> { });
                    return;
                }
                if (!addressable(u) && !isHoisted(u) && !(u instanceof Expr.FuncLit)) {
                    hoist(u, false, () -> node(u, null));
                    return;
                }
            }
            node(u, target);
        }

        private boolean isHoisted(Expr u) {
            return switch (u) {
                case Expr.Call c -> fb.info.calls.get(c) != Info.CallKind.CONVERSION || copiesString(c);
                case Expr.Slice sl -> true;
                case Expr.Unary un -> un.op() == Operator.RECV;
                case Expr.Binary b -> b.op() == Operator.LAND || b.op() == Operator.LOR;
                case Expr.TypeAssert ta -> !pointerShaped(fb.info.types.get(ta.type()));
                case Expr.CompositeLit cl -> isDynamicMap(cl);
                default -> false;
            };
        }

        private boolean addressable(Expr u) {
            return switch (u) {
                case Expr.Ident id -> fb.info.uses.get(id) instanceof VarEntity;
                case Expr.Selector s when fb.info.qualified.get(s) != null -> fb.info.qualified.get(s) instanceof VarEntity;
                case Expr.Selector s -> {
                    Selection sel = fb.info.selections.get(s);
                    yield sel != null && sel.kind() == Selection.Kind.FIELD
                                    && (fb.type(s.x()).underlying() instanceof PointerType || addressable(FunctionBuilder.unparen(s.x())));
                }
                case Expr.Index ix -> {
                    GoType xu = fb.type(ix.x()).underlying();
                    yield xu instanceof SliceType || xu instanceof PointerType || xu instanceof ArrayType && addressable(FunctionBuilder.unparen(ix.x()));
                }
                case Expr.Star st -> true;
                default -> false;
            };
        }

        private void node(Expr u, GoType target) {
            switch (u) {
                case Expr.Paren p -> value(p.x(), target);
                case Expr.Ident id -> {
                    if (fb.info.uses.get(id) instanceof VarEntity) {
                        read();
                    }
                }
                case Expr.CompositeLit cl -> compositeLit(cl);
                case Expr.Selector s -> {
                    Entity q = fb.info.qualified.get(s);
                    if (q != null) {
                        if (q instanceof VarEntity) {
                            read();
                        }
                        return;
                    }
                    Selection sel = fb.info.selections.get(s);
                    if (sel != null && sel.kind() == Selection.Kind.METHOD_EXPR) {
                        return;
                    }
                    value(s.x(), null);
                    read();
                }
                case Expr.Index ix -> {
                    if (fb.info.instances.containsKey(ix)) {
                        return;
                    }
                    value(ix.x(), null);
                    value(ix.indices().get(0), fb.type(ix.x()).underlying() instanceof MapType mt ? mt.key : null);
                    read();
                }
                case Expr.Slice sl -> hoist(sl, false, () -> sliceOperands(sl));
                case Expr.TypeAssert ta -> {
                    if (pointerShaped(fb.info.types.get(ta.type()))) {
                        value(ta.x(), null);
                        read();
                    } else {
                        hoist(ta, false, () -> value(ta.x(), null));
                    }
                }
                case Expr.Star st -> {
                    value(st.x(), null);
                    read();
                }
                case Expr.Unary un -> {
                    switch (un.op()) {
                        case RECV -> hoist(un, true, () -> value(un.x(), null));
                        case AND -> address(un.x());
                        default -> value(un.x(), null);
                    }
                }
                case Expr.Binary b -> {
                    if (b.op() == Operator.LAND || b.op() == Operator.LOR) {
                        // the right operand is an order of its own, built by ExpressionBuilder.binary
                        hoist(b, mayHaveEffect(b.y()), () -> value(b.x(), null));
                        return;
                    }
                    value(b.x(), null);
                    value(b.y(), null);
                    if ((b.op() == Operator.QUO || b.op() == Operator.REM) && fb.type(b).isInteger()) {
                        read(); // may panic where it is
                    }
                }
                case Expr.Call c -> call(c);
                default -> {
                    // function literals and types: nothing read
                }
            }
        }

        private void call(Expr.Call c) {
            Info.CallKind k = fb.info.calls.get(c);
            if (k == Info.CallKind.CONVERSION) {
                Expr a = c.args().get(0);
                if (copiesString(c)) {
                    hoist(c, false, () -> value(a, null));
                } else {
                    value(a, fb.type(c));
                }
                return;
            }
            if (k == Info.CallKind.BUILTIN) {
                String name = fb.calls.builtinName(c);
                boolean effect = switch (name) {
                    case "len", "cap", "make", "new", "complex", "real", "imag", "min", "max" -> false;
                    default -> true;
                };
                hoist(c, effect, () -> callOperands(c));
                return;
            }
            hoist(c, true, () -> callOperands(c));
        }

        /** The operands of call c in the order the builder evaluates them: the function or receiver, then the arguments. */
        private void callOperands(Expr.Call c) {
            Info.CallKind k = fb.info.calls.get(c);
            Expr f = FunctionBuilder.unparen(c.fun());
            FuncType sig;
            switch (k) {
                case BUILTIN -> {
                    String name = fb.calls.builtinName(c);
                    List<Expr> as = c.args();
                    for (int i = name.equals("make") || name.equals("new") ? 1 : 0; i < as.size(); i++) {
                        value(as.get(i), null);
                    }
                    return;
                }
                case FUNC -> sig = fb.calls.staticFunc(f).sig();
                case METHOD -> {
                    Expr.Selector s = (Expr.Selector) f;
                    FuncEntity m = fb.info.selections.get(s).methodEntity();
                    value(s.x(), null);
                    sig = m.sig();
                }
                case INTERFACE_METHOD -> {
                    value(((Expr.Selector) f).x(), null);
                    sig = (FuncType) fb.type(c.fun()).underlying();
                }
                default -> {
                    value(c.fun(), null);
                    sig = (FuncType) fb.type(c.fun()).underlying();
                }
            }
            List<Expr> as = c.args();
            int np = sig.params.size();
            for (int i = 0; i < as.size(); i++) {
                GoType p;
                if (as.size() == 1 && fb.info.types.get(as.get(0)) instanceof TupleType) {
                    p = null;
                } else if (sig.variadic && i >= np - 1) {
                    p = c.hasEllipsis() ? sig.params.get(np - 1) : ((SliceType) sig.params.get(np - 1)).elem;
                } else {
                    p = i < np ? sig.params.get(i) : null;
                }
                value(as.get(i), p);
            }
        }

        private void sliceOperands(Expr.Slice sl) {
            value(sl.x(), null);
            for (Expr bound : new Expr[] {sl.lo(), sl.hi(), sl.max()}) {
                if (bound != null) {
                    value(bound, null);
                }
            }
            read(); // the bounds are checked where the slicing is
        }

        private void compositeLit(Expr.CompositeLit cl) {
            GoType t = fb.type(cl);
            GoType u = t.underlying() instanceof PointerType p ? p.elem.underlying() : t.underlying();
            if (u instanceof MapType) {
                if (isDynamicMap(cl)) {
                    // each entry is evaluated and stored in turn (CompositeLiteralBuilder orders it on its own)
                    hoist(cl, cl.elems().stream().anyMatch(el -> mayHaveEffect(el.key()) || mayHaveEffect(el.value())), () -> { });
                }
                return;
            }
            for (int i = 0; i < cl.elems().size(); i++) {
                Expr.Element el = cl.elems().get(i);
                GoType et = switch (u) {
                    case StructType st -> el.key() != null ? st.field(((Expr.Ident) el.key()).name()).type() : st.fields.get(i).type();
                    case SliceType s -> s.elem;
                    case ArrayType a -> a.elem;
                    default -> null;
                };
                value(el.value(), et);
            }
        }

        private void address(Expr x) {
            Expr u = FunctionBuilder.unparen(x);
            switch (u) {
                case Expr.Ident id -> {
                    // the variable's address: nothing read
                }
                case Expr.CompositeLit cl -> value(cl, null);
                case Expr.Selector s when fb.info.qualified.get(s) != null -> {
                }
                case Expr.Selector s -> {
                    if (fb.type(s.x()).underlying() instanceof PointerType) {
                        value(s.x(), null);
                        read();
                    } else {
                        address(s.x());
                    }
                }
                case Expr.Index ix -> {
                    if (fb.type(ix.x()).underlying() instanceof ArrayType) {
                        address(ix.x());
                    } else {
                        value(ix.x(), null);
                    }
                    value(ix.indices().get(0), null);
                    read();
                }
                default -> node(u, null);
            }
        }
    }

    /** Whether e contains a call or a receive (what the builder cannot move a read across). */
    private boolean mayHaveEffect(Expr e) {
        if (e == null || fb.info.consts.containsKey(e)) {
            return false;
        }
        return switch (e) {
            case Expr.Call c -> fb.info.calls.get(c) != Info.CallKind.CONVERSION || mayHaveEffect(c.args().get(0));
            case Expr.Unary un -> un.op() == Operator.RECV || mayHaveEffect(un.x());
            case Expr.Paren p -> mayHaveEffect(p.x());
            case Expr.Binary b -> mayHaveEffect(b.x()) || mayHaveEffect(b.y());
            case Expr.Selector s -> mayHaveEffect(s.x());
            case Expr.Index ix -> mayHaveEffect(ix.x()) || ix.indices().stream().anyMatch(this::mayHaveEffect);
            case Expr.Slice sl -> mayHaveEffect(sl.x()) || mayHaveEffect(sl.lo()) || mayHaveEffect(sl.hi()) || mayHaveEffect(sl.max());
            case Expr.Star st -> mayHaveEffect(st.x());
            case Expr.TypeAssert ta -> mayHaveEffect(ta.x());
            case Expr.CompositeLit cl -> cl.elems().stream().anyMatch(el -> mayHaveEffect(el.key()) || mayHaveEffect(el.value()));
            default -> false;
        };
    }

    /** A map literal with an entry that is not constant: Go builds it entry by entry, before the statement. */
    private boolean isDynamicMap(Expr.CompositeLit cl) {
        GoType t = fb.type(cl);
        if (!(t.underlying() instanceof MapType)) {
            return false;
        }
        for (Expr.Element el : cl.elems()) {
            if (!constant(el.key()) || !constant(el.value())) {
                return true;
            }
        }
        return false;
    }

    private boolean constant(Expr e) {
        Expr u = FunctionBuilder.unparen(e);
        if (u == null || fb.info.consts.containsKey(u) || fb.info.consts.containsKey(e)) {
            return true;
        }
        if (u instanceof Expr.Ident id && "nil".equals(id.name()) && !(fb.info.uses.get(id) instanceof VarEntity)) {
            return true;
        }
        return u instanceof Expr.CompositeLit cl && !(fb.type(cl).underlying() instanceof MapType)
                        && cl.elems().stream().allMatch(el -> constant(el.value()));
    }

    /** []byte(s) and []rune(s): a copy that Go makes before the statement. */
    private boolean copiesString(Expr.Call c) {
        return fb.type(c).underlying() instanceof SliceType && fb.type(c.args().get(0)).underlying() instanceof BasicType b && b.kind().isString();
    }

    /** Types whose values an interface holds directly (a pointer's word): asserting to them reads in place. */
    private static boolean pointerShaped(GoType t) {
        if (t == null) {
            return true;
        }
        GoType u = t.underlying();
        return u instanceof PointerType || u instanceof MapType || u instanceof ChanType || u instanceof FuncType
                        || u instanceof BasicType b && b.kind() == Kind.UNSAFE_POINTER;
    }

    /**
     * Whether Go boxes a value of type t into an interface from its address (so from a copy when it is a local
     * variable): all but the 2-, 4- and 8-byte values without pointers that have their alignment, strings, slices
     * and structs or arrays whose only component is a string or a slice.
     */
    static boolean boxingNeedsAddress(GoType t) {
        GoType u = t.underlying();
        if (u instanceof gosub.language.types.TypeParamType || u instanceof TupleType) {
            return false;
        }
        long size = MemorySizes.sizeOf(u);
        long align = MemorySizes.alignOf(u);
        boolean pointers = hasPointers(u);
        if (size == 2 && align == 2 || size == 4 && align == 4 && !pointers || size == 8 && align == 8 && !pointers) {
            return false;
        }
        GoType sole = soleComponent(u);
        if (sole instanceof SliceType || sole instanceof BasicType b && b.kind().isString()) {
            return false;
        }
        return true;
    }

    private static GoType soleComponent(GoType u) {
        if (u instanceof StructType st) {
            return st.fields.size() == 1 ? soleComponent(st.fields.get(0).type().underlying()) : null;
        }
        if (u instanceof ArrayType a) {
            return a.length == 1 ? soleComponent(a.elem.underlying()) : null;
        }
        return u;
    }

    private static boolean hasPointers(GoType u) {
        return switch (u) {
            case BasicType b -> b.kind().isString() || b.kind() == Kind.UNSAFE_POINTER;
            case StructType st -> st.fields.stream().anyMatch(f -> hasPointers(f.type().underlying()));
            case ArrayType a -> a.length > 0 && hasPointers(a.elem.underlying());
            default -> true;
        };
    }
}
