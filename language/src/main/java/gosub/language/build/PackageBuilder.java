package gosub.language.build;

import gosub.runtime.timing.Phases;
import gosub.runtime.timing.Phases.Phase;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.language.GoContext;
import gosub.language.GoLanguage;
import gosub.language.check.Entity;
import gosub.language.check.FuncEntity;
import gosub.language.check.GoPackage;
import gosub.language.check.Info;
import gosub.language.check.TypeEntity;
import gosub.language.check.VarEntity;
import gosub.language.methods.MethodTable;
import gosub.language.natives.NativeRootNode;
import gosub.language.natives.Natives;
import gosub.language.types.GoType;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.call.CallNodes;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.local.CellNodes;
import gosub.language.nodes.local.LateGlobal;
import gosub.language.values.Cell;
import gosub.language.values.ZeroValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the nodes of one package (of one or several source files): its functions, each on its first call ({@link #callTarget}),
 * and its initialisation ({@link #packageInit}). A {@link FunctionBuilder} builds each function; the call targets
 * and the package variables' cells are the program's, kept by its {@link GoContext}.
 */
public final class PackageBuilder {
    final GoLanguage language;
    public final GoContext context;
    final String file;
    /** The Truffle source of each file of the package, by its name: where functions, statements and calls are, for tools. */
    private final Map<String, Source> sources;
    final Natives natives;
    /** Shared by all packages of the program: one call target per function, one cell per package variable. */
    private final Map<FuncEntity, CallTarget> targets;
    private final Map<VarEntity, Cell> globals;
    final MethodTable methods;
    /** The package this builder builds, known from {@link #packageInit}: what late tables need to be built. */
    private String packagePath;
    private Info packageInfo;
    /** The checked package this builder builds, known from {@link #packageInit}: where natives find its types. */
    private GoPackage goPackage;
    /** The initialization of each of the package's tables initialised late, by spec, made when first needed. */
    private final Map<Decl.VarSpec, LateGlobal.Initializer> lateInits = new HashMap<>();

    public PackageBuilder(GoLanguage language, GoContext context, String file, Source source, Natives natives) {
        this(language, context, file, source == null ? Map.of() : Map.of(file, source), natives);
    }

    /** A package of several files: FILE names the first, SOURCES holds each file's source by its name. */
    public PackageBuilder(GoLanguage language, GoContext context, String file, Map<String, Source> sources, Natives natives) {
        this.language = language;
        this.context = context;
        this.file = file;
        this.sources = sources;
        this.natives = natives;
        this.targets = context.functionTargets;
        this.globals = context.globalCells;
        this.methods = context.methods;
    }

    /**
     * Whether a call of fe must note its call site for tracebacks: only if fe may record the goroutine's position
     * ({@link PositionRecording}). Asked when the call is first made, after fe's body is built (and so checked).
     */
    public boolean callNotesSite(FuncEntity fe) {
        synchronized (targets) { // the lock under which bodies are checked and built
            return context.positionRecording.mayRecord(fe);
        }
    }

    /**
     * Whether a call of the function literal fl, which appears in a function described by info, must note its call
     * site: only if the literal may record the goroutine's position ({@link PositionRecording}).
     */
    boolean literalCallNotesSite(Info info, Expr.FuncLit fl) {
        synchronized (targets) {
            return context.positionRecording.mayRecord(info, fl);
        }
    }

    /** The call target of a declared function or method, building it on first request. */
    public CallTarget callTarget(FuncEntity fe) {
        synchronized (targets) {
            CallTarget t = targets.get(fe);
            if (t == null) {
                Phase outer = Phases.ON ? Phases.switchTo(Phase.FUNCTIONS) : null;
                try {
                    t = buildFunction(fe);
                } finally {
                    if (Phases.ON) {
                        Phases.switchTo(outer);
                    }
                }
                if (t instanceof RootCallTarget rct && rct.getRootNode() instanceof GoRootNode root) {
                    root.recordsPositionWhen(() -> callNotesSite(fe));
                }
                targets.put(fe, t);
            }
            return t;
        }
    }

    private CallTarget buildFunction(FuncEntity fe) {
        if (fe.nativeName != null) {
            if (!natives.has(fe.nativeName)) {
                throw new Unbuildable(fe.decl, "native function " + fe.nativeName);
            }
            int params = fe.sig().params.size() + (fe.recvType != null ? 1 : 0);
            String declaredIn = fe.pos != null && fe.pos.file() != null ? fe.pos.file() : file;
            return NativeRootNode.create(language, natives, fe.nativeName, params, fe.qualifiedName(), context.tracePath(declaredIn),
                            fe.pos == null ? 0 : fe.pos.line()).getCallTarget();
        }
        if (fe.owner != null) {
            fe.owner.checkPendingBody(fe);
        }
        Info info = fe.info != null ? fe.info : new Info();
        PackageBuilder home = context.builders.get(fe.pkg); // a standard function may be built for the program's call
        String own = fe.pos != null && fe.pos.file() != null ? fe.pos.file() : fe.owner != null ? fe.owner.file() : file;
        FunctionBuilder fb = new FunctionBuilder(this, info, fe.qualifiedName(), context.tracePath(own),
                        (home != null ? home : this).sources.get(own));
        List<VarEntity> params = new ArrayList<>();
        if (fe.recvVar != null) {
            params.add(fe.recvVar);
            fb.receiver = fe.recvVar;
        }
        params.addAll(fe.params);
        return fb.finishFunction(List.of(), params, fe.results, fe.decl.pos(), fe.decl.body(), fe.hasDefer, fe.hasRecover);
    }

    Cell globalCell(VarEntity v) {
        synchronized (targets) {
            return globals.computeIfAbsent(v, k -> {
                Cell c = new Cell();
                CellNodes.storeBoxed(c, v.type.rep(), ZeroValue.of(v.type));
                return c;
            });
        }
    }

    /** The type the package declares under NAME (for natives that make values of their package's types). */
    public GoType declaredType(String name) {
        return goPackage != null && goPackage.scope.lookupLocal(name) instanceof TypeEntity te ? te.type : null;
    }

    /**
     * The cell of V, a standard package's table initialised when first needed (gosub.language.check.LateVars),
     * behind the node that initialises it. V belongs to another package when this builder builds a standard
     * generic function for the program.
     */
    ExprNode lateCell(VarEntity v) {
        synchronized (targets) {
            PackageBuilder home = context.builders.get(v.latePackage);
            return new LateGlobal(globalCell(v), home.lateInitializer(v.lateInit));
        }
    }

    private LateGlobal.Initializer lateInitializer(Decl.VarSpec vs) {
        return lateInits.computeIfAbsent(vs, k -> {
            FunctionBuilder fb = new FunctionBuilder(this, packageInfo, packagePath + ".init", context.tracePath(file), sources.get(file));
            fb.lateSpec = vs;
            return new LateGlobal.Initializer(fb.finishInit(initializeSpec(fb, vs, packageInfo)));
        });
    }

    /**
     * A package's initialisation: Go's runtime.doInit, which calls the function that initialises the package's
     * variables in dependency order (pkg.init, when there are any), then its init functions (pkg.init.0, ...). The
     * frame is there, as in Go, for runtime.Caller and Callers to find below an init function; tracebacks leave it
     * out, as Go's leave out the runtime's unexported functions.
     */
    public CallTarget packageInit(GoPackage pkg, Info info) {
        packagePath = pkg.path;
        packageInfo = info;
        goPackage = pkg;
        context.builders.put(pkg.path, this);
        List<StmtNode> calls = new ArrayList<>();
        if (!pkg.varInits.isEmpty()) {
            CallTarget vars = variablesInit(pkg, info);
            calls.add(initCall(new CallNodes.Static(() -> vars, () -> true, new ExprNode[0])));
        }
        for (FuncEntity init : pkg.inits) {
            calls.add(initCall(new CallNodes.Static(() -> callTarget(init), () -> callNotesSite(init), new ExprNode[0])));
        }
        FunctionBuilder doInit = new FunctionBuilder(this, info, "runtime.doInit", DO_INIT_FILE, sources.get(file));
        return doInit.finishInit(new ControlNodes.Block(calls.toArray(new StmtNode[0])));
    }

    /** Where Go 1.19's runtime.doInit calls a package's init functions. */
    private static final String DO_INIT_FILE = "$GOROOT/src/runtime/proc.go";
    private static final int DO_INIT_LINE = 6329;

    private static StmtNode initCall(CallNodes.Static call) {
        call.at(DO_INIT_LINE);
        return new ControlNodes.Discard(call);
    }

    /** Statements that initialise a package's variables in dependency order: Go's pkg.init. */
    private CallTarget variablesInit(GoPackage pkg, Info info) {
        FunctionBuilder fb = new FunctionBuilder(this, info, pkg.path + ".init", context.tracePath(file), sources.get(file));
        List<StmtNode> out = new ArrayList<>();
        for (Object o : pkg.varInits) {
            out.add(initializeSpec(fb, (Decl.VarSpec) o, info));
        }
        return fb.finishInit(new ControlNodes.Block(out.toArray(new StmtNode[0])));
    }

    /** The statement that gives the variables of VS their initial values. */
    private static StmtNode initializeSpec(FunctionBuilder fb, Decl.VarSpec vs, Info info) {
        List<VarEntity> vars = new ArrayList<>();
        for (Expr.Ident id : vs.names()) {
            Entity e = info.defs.get(id);
            vars.add(e instanceof VarEntity v && !v.name.equals("_") ? v : null);
        }
        if (vs.values().size() > 1) {
            return fb.assigns.defineVars(vars, vs.values(), vs, true); // each value is an order of its own
        }
        if (!vs.values().isEmpty()) {
            return fb.order.statement(scan -> fb.assigns.defineOperands(scan, vars, vs.values()), () -> fb.assigns.defineVars(vars, vs.values(), vs));
        }
        List<StmtNode> zeros = new ArrayList<>();
        for (VarEntity v : vars) {
            if (v != null) {
                zeros.add(fb.writeVar(v, fb.zero(v.type)));
            }
        }
        return new ControlNodes.Block(zeros.toArray(new StmtNode[0]));
    }
}
