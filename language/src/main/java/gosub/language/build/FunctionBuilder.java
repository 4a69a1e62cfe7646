package gosub.language.build;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Node;
import gosub.ast.Pos;
import gosub.ast.Stmt;
import gosub.language.check.Info;
import gosub.language.check.VarEntity;
import gosub.language.debug.FunctionVariables;
import gosub.language.debug.Variable;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.controlflow.FunctionBody;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.FuncNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.local.CellNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.ZeroValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one function: its frame (a slot per local variable and temporary), its variables, its statements and
 * expressions (through one builder per concern, which this builder owns and which share its state), and its root.
 * A function literal gets a builder of its own, made from the builder of the function it appears in (its parent),
 * whose facts and file it shares; nothing is saved and restored around it.
 */
final class FunctionBuilder {
    final PackageBuilder pkg;
    /** The checker's facts about the function's code: types, uses, selections, calls, constants. */
    final Info info;
    final String goName;
    /**
     * The source file of the function: functions are built by whichever builder first calls them, so a
     * standard function built for the program's call must still name its own file in traces.
     */
    final String file;
    /** The Truffle source of file, for the places of statements and calls (null: none). */
    final Source source;

    final FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
    final Map<VarEntity, Integer> slots = new IdentityHashMap<>();
    int deferSlot = -1;
    /** The line of the statement being built, where its run-time errors are placed (0 outside statements). */
    int statementLine;
    int armedSlot = -1;
    List<VarEntity> namedResults = List.of();
    List<GoType> resultTypes = List.of();
    /** Where return statements leave a lone numeric or boolean result (ControlNodes.Return), or -1. */
    int resultSlot = -1;
    /** What break and continue statements name: a labelled statement's identity, by statement and by label. */
    final Map<Stmt, Object> branchTargets = new IdentityHashMap<>();
    final Map<String, Stmt> labels = new HashMap<>();
    /** The arguments of a deferred built-in while its call is built (evaluated at the defer, read from slots). */
    final Map<Expr, DeferredArg> deferredArgs = new IdentityHashMap<>();
    /** The stand-in arguments of a built-in's spread call (Info.spreads) to the nodes of their values, each used once. */
    final Map<Expr, ExprNode> spreadArgs = new IdentityHashMap<>();
    /** The function's variables as debuggers see them (where each lives, which block declares it). */
    final FunctionVariables.Builder vars;
    /** How many range-over-function bodies this function has (each is a root, named as Go names it: f-rangeN). */
    int rangeFuncCounter;
    /**
     * How many function literals this function has, numbered in source order as Go 1.22 names them: f.func1,
     * f.func2, ... in a declared function, f.func1.1, f.func1.2, ... in a literal.
     */
    int closureCounter;
    /** The roots of this function's range-over-function bodies, which share its variables. */
    final List<GoRootNode> rangeBodies = new ArrayList<>();
    /** Whether this is a function literal's builder. */
    final boolean isLiteral;
    /** A method's receiver, the first of finishFunction's parameters (null for other functions). */
    VarEntity receiver;
    /** The spec this builder initialises, when it builds a standard package's late table (LateVars): its cells are plain. */
    Decl.VarSpec lateSpec;

    final StatementBuilder stmts = new StatementBuilder(this);
    final AssignmentBuilder assigns = new AssignmentBuilder(this);
    final ExpressionBuilder exprs = new ExpressionBuilder(this);
    final CompositeLiteralBuilder literals = new CompositeLiteralBuilder(this);
    final MemberBuilder members = new MemberBuilder(this);
    final CallBuilder calls = new CallBuilder(this);
    final OperandOrder order = new OperandOrder(this);

    /** The builder of a declared function (or a package's initialisation). */
    FunctionBuilder(PackageBuilder pkg, Info info, String goName, String file, Source source) {
        this(pkg, info, goName, file, source, false);
    }

    /** The builder of a function literal that appears in parent. */
    FunctionBuilder(FunctionBuilder parent, String goName) {
        this(parent.pkg, parent.info, goName, parent.file, parent.source, true);
    }

    private FunctionBuilder(PackageBuilder pkg, Info info, String goName, String file, Source source, boolean isLiteral) {
        this.pkg = pkg;
        this.info = info;
        this.goName = goName;
        this.file = file;
        this.source = source;
        this.vars = new FunctionVariables.Builder(goName);
        this.isLiteral = isLiteral;
    }

    /**
     * A fresh frame slot (a variable's or a temporary's). Every slot is static: a Go variable has one type, so the
     * nodes built to read and write a slot agree on its representation, and the frame need not tag each slot and
     * check the tag at every access (that check was a third of an interpreted loop's time). The price: a node that
     * read a slot in another representation than it was written in would read garbage instead of failing, and
     * only the assertions of Truffle's frames (java -ea, as in the tests) would catch it.
     */
    int slot() {
        return fd.addSlot(FrameSlotKind.Static, null, null);
    }

    CallTarget finishFunction(List<VarEntity> captures, List<VarEntity> params, List<VarEntity> results, Pos start, Stmt.Block body,
                    boolean hasDefer, boolean hasRecover) {
        List<StmtNode> pro = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) {
            int s = slot();
            slots.put(captures.get(i), s);
            pro.add(new LocalNodes.Capture(i, s));
            vars.captured(variable(captures.get(i), s, true, -1));
        }
        for (int i = 0; i < params.size(); i++) {
            VarEntity v = params.get(i);
            boolean heap = v.onHeap();
            int s = slot();
            slots.put(v, s);
            pro.add(new LocalNodes.Param(i, s, v.type.rep(), heap));
            if (v == receiver) {
                vars.receiver(variable(v, s, heap, i));
            } else {
                vars.parameter(variable(v, s, heap, i));
            }
        }
        List<GoType> rts = new ArrayList<>();
        for (VarEntity r : results) {
            rts.add(r.type);
        }
        resultTypes = rts;
        if (rts.size() == 1 && rts.get(0).rep() != GoType.Rep.OBJECT) {
            resultSlot = slot();
        }
        boolean named = !results.isEmpty() && !results.get(0).name.isEmpty();
        if (named) {
            namedResults = results;
            for (VarEntity v : results) {
                pro.add(declareVar(v, zero(v.type)));
                vars.parameter(variable(v, slots.get(v), v.onHeap(), -1));
            }
        }
        if (hasRecover) {
            armedSlot = slot();
            pro.add(new ControlNodes.ArmRecover(armedSlot));
        }
        if (hasDefer) {
            deferSlot = slot();
        }
        StmtNode block = stmts.block(body.stmts());
        ExprNode namedNode = named ? readNamedResults() : null;
        ExprNode zeroNode = !named && hasDefer && !rts.isEmpty() ? zeroResults(rts) : null;
        StmtNode b = new FunctionBody(pro.toArray(new StmtNode[0]), block);
        SourceSection section = section(start, body.rbrace());
        b.placeAs(StmtNode.Role.FUNCTION_BODY, section);
        GoRootNode root = new GoRootNode(pkg.language, fd.build(), goName, file, section, b, deferSlot, namedNode, zeroNode);
        if (resultSlot >= 0) {
            root.resultIn(resultSlot, rts.get(0).rep());
        }
        FunctionVariables variables = vars.build();
        for (GoRootNode rangeBody : rangeBodies) {
            rangeBody.withVariables(variables).rangeBodyOf(root);
        }
        return root.withVariables(variables).getCallTarget();
    }

    /** The root of a package's initialisation, which body (built by the package builder) is all of. */
    CallTarget finishInit(StmtNode body) {
        return new GoRootNode(pkg.language, fd.build(), goName, file, null, body, -1, null, null).getCallTarget();
    }

    /** The root of a function the builder makes itself around body (no results, no deferred calls). */
    CallTarget finishWrapper(StmtNode body) {
        return new GoRootNode(pkg.language, fd.build(), goName, file, null, body, -1, null, null).getCallTarget();
    }

    ExprNode zeroResults(List<GoType> types) {
        if (types.size() == 1) {
            return zero(types.get(0));
        }
        ExprNode[] vals = new ExprNode[types.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = zero(types.get(i));
        }
        return new ControlNodes.Tuple(vals);
    }

    ExprNode readNamedResults() {
        List<VarEntity> rs = namedResults;
        if (rs.size() == 1) {
            return readVar(rs.get(0));
        }
        ExprNode[] vals = new ExprNode[rs.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = readVar(rs.get(i));
        }
        return new ControlNodes.Tuple(vals);
    }

    /** A function literal: a new call target plus a node that creates the closure value at run time. */
    ExprNode funcLit(Expr.FuncLit fl) {
        Info.FuncLitInfo li = info.funcLits.get(fl);
        ExprNode[] caps = new ExprNode[li.captures.size()];
        for (int i = 0; i < caps.length; i++) {
            caps[i] = cellOf(li.captures.get(i));
        }
        FunctionBuilder literal = new FunctionBuilder(this, nextLiteralName());
        CallTarget target = literal.finishFunction(li.captures, li.params, li.results, fl.pos(), fl.body(), li.hasDefer, li.hasRecover);
        if (target instanceof RootCallTarget rct && rct.getRootNode() instanceof GoRootNode root) {
            PackageBuilder home = pkg;
            Info in = info;
            root.recordsPositionWhen(() -> home.literalCallNotesSite(in, fl));
        }
        return new FuncNodes.MakeClosure(target, caps, goName);
    }

    /** The name of this function's next function literal (or of a go statement's wrapper, which Go names alike). */
    String nextLiteralName() {
        return goName + (isLiteral ? "." : ".func") + (++closureCounter);
    }

    /** The cell of a heap variable (global, captured or address-taken). */
    ExprNode cellOf(VarEntity v) {
        if (v.global) {
            return v.lateInit != null && v.lateInit != lateSpec ? pkg.lateCell(v) : new CellNodes.Global(pkg.globalCell(v));
        }
        Integer s = slots.get(v);
        if (s == null) {
            throw new Unbuildable(null, "variable " + v.name + " used before its declaration was built");
        }
        return LocalNodes.read(s, Rep.OBJECT);
    }

    ExprNode readVar(VarEntity v) {
        if (v.onHeap()) {
            return CellNodes.read(cellOf(v), v.type.rep());
        }
        Integer s = slots.get(v);
        if (s == null) {
            throw new Unbuildable(null, "variable " + v.name);
        }
        return LocalNodes.read(s, v.type.rep());
    }

    StmtNode writeVar(VarEntity v, ExprNode value) {
        if (Aggregates.isAggregate(v.type)) {
            // the variable owns its storage, which pointers may share: assignment copies into it
            return new PointerNodes.Store(readVar(v), Rep.OBJECT, v.type, value);
        }
        if (v.onHeap()) {
            return CellNodes.write(cellOf(v), v.type.rep(), value);
        }
        return LocalNodes.write(slots.get(v), v.type.rep(), value);
    }

    /** Declares a local variable (fresh slot or fresh cell) initialised with value. */
    StmtNode declareVar(VarEntity v, ExprNode value) {
        if (v.global) {
            return writeVar(v, value);
        }
        if (v.onHeap()) {
            Integer s = slots.get(v);
            if (s == null) {
                s = slot();
                slots.put(v, s);
            }
            vars.local(variable(v, s, true, -1));
            return new LocalNodes.NewCell(s, v.type.rep(), value);
        }
        Integer s = slots.get(v);
        if (s == null) {
            s = slot();
            slots.put(v, s);
        }
        vars.local(variable(v, s, false, -1));
        return LocalNodes.write(s, v.type.rep(), value);
    }

    /** How a debugger finds variable v: in slot, itself or (inCell) its heap cell; param: its argument index, or -1. */
    static Variable variable(VarEntity v, int slot, boolean inCell, int param) {
        int line = v.pos == null ? 0 : v.pos.line();
        int col = v.pos == null ? 0 : v.pos.col();
        return new Variable(v.name, v.type, slot, inCell, line, col, param);
    }

    ExprNode zero(GoType t) {
        if (Aggregates.isAggregate(t)) {
            return new FuncNodes.Zero(t);
        }
        return new ConstNode(ZeroValue.of(t));
    }

    /**
     * Gives n the line of src. A call's line is that of its opening parenthesis, where Go places a call (a call's
     * frame in a traceback, runtime.Caller), and an index or slice expression's that of its opening bracket, where
     * Go places its bounds check; they differ from where the expression starts when it is written over several
     * lines ({@code x.\n\tM()}, {@code func() {...}()}).
     */
    <T extends GoNode> T at(T n, Node src) {
        Pos p = src == null ? null : switch (src) {
            case Expr.Call c when c.lparen() != null -> c.lparen();
            case Expr.Index ix when ix.lbrack() != null -> ix.lbrack();
            case Expr.Slice sl when sl.lbrack() != null -> sl.lbrack();
            default -> src.pos();
        };
        if (p != null && p.directive() != null && !p.directive().realFile()) {
            // Go's runtime names a directive's missing file "??"
            n.at(p.reportedLine(), p.reportedFile().isEmpty() ? "??" : p.reportedFile());
        } else if (p != null) {
            n.at(p.reportedLine()); // the function's own file, at the line a directive may give
        }
        return n;
    }

    /**
     * n, an operand that can fail at run time and that Go places at {@code at}: when that is not the line of the
     * statement being built, it reports its run-time errors at its own line (LinedOperand).
     */
    ExprNode lined(ExprNode n, Pos at) {
        if (at == null || statementLine == 0 || at.line() == statementLine) {
            return n;
        }
        return new gosub.language.nodes.controlflow.LinedOperand(n, at.line());
    }

    /** A store placed at {@code at}, as {@link #lined(ExprNode, Pos)} (LinedStore). */
    StmtNode linedStore(StmtNode n, Pos at) {
        if (at == null || statementLine == 0 || at.line() == statementLine) {
            return n;
        }
        return new gosub.language.nodes.controlflow.LinedStore(n, at.line());
    }

    /**
     * Where a statement starts for tools: its first character. (The syntax tree places assignments at their
     * operator, as Go's compiler reports them, and traces keep that line.)
     */
    static Pos startOf(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> startOf(a.lhs().get(0));
            case Stmt.IncDec id -> startOf(id.x());
            case Stmt.Send send -> startOf(send.chan());
            case Stmt.ExprStmt es -> startOf(es.x());
            default -> s.pos();
        };
    }

    /** Where an expression starts: the start of its leftmost operand (binary and postfix forms sit at an operator). */
    static Pos startOf(Expr e) {
        return switch (e) {
            case Expr.Binary b -> startOf(b.x());
            case Expr.Selector sel -> startOf(sel.x());
            case Expr.Index ix -> startOf(ix.x());
            case Expr.Slice sl -> startOf(sl.x());
            case Expr.TypeAssert ta -> startOf(ta.x());
            case Expr.Call c -> startOf(c.fun());
            default -> e.pos();
        };
    }

    /** Where a statement that ends with a closing brace ends; null for the others, which end with their line. */
    static Pos endOf(Stmt s) {
        return switch (s) {
            case Stmt.Block b -> b.rbrace();
            case Stmt.If i -> i.els() != null ? endOf(i.els()) : i.then().rbrace();
            case Stmt.For f -> f.body().rbrace();
            case Stmt.Range r -> r.body().rbrace();
            case Stmt.Switch sw -> sw.rbrace();
            case Stmt.TypeSwitch ts -> ts.rbrace();
            case Stmt.Labeled l -> endOf(l.stmt());
            default -> null;
        };
    }

    /**
     * The current function's source from start to end (inclusive); without end (the syntax tree keeps where most
     * constructs start, not where they end), to the end of start's line, as Go writes one statement a line.
     * Null where there is no place to give.
     */
    SourceSection section(Pos start, Pos end) {
        Source src = source;
        if (src == null || start == null || start.line() < 1 || start.line() > src.getLineCount()) {
            return null;
        }
        try {
            if (end != null && end.line() >= start.line() && end.line() <= src.getLineCount()) {
                return src.createSection(start.line(), start.col(), end.line(), end.col());
            }
            int length = src.getLineLength(start.line());
            return src.createSection(start.line(), start.col(), start.line(), Math.max(length, start.col()));
        } catch (IllegalArgumentException e) {
            return src.createSection(start.line()); // a column outside the line: the whole line
        }
    }

    List<GoType> currentResults() {
        return resultTypes;
    }

    Object target(String label, Stmt s) {
        Object t = new Object();
        if (label != null) {
            labels.put(label, s);
        }
        branchTargets.put(s, t);
        return t;
    }

    GoType type(Expr e) {
        GoType t = info.types.get(e);
        if (t == null && e instanceof Expr.Paren p) {
            return type(p.x());
        }
        if (t == null) {
            throw new Unbuildable(e, "expression without a type (" + e.getClass().getSimpleName() + ")");
        }
        if (t.isUntyped()) {
            return defaultOf(t);
        }
        return t;
    }

    static GoType defaultOf(GoType t) {
        return switch (((BasicType) t).kind()) {
            case UNTYPED_BOOL -> Types.BOOL;
            case UNTYPED_INT -> Types.INT;
            case UNTYPED_RUNE -> Types.INT32;
            case UNTYPED_FLOAT -> Types.FLOAT64;
            case UNTYPED_COMPLEX -> Types.COMPLEX128;
            case UNTYPED_STRING -> Types.STRING;
            default -> t;
        };
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    /** An argument of a deferred built-in, evaluated at the defer statement and read from a slot later. */
    record DeferredArg(int slot, Rep rep) {
    }
}
