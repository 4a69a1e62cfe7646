package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.MemorySizes;
import gosub.language.types.NamedType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The type checker of one package, from one file or several. It owns the checker's state, grouped below
 * by how long each part lives, and the one place where the {@link Environment} changes; the rules themselves are in
 * one class per concern (see {@code package-info.java}), each holding a reference to this checker.
 */
public final class Checker {

    /** Thrown when the error limit is reached; the caller prints what was collected. */
    public static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    public static final int MAX_ERRORS = 10;

    // ---- for the whole check of the package: given to the constructor

    /** The package's first file: where errors without a file of their own go. */
    final String file;
    /** Shared by every package of the program, so that the limit of {@link #MAX_ERRORS} counts them all. */
    final List<CheckError> errors;
    final PackageLoader loader;
    /** A standard package: its unused imports are not reported and it needs no main. */
    final boolean stdlib;
    public final GoPackage pkg;
    /** Rewrites the types in messages as Go's compiler writes them. */
    private final CompilerTypeNames typeNames;
    /** Each file's scope (its imports), by the file's name as positions give it; in the order files were given. */
    private final Map<String, Scope> fileScopes = new LinkedHashMap<>();
    /** The scope of the file whose imports and declarations are being collected. */
    Scope fileScope;
    /** Facts about the package's non-generic code; generic instances have an Info of their own. */
    final Info pkgInfo = new Info();

    // ---- for the whole check of the package: collected by the resolver, consumed until the package is done

    final List<PackageEntity> imports = new ArrayList<>();
    /** Names of imports gosub refused: uses of them are not reported again as undefined. */
    final Set<String> unsupportedImports = new HashSet<>();
    /** Package-level variables to the check of their spec (run once, on first use or in declaration order). */
    final Map<VarEntity, Runnable> varResolvers = new LinkedHashMap<>();
    /** Package-level variables to their spec, for the initialization order. */
    final Map<VarEntity, Decl.VarSpec> varSpecs = new HashMap<>();
    /**
     * Package-level constants and types named {@code _}: no scope holds them and nothing refers to them, but Go
     * checks them like the others.
     */
    final List<Entity> blankGlobals = new ArrayList<>();
    /** Method declarations by the name of their receiver's base type. */
    final Map<String, List<Decl.Func>> methodDecls = new LinkedHashMap<>();
    /** Declarations of functions without a body, which only the standard packages may have. */
    final List<Decl.Func> missingBodies = new ArrayList<>();
    /** Function bodies waiting to be checked (after the package-level declarations, and new instances). */
    final Deque<Runnable> bodyQueue = new ArrayDeque<>();
    /** A standard package's functions whose bodies wait for their first build ({@link #queueBody}). */
    private final List<FuncEntity> pendingBodies = new ArrayList<>();
    /** Package-level vars and funcs to the vars and funcs their initializer or body refers to. */
    final Map<Object, Set<Object>> deps = new HashMap<>();
    /** {@code f[int]} naming a generic function with fewer type arguments than it has type parameters. */
    /** The stand-in arguments of a built-in's spread call (Info.spreads) to the values they stand for. */
    final Map<Expr, Operand> spreadValues = new IdentityHashMap<>();
    /** A built-in's argument already checked while looking for a spread call: its operand, taken once. */
    final Map<Expr, Operand> prechecked = new IdentityHashMap<>();
    final Map<Expr.Index, List<GoType>> partialTypeArgs = new IdentityHashMap<>();

    /**
     * The package's initialization is ordered: a package-level variable checked from now on (a standard package's
     * table, on first use: {@link LateVars}) is initialised when it is first needed, not with the package.
     */
    boolean initOrdered;

    // ---- where the checker is: the declaration and function body being checked, and the scope

    /** Changes only in {@link #within}; only the scope changes inside one environment, as blocks open and close. */
    Environment env;

    // ---- the rules, one concern each

    final Resolver resolver = new Resolver(this);
    final Declarations decls = new Declarations(this);
    final InitOrder initOrder = new InitOrder(this);
    final TypeExprs typexprs = new TypeExprs(this);
    final Instantiation instantiation = new Instantiation(this);
    final GenericBodies genericBodies = new GenericBodies(this);
    final Inference inference = new Inference(this);
    final Statements stmts = new Statements(this);
    final Assignments assignments = new Assignments(this);
    final Labels labels = new Labels(this);
    final Termination termination = new Termination(this);
    final Expressions exprs = new Expressions(this);
    final Operators operators = new Operators(this);
    final CompositeLiterals literals = new CompositeLiterals(this);
    final Selectors selectors = new Selectors(this);
    final Indexing indexing = new Indexing(this);
    final Calls calls = new Calls(this);
    final Conversions conversions = new Conversions(this);

    /** The source file this checker checks. */
    public String file() {
        return file;
    }

    public Checker(String file, String pkgPath, String pkgName, List<CheckError> errors, PackageLoader loader, boolean stdlib) {
        this.file = file;
        this.errors = errors;
        this.loader = loader;
        this.stdlib = stdlib;
        Scope pkgScope = new Scope(Universe.SCOPE);
        this.pkg = new GoPackage(pkgPath, pkgName, pkgScope);
        this.typeNames = new CompilerTypeNames(pkgName);
        this.fileScope = new Scope(pkgScope);
        this.env = Environment.packageLevel(fileScope, pkgInfo);
    }

    /** The scope of the file POS is in (the first file's, for a position without a file). */
    Scope fileScopeOf(Pos pos) {
        Scope s = pos == null || pos.file() == null ? null : fileScopes.get(pos.file());
        return s != null ? s : fileScope;
    }

    /** Whether S is the scope of one of the package's files, i.e. what it declares is at package level. */
    boolean isFileScope(Scope s) {
        return s == fileScope || fileScopes.containsValue(s);
    }

    /** FILE:LINE:COL of POS, as messages that point at another place print it. */
    String where(Pos pos) {
        return pos.where(file);
    }

    public Info packageInfo() {
        return pkgInfo;
    }

    /** Checks a whole file as the package's only file. */
    public void checkFile(SourceFile sf) {
        checkFiles(List.of(sf));
    }

    /**
     * Checks the files of one package, given in the order Go presents them to its compiler (as named on the command
     * line, or sorted by name): package-level variables are initialised, and init functions run, in that order.
     */
    public void checkFiles(List<SourceFile> files) {
        try {
            checkingFiles = true;
            // Go's parser has spoken for every file before its type checker starts
            for (SourceFile sf : files) {
                for (SourceFile.ParseError e : sf.parseErrors()) {
                    parseError(e.pos(), e.message());
                }
                bodiesWithParseErrors.addAll(sf.bodiesWithParseErrors());
            }
            typeErrorsFrom = errors.size();
            boolean importsValid = true;
            Scope packageScope = fileScope.parent;
            for (SourceFile sf : files) {
                fileScope = fileScopes.isEmpty() ? fileScope : new Scope(packageScope);
                fileScopes.put(sf.pos().file() != null ? sf.pos().file() : sf.fileName(), fileScope);
                importsValid &= resolver.collectImports(sf);
            }
            if (!importsValid) {
                return; // like go run, which stops at a malformed import before compiling
            }
            for (SourceFile sf : files) {
                fileScope = fileScopeOf(sf.pos());
                resolver.collectDecls(sf);
            }
            fileScope = fileScopeOf(files.get(0).pos());
            resolver.resolveAll();
            drainBodies();
            if (stdlib) {
                checkBodiesInitializersReach();
            }
            initOrder.computeInitOrder(files);
            initOrdered = true;
            if (errors.isEmpty() && branchErrors.isEmpty()) {
                // Go's compiler looks for bodies, and its linker for main, only once the types are right
                for (Decl.Func f : missingBodies) {
                    error(f.recv() != null ? f.recv().pos() : f.namePos(), "missing function body");
                }
                fileScope = fileScopeOf(files.get(0).pos());
                resolver.checkMainDeclared(files.get(0));
            }
            if (!stdlib) {
                for (PackageEntity p : imports) {
                    if (!p.used) {
                        error(p.specPos, p.unusedMessage());
                    }
                }
            }
        } catch (TooManyErrors e) {
            // collected
        }
        checkingFiles = false;
        // Go's parser checks the branches, so their errors come before the type checker's
        errors.addAll(Math.min(typeErrorsFrom, errors.size()), sorted(branchErrors));
        branchErrors.clear();
        if (errors.isEmpty()) {
            reportOversizedChannels();
        }
    }

    /**
     * ERRORS as Go's compiler prints them: by file name, then by position, and in the order they were found where
     * two share a place. (The list itself stays in the order found: the limit of {@link #MAX_ERRORS} counts so.)
     */
    public static List<CheckError> sorted(List<CheckError> errors) {
        List<CheckError> out = new ArrayList<>(errors);
        out.sort((a, b) -> !a.file().equals(b.file()) ? a.file().compareTo(b.file())
                        : a.pos().line() != b.pos().line() ? Integer.compare(a.pos().line(), b.pos().line())
                        : Integer.compare(a.pos().col(), b.pos().col()));
        return out;
    }

    /** Whether Go's parser found an error in the function body that starts at BODY (see SourceFile). */
    boolean bodyHasParseErrors(Stmt.Block body) {
        return bodiesWithParseErrors.contains(body.pos());
    }

    // ---- errors

    /**
     * Channel types met where Go's compiler works out their size (the position it reports, the type): make(chan T),
     * and declarations whose type is a channel type. Go checks a channel's element size (under 64 kB) only once
     * its type checker has passed, so these are looked at at the end, and only when there is no other error.
     */
    private final List<Map.Entry<Pos, GoType>> channelLayouts = new ArrayList<>();

    void channelLaidOut(Pos pos, GoType t) {
        channelLayouts.add(Map.entry(pos, t));
    }

    private void reportOversizedChannels() {
        Set<String> lines = new HashSet<>();
        for (Map.Entry<Pos, GoType> e : channelLayouts) {
            GoType t = e.getValue();
            if (t != null && t.underlying() instanceof ChanType ch && MemorySizes.sizeOf(ch.elem) >= 1 << 16) {
                Pos pos = e.getKey();
                // the compiler drops a repeated message on one line
                if (lines.add((pos.file() != null ? pos.file() : file) + ":" + pos.line())) {
                    error(pos, "channel element type too large (>64kB)");
                }
            }
        }
    }

    /** While positive, errors are dropped ({@link #quietly}). */
    private int quiet;
    /** Where the type checker's errors start in {@link #errors}: before it, the parser's. */
    private int typeErrorsFrom;
    /** The function bodies of the package that hold an error of the parser's, by their opening brace. */
    private final Set<Pos> bodiesWithParseErrors = new HashSet<>();

    /**
     * The errors of labels and branch statements, which Go's parser finds (see {@link Labels}): kept apart while the
     * type checker runs, then put before its errors, where Go's limit of {@link #MAX_ERRORS} counts them.
     */
    private final List<CheckError> branchErrors = new ArrayList<>();

    /** Set while {@link #checkFiles} runs: a body checked later (on demand) reports its branch errors at once. */
    private boolean checkingFiles;

    void branchError(Pos pos, String msg) {
        if (!checkingFiles) {
            error(pos, msg);
        } else if (quiet == 0) {
            branchErrors.add(new CheckError(pos.file() != null ? pos.file() : file, pos, msg));
        }
    }

    /** An error of Go's parser: said as it is, even where the type checker has something to say too. */
    private void parseError(Pos pos, String msg) {
        errors.add(new CheckError(pos.file() != null ? pos.file() : file, pos, msg));
        if (errors.size() >= MAX_ERRORS) {
            throw new TooManyErrors();
        }
    }

    void error(Pos pos, String msg) {
        report(pos, msg, false);
    }

    /** An error Go's go command reports before its compiler runs (see {@link CheckError#goCommand}). */
    void goCommandError(Pos pos, String msg) {
        report(pos, msg, true);
    }

    /** Runs r without reporting its errors: it checks what was already reported as wrong (see Instantiation). */
    void quietly(Runnable r) {
        quiet++;
        try {
            r.run();
        } finally {
            quiet--;
        }
    }

    private void report(Pos pos, String msg, boolean goCommand) {
        if (quiet > 0) {
            return;
        }
        if (pos == null) {
            pos = Pos.NONE;
        }
        String in = pos.file() != null ? pos.file() : file;
        for (CheckError e : errors.subList(Math.min(typeErrorsFrom, errors.size()), errors.size())) {
            if (e.pos().line() == pos.line() && e.pos().col() == pos.col() && e.file().equals(in)) {
                return; // one error per position, like Go's type checker
            }
        }
        errors.add(new CheckError(in, pos, typeNames.rewrite(msg), goCommand));
        // no stop at the limit: a branch error found later still comes first (see branchErrors)
    }

    void unsupported(Pos pos, String what) {
        error(pos, "unsupported: " + what);
    }

    /** A name found in no scope: undefined, unless it names something gosub refuses (then refused by name). */
    void undefined(Expr.Ident id) {
        if (unsupportedImports.contains(id.name())) {
            return; // the import is refused already
        }
        error(id.pos(), "undefined: " + id.name());
    }

    // ---- the environment

    /** Runs body in environment e and puts the current one back afterwards, however body ends. */
    <T> T within(Environment e, Supplier<T> body) {
        Environment saved = env;
        env = e;
        try {
            return body.get();
        } finally {
            env = saved;
        }
    }

    void within(Environment e, Runnable body) {
        within(e, () -> {
            body.run();
            return null;
        });
    }

    /** Makes s the innermost scope; returns the one it replaces, for the caller to put back. */
    Scope swapScope(Scope s) {
        Scope old = env.scope;
        env.scope = s;
        return old;
    }

    // ---- function bodies

    /**
     * Has FE's body checked: a program's after the package-level declarations; a standard package's only when the
     * node builder first needs it ({@link #checkPendingBody}), since a standard package has no errors to report and
     * most of its functions are never called (this halves the start of a program that imports fmt), or when a
     * package-level initializer calls it (see {@link #checkBodiesInitializersReach}).
     */
    void queueBody(FuncEntity fe) {
        if (fe.decl == null || fe.decl.body() == null || fe.bodyChecked) {
            return;
        }
        fe.bodyChecked = true;
        if (stdlib) {
            fe.bodyPending = true;
            pendingBodies.add(fe);
            return;
        }
        bodyQueue.addLast(() -> stmts.funcBody(fe));
    }

    /**
     * Checks every body left for later now (gosub's own tests do, through the option go.CheckStandardBodies, so that
     * a mistake in a standard package is a compile error instead of a crash on the function's first call).
     */
    public void checkPendingBodies() {
        if (stdlib && !genericsChecked) {
            genericsChecked = true;
            genericBodies.queueAll();
            genericBodies.runAll();
        }
        for (int i = 0; i < pendingBodies.size(); i++) { // checking a body may leave more for later (literals' types)
            checkPendingBody(pendingBodies.get(i));
        }
        pendingBodies.clear();
    }

    /** Whether a standard package's generic code has had its one generic check ({@link GenericBodies}). */
    private boolean genericsChecked;

    /** Checks FE's body now if it was left for later (a standard package's function: see {@link #queueBody}). */
    public void checkPendingBody(FuncEntity fe) {
        if (fe.bodyPending) {
            fe.bodyPending = false;
            stmts.funcBody(fe);
        }
    }

    /**
     * Checks the left-for-later bodies of the functions the package-level initializers call, directly or through
     * other functions: the variables those bodies refer to order the initialization ({@link InitOrder}).
     */
    private void checkBodiesInitializersReach() {
        while (true) {
            List<FuncEntity> reached = new ArrayList<>();
            for (Set<Object> refs : deps.values()) {
                for (Object o : refs) {
                    if (o instanceof FuncEntity fe && fe.bodyPending && fe.owner == this) {
                        reached.add(fe);
                    }
                }
            }
            if (reached.isEmpty()) {
                return;
            }
            for (FuncEntity fe : reached) {
                checkPendingBody(fe);
            }
        }
    }

    /** Checks the queued bodies, including those of instances created for another package after this one. */
    void drainBodies() {
        while (!bodyQueue.isEmpty()) {
            bodyQueue.removeFirst().run();
        }
    }

    /**
     * Whether the code being checked is an instance of generic code (its type parameters bound to concrete types).
     * Go checks generic code once, generically, and never its instances: what only an instance's types make wrong
     * (an impossible type assertion, duplicate cases or map keys that only the type arguments make equal) is no
     * error there, and the code does at run time what Go's does.
     */
    boolean inInstance() {
        for (Environment.Function f = env.func; f != null; f = f.outer) {
            if (f.entity != null) {
                FuncEntity fe = f.entity;
                boolean generic = !fe.typeArgList.isEmpty() || fe.recvType instanceof NamedType nt && !nt.typeArgs.isEmpty();
                return generic && !fe.typeArgList.stream().anyMatch(Instantiation::mentionsTypeParam)
                                && !Instantiation.mentionsTypeParam(fe.recvType);
            }
        }
        return false;
    }

    // ---- the entry points every concern uses

    Operand expr(Expr e) {
        return exprs.expr(e, false);
    }

    /** Checks a value expression; multi-valued and no-value results are errors unless allowMulti. */
    Operand expr(Expr e, boolean allowMulti) {
        return exprs.expr(e, allowMulti);
    }

    /** Checks e as whatever it is (a value, a type, a built-in, a package); hint types an elided composite literal. */
    Operand rawExpr(Expr e, GoType hint) {
        return exprs.rawExpr(e, hint);
    }

    /** Resolves a type expression; reports an error and returns null when it is not a type. */
    GoType typeExpr(Expr e) {
        return typexprs.typeExpr(e);
    }

    /** Whether x can be assigned to t (converting an untyped x); if not, Go's "cannot use" error was reported. */
    boolean assignment(Operand x, GoType t, String context) {
        return assignments.assignment(x, t, t, context);
    }

    /** As {@link #assignment(Operand, GoType, String)}, naming t as the source spelled it (s) if it fails. */
    boolean assignment(Operand x, GoType t, GoType s, String context) {
        return assignments.assignment(x, t, s, context);
    }

    /** The facts recorded for the code being checked. */
    Info info() {
        return env.info;
    }
}
