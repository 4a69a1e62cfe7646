package gosub.language.check;

import gosub.ast.AssignOp;
import gosub.ast.BranchKind;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Node;
import gosub.ast.Operator;
import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import gosub.language.stdlib.strconv.Quoting;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TupleType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static type checker: resolves names, computes the type of every expression, evaluates constants exactly,
 * reports Go's compile errors, and records what the node builder needs in {@link Info}. Generic functions and types
 * are checked per instantiation with their type arguments bound.
 */
public final class Checker {

    /** Thrown when the error limit is reached; the caller prints what was collected. */
    public static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    public static final int MAX_ERRORS = 10;

    final String file;
    final List<CheckError> errors;
    final PackageLoader loader;
    public final GoPackage pkg;
    final Scope fileScope;
    final Info pkgInfo = new Info();
    Info info = pkgInfo;
    FuncCtx fn;
    /** Package-level var or func whose initializer/body is being checked (for initialization order). */
    Object currentDecl;
    final Map<Object, Set<Object>> deps = new HashMap<>();
    final Map<VarEntity, Runnable> varResolvers = new LinkedHashMap<>();
    final Map<VarEntity, Decl.VarSpec> varSpecs = new HashMap<>();
    final Map<String, List<Decl.Func>> methodDecls = new LinkedHashMap<>();
    final Deque<Runnable> bodyQueue = new ArrayDeque<>();
    final List<PackageEntity> imports = new ArrayList<>();
    /** Names of imports gosub refused: uses of them are not reported again as undefined. */
    final Set<String> unsupportedImports = new HashSet<>();
    /** Entities of type parameters bound during instantiation. */
    final boolean stdlib;

    /** The state of the function (or function literal) whose body is being checked. */
    static final class FuncCtx {
        final FuncCtx outer;
        final FuncType sig;
        final List<VarEntity> results;
        final Object owner;
        final Info.FuncLitInfo lit;
        final FuncEntity entity;
        final Set<String> labels = new HashSet<>();
        final List<Stmt.Branch> gotos = new ArrayList<>();
        final Map<String, Pos> labelPos = new HashMap<>();
        final Set<String> usedLabels = new HashSet<>();

        FuncCtx(FuncCtx outer, FuncType sig, List<VarEntity> results, Object owner, Info.FuncLitInfo lit, FuncEntity entity) {
            this.outer = outer;
            this.sig = sig;
            this.results = results;
            this.owner = owner;
            this.lit = lit;
            this.entity = entity;
        }
    }

    public Checker(String file, String pkgPath, String pkgName, List<CheckError> errors, PackageLoader loader, boolean stdlib) {
        this.file = file;
        this.errors = errors;
        this.loader = loader;
        this.stdlib = stdlib;
        Scope pkgScope = new Scope(Universe.SCOPE);
        this.pkg = new GoPackage(pkgPath, pkgName, pkgScope);
        this.fileScope = new Scope(pkgScope);
    }

    public Info packageInfo() {
        return pkgInfo;
    }

    // ---------------------------------------------------------------- errors

    void error(Pos pos, String msg) {
        if (pos == null) {
            pos = Pos.NONE;
        }
        for (CheckError e : errors) {
            if (e.pos().equals(pos) && e.file().equals(file)) {
                return; // one error per position, like Go
            }
        }
        errors.add(new CheckError(file, pos, msg));
        if (errors.size() >= MAX_ERRORS) {
            throw new TooManyErrors();
        }
    }

    void unsupported(Pos pos, String what) {
        error(pos, "unsupported: " + what);
    }

    // ---------------------------------------------------------------- package level

    /** Checks a whole file as the package's only file. */
    public void checkFile(SourceFile sf) {
        try {
            if (!collectImports(sf)) {
                return; // like go run, which stops at a malformed import before compiling
            }
            collectDecls(sf);
            resolveAll();
            while (!bodyQueue.isEmpty()) {
                bodyQueue.removeFirst().run();
            }
            computeInitOrder(sf);
            if (!stdlib) {
                for (PackageEntity p : imports) {
                    if (!p.used) {
                        error(p.pos, "\"" + p.pkg.path + "\" imported and not used");
                    }
                }
            }
        } catch (TooManyErrors e) {
            // collected
        }
        errors.sort((a, b) -> a.pos().line() != b.pos().line() ? Integer.compare(a.pos().line(), b.pos().line())
                        : Integer.compare(a.pos().col(), b.pos().col()));
    }

    /**
     * Whether PATH can name a package at all: not empty, and only printable characters that are neither spaces
     * nor among the punctuation Go keeps out of import paths.
     */
    private static boolean validImportPath(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (int i = 0; i < path.length(); i += Character.charCount(path.codePointAt(i))) {
            int c = path.codePointAt(i);
            if (!Quoting.isPrint(c) || c == ' ' || "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Declares the imported packages; false if an import path is malformed. */
    private boolean collectImports(SourceFile sf) {
        boolean valid = true;
        for (SourceFile.ImportSpec imp : sf.imports()) {
            if (!validImportPath(imp.path())) {
                String quoted = ByteStrings.toJava(Quoting.quote(ByteStrings.fromJava(imp.path())));
                error(imp.pathPos(), "invalid import path: " + quoted);
                valid = false;
                continue;
            }
            // the standard library's internal packages are its own (a module's internal/ is another matter)
            if (!stdlib && (imp.path().startsWith("internal/") || imp.path().equals("internal"))) {
                error(imp.pathPos(), "use of internal package " + imp.path() + " not allowed");
                valid = false;
                continue;
            }
            GoPackage p = loader.load(imp.path());
            if (p == null) {
                error(imp.pathPos(), "unsupported: package \"" + imp.path() + "\"");
                String last = imp.path().substring(imp.path().lastIndexOf('/') + 1);
                unsupportedImports.add(imp.alias() != null ? imp.alias() : last);
                continue;
            }
            String name = imp.alias() != null ? imp.alias() : p.name;
            if (name.equals("_")) {
                continue;
            }
            if (name.equals(".")) {
                unsupported(imp.pos(), "dot imports");
                continue;
            }
            PackageEntity pe = new PackageEntity(name, imp.pathPos(), p);
            if (fileScope.declare(pe) != null) {
                error(imp.pathPos(), name + " redeclared in this block");
            }
            imports.add(pe);
        }
        return valid;
    }

    private void declareGlobal(Entity e, Pos pos) {
        if (e.name.equals("init") && !(e instanceof FuncEntity)) {
            error(pos, "cannot declare init - must be func");
            return;
        }
        if (e.name.equals("main") && pkg.name.equals("main") && !(e instanceof FuncEntity)) {
            error(pos, "cannot declare main - must be func");
            return;
        }
        Entity prev = pkg.scope.declare(e);
        if (prev != null) {
            error(pos, e.name + " redeclared in this block\n\t" + file + ":" + prev.pos.line() + ":" + prev.pos.col() + ": other declaration of " + e.name);
        }
    }

    private void collectDecls(SourceFile sf) {
        for (Decl d : sf.decls()) {
            switch (d) {
                case Decl.Const c -> collectConsts(c, pkg.scope, true);
                case Decl.Type t -> {
                    for (Decl.TypeSpec ts : t.specs()) {
                        declareTypeSpec(ts, pkg.scope, true);
                    }
                }
                case Decl.Var v -> {
                    for (Decl.VarSpec vs : v.specs()) {
                        List<VarEntity> ents = new ArrayList<>();
                        for (Expr.Ident id : vs.names()) {
                            VarEntity ve = new VarEntity(id.name(), id.pos(), null, true, null, false);
                            ents.add(ve);
                            pkgInfo.defs.put(id, ve);
                            declareGlobal(ve, id.pos());
                            varSpecs.put(ve, vs);
                        }
                        Runnable r = new Runnable() {
                            boolean done;

                            @Override
                            public void run() {
                                if (done) {
                                    return;
                                }
                                done = true;
                                checkGlobalVarSpec(vs, ents);
                            }
                        };
                        for (VarEntity ve : ents) {
                            varResolvers.put(ve, r);
                        }
                    }
                }
                case Decl.Func f -> {
                    if (f.recv() != null) {
                        methodDecls.computeIfAbsent(f.recv().baseType(), k -> new ArrayList<>()).add(f);
                        continue;
                    }
                    FuncEntity fe = new FuncEntity(f.name(), f.namePos(), null, f, pkg.name);
                    fe.declScope = fileScope;
                    fe.owner = this;
                    pkgInfo.defs.put(f, fe);
                    if (f.name().equals("init")) {
                        if (!f.type().params().isEmpty() || !f.type().results().isEmpty()) {
                            error(f.namePos(), "func init must have no arguments and no return values");
                        }
                        pkg.inits.add(fe);
                    } else {
                        if (f.name().equals("main") && pkg.name.equals("main")
                                        && (!f.type().params().isEmpty() || !f.type().results().isEmpty())) {
                            error(f.namePos(), "func main must have no arguments and no return values");
                        }
                        declareGlobal(fe, f.namePos());
                    }
                    pkg.funcs.add(fe);
                    if (f.body() == null) {
                        fe.nativeName = pkg.path + "." + f.name();
                    }
                }
            }
        }
        if (pkg.name.equals("main") && !stdlib && !(pkg.scope.lookupLocal("main") instanceof FuncEntity)) {
            error(new Pos(1, 1), "function main is undeclared in the main package");
        }
    }

    void collectConsts(Decl.Const c, Scope scope, boolean global) {
        for (Decl.ConstSpec cs : c.specs()) {
            List<ConstEntity> ents = new ArrayList<>();
            for (Expr.Ident id : cs.names()) {
                ConstEntity ce = new ConstEntity(id.name(), id.pos(), null, null);
                ents.add(ce);
                info.defs.put(id, ce);
            }
            Scope declScope = global ? fileScope : scope;
            Runnable resolve = () -> checkConstSpec(cs, ents, declScope);
            for (ConstEntity ce : ents) {
                ce.resolver = resolve;
            }
            if (global) {
                for (int i = 0; i < ents.size(); i++) {
                    declareGlobal(ents.get(i), cs.names().get(i).pos());
                }
            } else {
                // local constants are checked right away, then declared (their scope starts after the spec)
                resolve.run();
                for (int i = 0; i < ents.size(); i++) {
                    declareLocal(ents.get(i), cs.names().get(i).pos());
                }
            }
        }
    }

    private void checkConstSpec(Decl.ConstSpec cs, List<ConstEntity> ents, Scope scope) {
        for (ConstEntity ce : ents) {
            ce.resolver = null;
            ce.resolving = true;
        }
        Scope saved = swapScope(scope);
        ConstValue savedIota = iota;
        Info savedInfo = info;
        if (cs.implicit()) {
            info = new Info(); // repeated expressions are checked again with another iota; keep them apart
        }
        iota = ConstValue.of(cs.iota());
        try {
            GoType t = cs.type() == null ? null : typeExpr(cs.type());
            if (cs.values().isEmpty()) {
                error(cs.pos(), "missing init expr for const declaration");
            }
            for (int i = 0; i < ents.size(); i++) {
                ConstEntity ce = ents.get(i);
                if (i >= cs.values().size()) {
                    if (!cs.values().isEmpty()) {
                        error(cs.names().get(i).pos(), "missing init expr for const declaration");
                    }
                    ce.type = Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                    continue;
                }
                Operand x = expr(cs.values().get(i));
                if (x.invalid()) {
                    ce.type = t != null ? t : Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                    continue;
                }
                if (x.mode != Operand.Mode.CONSTANT) {
                    error(x.expr.pos(), ExprPrinter.print(x.expr) + " (" + (x.type == null ? "no value" : "value of type " + x.type) + ") is not constant");
                    ce.type = t != null ? t : Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                    continue;
                }
                if (t != null) {
                    assignment(x, t, "constant declaration");
                }
                ce.type = x.type;
                ce.value = x.value;
            }
            if (cs.values().size() > ents.size()) {
                error(cs.values().get(ents.size()).pos(), "extra init expr");
            }
        } finally {
            for (ConstEntity ce : ents) {
                ce.resolving = false;
                if (ce.type == null) {
                    ce.type = Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                }
            }
            iota = savedIota;
            info = savedInfo;
            swapScope(saved);
        }
    }

    ConstValue iota;
    Scope scope;

    Scope swapScope(Scope s) {
        Scope old = scope;
        scope = s;
        return old;
    }

    void declareTypeSpec(Decl.TypeSpec ts, Scope target, boolean global) {
        TypeEntity te = new TypeEntity(ts.name(), ts.pos(), null, ts, global ? fileScope : target);
        te.owner = this;
        info.defs.put(ts, te);
        if (!ts.typeParams().isEmpty()) {
            te.type = null; // generic: instantiated on use
            if (global) {
                declareGlobal(te, ts.pos());
            } else {
                unsupported(ts.pos(), "generic type declared inside a function");
            }
            return;
        }
        if (ts.alias()) {
            te.resolver = () -> {
                te.resolver = null;
                te.resolving = true;
                Scope saved = swapScope(te.declScope);
                te.type = typeExpr(ts.type());
                swapScope(saved);
                te.resolving = false;
            };
        } else {
            NamedType nt = new NamedType(global || stdlib ? pkg.name : pkg.name, ts.name(), null);
            te.type = nt;
            te.resolver = () -> {
                te.resolver = null;
                te.resolving = true;
                Scope saved = swapScope(te.declScope);
                GoType u = typeExpr(ts.type());
                swapScope(saved);
                nt.setUnderlying(u == null ? Types.INT : u.underlying());
                te.resolving = false;
            };
        }
        if (global) {
            declareGlobal(te, ts.pos());
        } else {
            declareLocal(te, ts.pos());
            te.resolver.run();
        }
    }

    /** Resolves every package-level declaration, then queues function bodies. */
    private void resolveAll() {
        scope = fileScope;
        List<Entity> ents = new ArrayList<>(pkg.scope.entries().values());
        for (Entity e : ents) {
            if (e instanceof TypeEntity te && te.resolver != null) {
                te.resolver.run();
            }
        }
        // methods of non-generic types
        for (Map.Entry<String, List<Decl.Func>> me : methodDecls.entrySet()) {
            Entity base = pkg.scope.lookupLocal(me.getKey());
            if (!(base instanceof TypeEntity te)) {
                for (Decl.Func f : me.getValue()) {
                    error(f.recv().pos(), "undefined: " + me.getKey());
                }
                continue;
            }
            if (te.isGeneric()) {
                continue; // attached per instantiation
            }
            if (!(te.type instanceof NamedType nt) || te.type.underlying() instanceof PointerType || te.type.underlying() instanceof InterfaceType) {
                for (Decl.Func f : me.getValue()) {
                    error(f.recv().pos(), "invalid receiver type " + me.getKey());
                }
                continue;
            }
            for (Decl.Func f : me.getValue()) {
                declareMethod(nt, f, Map.of(), List.of());
            }
        }
        for (Entity e : ents) {
            if (e instanceof ConstEntity ce && ce.resolver != null) {
                ce.resolver.run();
            }
        }
        for (FuncEntity fe : new ArrayList<>(pkg.funcs)) {
            if (fe.type == null && !fe.isGeneric()) {
                fe.type = signature(fe.decl.type(), null);
            }
        }
        for (FuncEntity fe : new ArrayList<>(pkg.funcs)) {
            if (fe.isGeneric()) {
                fe.type = genericSignature(fe);
                continue;
            }
            queueBody(fe);
        }
        for (Runnable r : new ArrayList<>(varResolvers.values())) {
            r.run(); // including blank (_) variables, which are in no scope
        }
    }

    /** Declares method f on named type nt (an instance, when typeArgs is non-empty). */
    FuncEntity declareMethod(NamedType nt, Decl.Func f, Map<String, GoType> typeArgs, List<GoType> typeArgList) {
        if (nt.method(f.name()) != null) {
            error(f.namePos(), "method " + nt.name + "." + f.name() + " already declared");
            return null;
        }
        if (nt.underlying() instanceof StructType st && st.field(f.name()) != null) {
            error(f.namePos(), "field and method with the same name " + f.name());
            return null;
        }
        FuncEntity fe = new FuncEntity(f.name(), f.namePos(), null, f, pkg.name);
        fe.owner = this;
        fe.recvType = nt;
        fe.pointerRecv = f.recv().pointer();
        fe.typeArgs = typeArgs;
        fe.typeArgList = typeArgList;
        fe.declScope = fileScope;
        Scope s = typeArgScope(fileScope, typeArgs);
        Scope saved = swapScope(s);
        fe.type = signature(f.type(), null);
        swapScope(saved);
        if (f.body() == null) {
            fe.nativeName = pkg.path + "." + nt.name + "." + f.name();
        }
        NamedType.Method m = new NamedType.Method(f.name(), fe.sig(), fe.pointerRecv, fe);
        nt.methods.add(m);
        pkg.funcs.add(fe);
        queueBody(fe);
        return fe;
    }

    Scope typeArgScope(Scope parent, Map<String, GoType> typeArgs) {
        if (typeArgs.isEmpty()) {
            return parent;
        }
        Scope s = new Scope(parent);
        for (Map.Entry<String, GoType> e : typeArgs.entrySet()) {
            TypeEntity te = new TypeEntity(e.getKey(), Pos.NONE, e.getValue(), null, s);
            s.declare(te);
        }
        return s;
    }

    /** Checks queued bodies now (instances created for another package after this one was checked). */
    void drainBodies() {
        Scope savedScope = scope;
        Info savedInfo = info;
        FuncCtx savedFn = fn;
        try {
            while (!bodyQueue.isEmpty()) {
                bodyQueue.removeFirst().run();
            }
        } finally {
            scope = savedScope;
            info = savedInfo;
            fn = savedFn;
        }
    }

    void queueBody(FuncEntity fe) {
        if (fe.decl == null || fe.decl.body() == null || fe.bodyChecked) {
            return;
        }
        fe.bodyChecked = true;
        bodyQueue.addLast(() -> checkFuncBody(fe));
    }

    // ---------------------------------------------------------------- initialization order

    private void checkGlobalVarSpec(Decl.VarSpec vs, List<VarEntity> ents) {
        Scope saved = swapScope(fileScope);
        Object savedDecl = currentDecl;
        currentDecl = ents.get(0);
        try {
            checkVarSpec(vs, ents, "variable declaration");
        } finally {
            currentDecl = savedDecl;
            swapScope(saved);
        }
        pkg.varInits.add(vs);
    }

    private void computeInitOrder(SourceFile sf) {
        // package vars in declaration order, each after the vars it depends on (through functions too)
        List<Decl.VarSpec> order = new ArrayList<>();
        Set<Decl.VarSpec> done = new HashSet<>();
        Set<Decl.VarSpec> visiting = new HashSet<>();
        for (Decl d : sf.decls()) {
            if (d instanceof Decl.Var v) {
                for (Decl.VarSpec vs : v.specs()) {
                    visitInit(vs, order, done, visiting);
                }
            }
        }
        pkg.varInits.clear();
        pkg.varInits.addAll(order);
    }

    private void visitInit(Decl.VarSpec vs, List<Decl.VarSpec> order, Set<Decl.VarSpec> done, Set<Decl.VarSpec> visiting) {
        if (done.contains(vs) || !visiting.add(vs)) {
            return;
        }
        Set<Object> reach = new LinkedHashSet<>();
        for (Expr.Ident id : vs.names()) {
            Entity e = pkgInfo.defs.get(id);
            if (e != null) {
                collectDeps(e, reach, new HashSet<>());
            }
        }
        for (Object o : reach) {
            if (o instanceof VarEntity ve && varSpecs.containsKey(ve) && varSpecs.get(ve) != vs) {
                visitInit(varSpecs.get(ve), order, done, visiting);
            }
        }
        visiting.remove(vs);
        done.add(vs);
        order.add(vs);
    }

    private void collectDeps(Object from, Set<Object> out, Set<Object> seen) {
        if (!seen.add(from)) {
            return;
        }
        for (Object d : deps.getOrDefault(from, Set.of())) {
            out.add(d);
            if (d instanceof FuncEntity) {
                collectDeps(d, out, seen);
            }
        }
    }

    void recordDep(Entity e) {
        if (currentDecl != null && (e instanceof FuncEntity || (e instanceof VarEntity ve && ve.global))) {
            deps.computeIfAbsent(currentDecl, k -> new LinkedHashSet<>()).add(e);
        }
    }

    // ---------------------------------------------------------------- types

    /** Resolves a type expression; reports an error and returns null when it is not a type. */
    GoType typeExpr(Expr e) {
        GoType t = typeExprOrNull(e, true);
        return t;
    }

    private GoType typeExprOrNull(Expr e, boolean report) {
        switch (e) {
            case Expr.Ident id -> {
                Entity ent = scope.lookup(id.name());
                if (ent == null) {
                    if (report && !unsupportedImports.contains(id.name())) {
                        error(id.pos(), "undefined: " + id.name());
                    }
                    return null;
                }
                if (ent instanceof TypeEntity te) {
                    info.uses.put(id, te);
                    if (te.isGeneric()) {
                        error(id.pos(), "cannot use generic type " + te.name + " without instantiation");
                        return null;
                    }
                    if (te.resolver != null) {
                        te.resolver.run();
                    } else if (te.resolving && te.type == null) {
                        error(id.pos(), "invalid recursive type " + te.name);
                        return Types.INT;
                    }
                    return te.type;
                }
                if (report) {
                    error(id.pos(), id.name() + " is not a type");
                }
                return null;
            }
            case Expr.Paren p -> {
                return typeExprOrNull(p.x(), report);
            }
            case Expr.Selector s -> {
                if (s.x() instanceof Expr.Ident pid && scope.lookup(pid.name()) instanceof PackageEntity pe) {
                    pe.used = true;
                    Entity ent = pe.pkg.scope.lookupLocal(s.sel());
                    if (ent instanceof TypeEntity te && isExported(s.sel())) {
                        if (te.resolver != null) {
                            te.resolver.run();
                        }
                        return te.type;
                    }
                    if (report) {
                        error(s.selPos(), ent == null ? undefinedInPackage(pe, pid.name(), s.sel()) : pid.name() + "." + s.sel() + " is not a type");
                    }
                    return null;
                }
                if (report && !(s.x() instanceof Expr.Ident uid && unsupportedImports.contains(uid.name()))) {
                    error(s.pos(), ExprPrinter.print(s) + " is not a type");
                }
                return null;
            }
            case Expr.Star st -> {
                GoType elem = typeExprOrNull(st.x(), report);
                return elem == null ? null : Types.pointer(elem);
            }
            case Expr.ArrayType at -> {
                GoType elem = typeExpr(at.elem());
                if (elem == null) {
                    return null;
                }
                if (at.len() == null) {
                    return Types.slice(elem);
                }
                if (at.len() instanceof Expr.Ellipsis) {
                    error(at.pos(), "invalid use of [...] array (outside a composite literal)");
                    return null;
                }
                Operand n = expr(at.len());
                if (n.invalid()) {
                    return null;
                }
                if (n.mode != Operand.Mode.CONSTANT || !n.type.isInteger() && !(n.value != null && n.value.exactInt() != null)) {
                    error(at.len().pos(), "array length " + ExprPrinter.print(at.len()) + " (" + (n.mode == Operand.Mode.CONSTANT ? "constant" : "value") + " of type " + n.type + ") must be constant");
                    return null;
                }
                BigInteger len = n.value.exactInt();
                if (len == null || len.signum() < 0) {
                    error(at.len().pos(), "invalid array length " + ExprPrinter.print(at.len()));
                    return null;
                }
                return Types.array(elem, len.longValue());
            }
            case Expr.MapType mt -> {
                GoType k = typeExpr(mt.key());
                GoType v = typeExpr(mt.value());
                if (k == null || v == null) {
                    return null;
                }
                if (!comparable(k) && !(k.underlying() instanceof TypeParamType)) {
                    error(mt.key().pos(), "invalid map key type " + k);
                }
                return Types.map(k, v);
            }
            case Expr.ChanType ct -> {
                GoType elem = typeExpr(ct.elem());
                return elem == null ? null : Types.chan(ct.dir(), elem);
            }
            case Expr.FuncType ft -> {
                return signature(ft, null);
            }
            case Expr.StructType st -> {
                return structType(st);
            }
            case Expr.InterfaceType it -> {
                return interfaceType(it);
            }
            case Expr.Index ix -> {
                return instantiateTypeExpr(ix, report);
            }
            default -> {
                if (report) {
                    error(e.pos(), ExprPrinter.print(e) + " is not a type");
                }
                return null;
            }
        }
    }

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    private GoType structType(Expr.StructType st) {
        List<String> names = new ArrayList<>();
        List<GoType> types = new ArrayList<>();
        List<Boolean> embedded = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Expr.StructField f : st.fields()) {
            GoType t = typeExpr(f.type());
            if (t == null) {
                t = Types.INT;
            }
            String name = f.name();
            if (f.embedded()) {
                GoType base = t instanceof PointerType p ? p.elem : t;
                name = base instanceof NamedType nt ? nt.name : base.toString();
            }
            if (!name.equals("_") && !seen.add(name)) {
                error(f.pos(), name + " redeclared");
            }
            names.add(name);
            types.add(t);
            embedded.add(f.embedded());
            tags.add(f.tag());
        }
        return Types.struct(names, types, embedded, tags, pkg.name);
    }

    private GoType interfaceType(Expr.InterfaceType it) {
        Map<String, InterfaceType.Method> methods = new java.util.TreeMap<>();
        List<InterfaceType.Term> terms = new ArrayList<>();
        boolean comparable = false;
        for (Expr.InterfaceMethod m : it.methods()) {
            FuncType sig = signature(m.type(), null);
            if (methods.put(m.name(), new InterfaceType.Method(m.name(), sig)) != null) {
                error(m.pos(), "duplicate method " + m.name());
            }
        }
        for (Expr emb : it.embeds()) {
            List<Expr> parts = emb instanceof Expr.Union u ? u.terms() : List.of(emb);
            if (parts.size() == 1 && !(parts.get(0) instanceof Expr.Tilde)) {
                GoType t = typeExpr(parts.get(0));
                if (t == null) {
                    continue;
                }
                if (t.underlying() instanceof InterfaceType ei) {
                    for (InterfaceType.Method m : ei.methods) {
                        methods.putIfAbsent(m.name(), m);
                    }
                    terms.addAll(ei.terms);
                    comparable |= ei.comparableConstraint;
                    continue;
                }
                terms.add(new InterfaceType.Term(false, t));
                continue;
            }
            for (Expr p : parts) {
                boolean tilde = p instanceof Expr.Tilde;
                GoType t = typeExpr(tilde ? ((Expr.Tilde) p).type() : p);
                if (t != null) {
                    terms.add(new InterfaceType.Term(tilde, t));
                }
            }
        }
        return Types.iface(new ArrayList<>(methods.values()), terms, comparable);
    }

    /** The signature of a function type expression; params/results entities are created by the body check. */
    FuncType signature(Expr.FuncType ft, Map<String, GoType> bound) {
        List<GoType> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < ft.params().size(); i++) {
            Expr.Field f = ft.params().get(i);
            Expr te = f.type();
            if (te instanceof Expr.Ellipsis el) {
                if (i != ft.params().size() - 1) {
                    error(el.pos(), "can only use ... with final parameter in list");
                }
                GoType elem = typeExpr(el.elem());
                params.add(Types.slice(elem == null ? Types.INT : elem));
                variadic = true;
            } else {
                GoType t = typeExpr(te);
                params.add(t == null ? Types.INT : t);
            }
        }
        List<GoType> results = new ArrayList<>();
        for (Expr.Field f : ft.results()) {
            GoType t = typeExpr(f.type());
            results.add(t == null ? Types.INT : t);
        }
        return Types.func(params, results, variadic);
    }

    // ---------------------------------------------------------------- generics

    /** The signature of a generic function with its type parameters as {@link TypeParamType}s, for inference. */
    private GoType genericSignature(FuncEntity fe) {
        Scope s = new Scope(fe.declScope);
        List<Expr.TypeParam> tps = fe.decl.type().typeParams();
        for (int i = 0; i < tps.size(); i++) {
            Expr.TypeParam tp = tps.get(i);
            s.declare(new TypeEntity(tp.name(), tp.pos(), new TypeParamType(tp.name(), i, null), null, s));
        }
        Scope saved = swapScope(s);
        FuncType sig = signature(fe.decl.type(), null);
        List<GoType> cons = new ArrayList<>();
        for (Expr.TypeParam tp : tps) {
            cons.add(constraintType(tp.constraint()));
        }
        fe.paramConstraints = cons;
        swapScope(saved);
        return sig;
    }

    /**
     * A type parameter's constraint: an interface, or the short forms {@code [T ~int | ~float64]} and
     * {@code [T int]}, which stand for {@code interface{ ... }}.
     */
    GoType constraintType(Expr c) {
        if (c instanceof Expr.Union || c instanceof Expr.Tilde) {
            return interfaceType(new Expr.InterfaceType(c.pos(), List.of(), List.of(c)));
        }
        GoType t = typeExpr(c);
        if (t == null) {
            return Types.EMPTY_INTERFACE;
        }
        if (t.underlying() instanceof InterfaceType) {
            return t;
        }
        return Types.iface(List.of(), List.of(new InterfaceType.Term(false, t)), false);
    }

    List<GoType> constraintsOf(List<Expr.TypeParam> tps, Scope declScope, List<GoType> args) {
        Scope s = new Scope(declScope);
        for (int i = 0; i < tps.size(); i++) {
            s.declare(new TypeEntity(tps.get(i).name(), tps.get(i).pos(), args.get(i), null, s));
        }
        Scope saved = swapScope(s);
        List<GoType> out = new ArrayList<>();
        for (Expr.TypeParam tp : tps) {
            out.add(constraintType(tp.constraint()));
        }
        swapScope(saved);
        return out;
    }

    boolean satisfies(GoType t, GoType constraint, Pos pos, String tpName) {
        if (!(constraint.underlying() instanceof InterfaceType ci)) {
            return true;
        }
        if (ci.comparableConstraint && !comparable(t)) {
            error(pos, t + " does not satisfy comparable");
            return false;
        }
        if (!ci.terms.isEmpty()) {
            boolean ok = false;
            for (InterfaceType.Term term : ci.terms) {
                if (term.type().underlying() instanceof InterfaceType) {
                    ok = true;
                    break;
                }
                if (term.tilde() ? t.underlying() == term.type().underlying() : t == term.type()) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                error(pos, t + " does not satisfy " + constraint + " (" + t + " missing in " + termsString(ci) + ")");
                return false;
            }
        }
        if (!ci.methods.isEmpty()) {
            String missing = missingMethod(t, ci);
            if (missing != null) {
                error(pos, t + " does not satisfy " + constraint + " (missing method " + missing + ")");
                return false;
            }
        }
        return true;
    }

    private static String termsString(InterfaceType ci) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ci.terms.size(); i++) {
            InterfaceType.Term t = ci.terms.get(i);
            sb.append(i > 0 ? " | " : "").append(t.tilde() ? "~" : "").append(t.type());
        }
        return sb.toString();
    }

    /** {@code List[int]} in a type context. */
    private GoType instantiateTypeExpr(Expr.Index ix, boolean report) {
        TypeEntity te = genericTypeEntity(ix.x());
        if (te == null) {
            if (report) {
                error(ix.pos(), ExprPrinter.print(ix) + " is not a type");
            }
            return null;
        }
        List<GoType> args = new ArrayList<>();
        for (Expr a : ix.indices()) {
            GoType t = typeExpr(a);
            if (t == null) {
                return null;
            }
            args.add(t);
        }
        return instantiateType(te, args, ix.pos());
    }

    TypeEntity genericTypeEntity(Expr x) {
        Entity ent = null;
        if (x instanceof Expr.Ident id) {
            ent = scope.lookup(id.name());
        } else if (x instanceof Expr.Selector s && s.x() instanceof Expr.Ident pid && scope.lookup(pid.name()) instanceof PackageEntity pe) {
            pe.used = true;
            ent = pe.pkg.scope.lookupLocal(s.sel());
        }
        return ent instanceof TypeEntity te && te.isGeneric() ? te : null;
    }

    GoType instantiateType(TypeEntity te, List<GoType> args, Pos pos) {
        if (te.owner != null && te.owner != this) {
            GoType t = te.owner.instantiateType(te, args, pos);
            te.owner.drainBodies();
            return t;
        }
        List<Expr.TypeParam> tps = te.spec.typeParams();
        if (args.size() != tps.size()) {
            error(pos, (args.size() < tps.size() ? "not enough" : "too many") + " type arguments for type " + te.name + ": have " + args.size() + ", want " + tps.size());
            return null;
        }
        GoType existing = te.instances.get(args);
        if (existing != null) {
            return existing;
        }
        List<GoType> cons = constraintsOf(tps, te.declScope, args);
        for (int i = 0; i < args.size(); i++) {
            satisfies(args.get(i), cons.get(i), pos, tps.get(i).name());
        }
        NamedType nt = new NamedType(pkg.name, te.name, args);
        te.instances.put(List.copyOf(args), nt);
        Map<String, GoType> bound = new LinkedHashMap<>();
        for (int i = 0; i < tps.size(); i++) {
            bound.put(tps.get(i).name(), args.get(i));
        }
        Scope s = typeArgScope(te.declScope, bound);
        Scope saved = swapScope(s);
        Info savedInfo = info;
        info = new Info();
        GoType u = typeExpr(te.spec.type());
        info = savedInfo;
        swapScope(saved);
        nt.setUnderlying(u == null ? Types.INT : u.underlying());
        for (Decl.Func f : methodDecls.getOrDefault(te.name, List.of())) {
            Map<String, GoType> mb = new LinkedHashMap<>();
            List<String> names = f.recv().typeParams();
            for (int i = 0; i < names.size() && i < args.size(); i++) {
                mb.put(names.get(i), args.get(i));
            }
            Info saved2 = info;
            info = new Info();
            declareMethod(nt, f, mb, args);
            info = saved2;
        }
        return nt;
    }

    /** The instance of generic function fe for the given type arguments (created and queued on first use). */
    FuncEntity instantiateFunc(FuncEntity fe, List<GoType> args, Pos pos) {
        if (fe.owner != null && fe.owner != this) {
            FuncEntity inst = fe.owner.instantiateFunc(fe, args, pos);
            fe.owner.drainBodies();
            return inst;
        }
        FuncEntity inst = fe.instances.get(args);
        if (inst != null) {
            return inst;
        }
        List<Expr.TypeParam> tps = fe.decl.type().typeParams();
        List<GoType> cons = constraintsOf(tps, fe.declScope, args);
        for (int i = 0; i < args.size(); i++) {
            if (!satisfies(args.get(i), cons.get(i), pos, tps.get(i).name())) {
                return null;
            }
        }
        inst = new FuncEntity(fe.name, fe.pos, null, fe.decl, fe.pkg);
        inst.owner = this;
        inst.nativeName = fe.nativeName; // a body-less generic function is one native for every instance
        Map<String, GoType> bound = new LinkedHashMap<>();
        for (int i = 0; i < tps.size(); i++) {
            bound.put(tps.get(i).name(), args.get(i));
        }
        inst.typeArgs = bound;
        inst.typeArgList = List.copyOf(args);
        inst.declScope = fe.declScope;
        Scope saved = swapScope(typeArgScope(fe.declScope, bound));
        inst.type = signature(fe.decl.type(), null);
        swapScope(saved);
        fe.instances.put(List.copyOf(args), inst);
        pkg.funcs.add(inst);
        queueBody(inst);
        return inst;
    }

    /** Infers type arguments by unifying parameter types with argument types. */
    List<GoType> inferTypeArgs(FuncEntity fe, List<Operand> args, List<GoType> explicit, Pos pos) {
        int n = fe.decl.type().typeParams().size();
        GoType[] bound = new GoType[n];
        for (int i = 0; i < explicit.size() && i < n; i++) {
            bound[i] = explicit.get(i);
        }
        FuncType sig = (FuncType) fe.type;
        // typed arguments first, then untyped constants take their default types
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < args.size(); i++) {
                GoType pt;
                if (sig.variadic && i >= sig.params.size() - 1) {
                    pt = ((SliceType) sig.params.get(sig.params.size() - 1)).elem;
                } else if (i < sig.params.size()) {
                    pt = sig.params.get(i);
                } else {
                    break;
                }
                Operand a = args.get(i);
                if (a.type == null) {
                    continue;
                }
                if (a.type.isUntyped() == (pass == 0)) {
                    continue;
                }
                GoType at = pass == 1 ? defaultType(a.type) : a.type;
                if (pass == 1 && pt instanceof TypeParamType tp && bound[tp.index] != null) {
                    continue;
                }
                unify(pt, at, bound);
            }
        }
        // constraint type inference: a parameter whose constraint has one (core) term, like S ~[]E, relates
        // the type arguments: unify the term with what is known until nothing changes
        if (fe.paramConstraints != null) {
            boolean changed = true;
            for (int round = 0; changed && round < n + 1; round++) {
                changed = false;
                for (int i = 0; i < n; i++) {
                    GoType c = fe.paramConstraints.get(i);
                    if (!(c.underlying() instanceof InterfaceType ci) || ci.terms.size() != 1) {
                        continue;
                    }
                    InterfaceType.Term term = ci.terms.get(0);
                    int before = java.util.Arrays.asList(bound).indexOf(null);
                    if (bound[i] != null) {
                        unify(term.type(), term.tilde() ? bound[i].underlying() : bound[i], bound);
                    } else if (!containsTypeParam(term.type())) {
                        bound[i] = term.type();
                    } else if (!term.tilde() && allBound(term.type(), bound)) {
                        bound[i] = subst(term.type(), java.util.Arrays.asList(bound));
                    } else {
                        continue;
                    }
                    if (java.util.Arrays.asList(bound).indexOf(null) != before) {
                        changed = true;
                    }
                }
            }
        }
        List<GoType> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bound[i] == null) {
                error(pos, "in call to " + fe.name + ", cannot infer " + fe.decl.type().typeParams().get(i).name());
                return null;
            }
            out.add(bound[i]);
        }
        return out;
    }

    private void unify(GoType p, GoType a, GoType[] bound) {
        if (p instanceof TypeParamType tp) {
            if (bound[tp.index] == null) {
                bound[tp.index] = a;
            }
            return;
        }
        if (p instanceof NamedType pn && a instanceof NamedType an && pn.name.equals(an.name) && pn.typeArgs.size() == an.typeArgs.size()) {
            for (int i = 0; i < pn.typeArgs.size(); i++) {
                unify(pn.typeArgs.get(i), an.typeArgs.get(i), bound);
            }
            return;
        }
        GoType au = a instanceof NamedType && !(p instanceof NamedType) ? a.underlying() : a;
        switch (p) {
            case SliceType ps when au instanceof SliceType as -> unify(ps.elem, as.elem, bound);
            case PointerType pp when au instanceof PointerType ap -> unify(pp.elem, ap.elem, bound);
            case ArrayType pa when au instanceof ArrayType aa -> unify(pa.elem, aa.elem, bound);
            case MapType pm when au instanceof MapType am -> {
                unify(pm.key, am.key, bound);
                unify(pm.value, am.value, bound);
            }
            case ChanType pc when au instanceof ChanType ac -> unify(pc.elem, ac.elem, bound);
            case FuncType pf when au instanceof FuncType af -> {
                for (int i = 0; i < Math.min(pf.params.size(), af.params.size()); i++) {
                    unify(pf.params.get(i), af.params.get(i), bound);
                }
                for (int i = 0; i < Math.min(pf.results.size(), af.results.size()); i++) {
                    unify(pf.results.get(i), af.results.get(i), bound);
                }
            }
            default -> {
            }
        }
    }

    private static boolean allBound(GoType t, GoType[] bound) {
        return switch (t) {
            case TypeParamType tp -> bound[tp.index] != null;
            case SliceType s -> allBound(s.elem, bound);
            case PointerType p -> allBound(p.elem, bound);
            case ArrayType a -> allBound(a.elem, bound);
            case MapType m -> allBound(m.key, bound) && allBound(m.value, bound);
            case ChanType c -> allBound(c.elem, bound);
            default -> !containsTypeParam(t);
        };
    }

    private static boolean containsTypeParam(GoType t) {
        return switch (t) {
            case TypeParamType tp -> true;
            case SliceType s -> containsTypeParam(s.elem);
            case PointerType p -> containsTypeParam(p.elem);
            case ArrayType a -> containsTypeParam(a.elem);
            case MapType m -> containsTypeParam(m.key) || containsTypeParam(m.value);
            case ChanType c -> containsTypeParam(c.elem);
            case FuncType f -> f.params.stream().anyMatch(Checker::containsTypeParam) || f.results.stream().anyMatch(Checker::containsTypeParam);
            default -> false;
        };
    }

    /** Replaces type parameters in t by their bindings (for the signature of an inferred call). */
    GoType subst(GoType t, List<GoType> args) {
        return switch (t) {
            case TypeParamType tp -> args.get(tp.index);
            case SliceType s -> Types.slice(subst(s.elem, args));
            case PointerType p -> Types.pointer(subst(p.elem, args));
            case ArrayType a -> Types.array(subst(a.elem, args), a.length);
            case MapType m -> Types.map(subst(m.key, args), subst(m.value, args));
            case ChanType c -> Types.chan(c.dir, subst(c.elem, args));
            case FuncType f -> {
                List<GoType> ps = new ArrayList<>();
                for (GoType x : f.params) {
                    ps.add(subst(x, args));
                }
                List<GoType> rs = new ArrayList<>();
                for (GoType x : f.results) {
                    rs.add(subst(x, args));
                }
                yield Types.func(ps, rs, f.variadic);
            }
            default -> t;
        };
    }

    // ---------------------------------------------------------------- function bodies

    /** Enclosing statements that break/continue may target. */
    private record Target(String label, boolean loop, Stmt stmt) {
    }

    private final Deque<Target> targets = new ArrayDeque<>();
    private List<VarEntity> localVars = new ArrayList<>();

    private void checkFuncBody(FuncEntity fe) {
        Info savedInfo = info;
        info = fe.typeArgList.isEmpty() && fe.recvType instanceof NamedType nt && nt.typeArgs.isEmpty() || fe.typeArgList.isEmpty() && fe.recvType == null ? pkgInfo : new Info();
        fe.info = info;
        Scope saved = swapScope(new Scope(typeArgScope(fe.declScope != null ? fe.declScope : fileScope, fe.typeArgs)));
        Object savedDecl = currentDecl;
        currentDecl = fe;
        List<VarEntity> savedLocals = localVars;
        localVars = fe.locals;
        FuncType sig = fe.sig();
        FuncCtx ctx = new FuncCtx(null, sig, fe.results, fe, null, fe);
        FuncCtx savedFn = fn;
        fn = ctx;
        try {
            Decl.Func d = fe.decl;
            if (d.recv() != null) {
                GoType rt = fe.pointerRecv ? Types.pointer(fe.recvType) : fe.recvType;
                String rn = d.recv().name() == null ? "_" : d.recv().name();
                VarEntity rv = new VarEntity(rn, d.recv().pos(), rt, false, fe, true);
                fe.recvVar = rv;
                declareLocal(rv, d.recv().pos());
            }
            declareParams(d.type(), sig, fe, fe.params, fe.results);
            checkBody(d.body(), sig);
        } catch (TooManyErrors e) {
            throw e;
        } finally {
            fn = savedFn;
            currentDecl = savedDecl;
            localVars = savedLocals;
            swapScope(saved);
            info = savedInfo;
        }
        reportUnused(fe.locals);
    }

    private void reportUnused(List<VarEntity> locals) {
        for (VarEntity v : locals) {
            if (!v.used && !v.param && !v.name.equals("_")) {
                error(v.pos, "declared and not used: " + v.name);
            }
        }
    }

    private void declareParams(Expr.FuncType ft, FuncType sig, Object owner, List<VarEntity> params, List<VarEntity> results) {
        for (int i = 0; i < ft.params().size(); i++) {
            Expr.Field f = ft.params().get(i);
            VarEntity v = new VarEntity(f.name() == null ? "_" : f.name(), f.pos(), sig.params.get(i), false, owner, true);
            params.add(v);
            info.defs.put(f, v);
            declareLocal(v, f.pos());
        }
        for (int i = 0; i < ft.results().size(); i++) {
            Expr.Field f = ft.results().get(i);
            VarEntity v = new VarEntity(f.name() == null ? "" : f.name(), f.pos(), sig.results.get(i), false, owner, true);
            results.add(v);
            info.defs.put(f, v);
            if (f.name() != null) {
                declareLocal(v, f.pos());
            }
        }
    }

    private void checkBody(Stmt.Block body, FuncType sig) {
        stmtList(body.stmts());
        GotoCheck.check(file, body, this::error);
        for (Stmt.Branch g : fn.gotos) {
            fn.usedLabels.add(g.label());
        }
        for (Map.Entry<String, Pos> l : fn.labelPos.entrySet()) {
            if (!fn.usedLabels.contains(l.getKey())) {
                error(l.getValue(), "label " + l.getKey() + " defined and not used");
            }
        }
        if (!sig.results.isEmpty() && !isTerminatingList(body.stmts())) {
            error(body.rbrace(), "missing return");
        }
    }

    void declareLocal(Entity e, Pos pos) {
        Entity prev = scope.declare(e);
        if (prev != null) {
            error(pos, e.name + " redeclared in this block");
        }
        if (e instanceof VarEntity v && !v.global && !v.param) {
            localVars.add(v);
        }
    }

    private VarEntity newLocal(String name, Pos pos, GoType type) {
        return new VarEntity(name, pos, type, false, fn == null ? null : fn.owner, false);
    }

    // ---------------------------------------------------------------- statements

    void stmtList(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void block(Stmt.Block b) {
        Scope saved = swapScope(new Scope(scope));
        stmtList(b.stmts());
        swapScope(saved);
    }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.Block b -> block(b);
            case Stmt.Empty e -> {
            }
            case Stmt.ExprStmt es -> exprStmt(es);
            case Stmt.Send send -> sendStmt(send);
            case Stmt.IncDec id -> {
                Operand x = expr(id.x(), false);
                if (x.invalid()) {
                    return;
                }
                if (!x.type.isNumeric()) {
                    error(id.x().pos(), "invalid operation: " + ExprPrinter.print(id.x()) + (id.inc() ? "++" : "--") + " (non-numeric type " + x.type + ")");
                    return;
                }
                checkAssignable(x);
            }
            case Stmt.Assign a -> assignStmt(a);
            case Stmt.Go g -> callStmt(g.call(), "go");
            case Stmt.Defer d -> {
                if (fn.lit != null) {
                    fn.lit.hasDefer = true;
                } else if (fn.entity != null) {
                    fn.entity.hasDefer = true;
                }
                callStmt(d.call(), "defer");
            }
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> branchStmt(b);
            case Stmt.DeclStmt ds -> localDecl(ds.decl());
            case Stmt.Labeled l -> labeled(l);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> switchStmt(sw, null);
            case Stmt.TypeSwitch ts -> typeSwitch(ts, null);
            case Stmt.Select sel -> selectStmt(sel, null);
            case Stmt.For f -> forStmt(f, null);
            case Stmt.Range r -> rangeStmt(r, null);
        }
    }

    private void exprStmt(Stmt.ExprStmt es) {
        Expr x = unparen(es.x());
        Operand op = expr(es.x(), true);
        if (op.invalid()) {
            return;
        }
        if (x instanceof Expr.Call c) {
            Info.CallKind k = info.calls.get(c);
            if (k == Info.CallKind.CONVERSION) {
                error(es.pos(), ExprPrinter.print(es.x()) + " (value of type " + op.type + ") is not used");
            } else if (k == Info.CallKind.BUILTIN) {
                String name = builtinName(c);
                if (!Set.of("copy", "delete", "panic", "print", "println", "recover", "close", "clear").contains(name)) {
                    error(es.pos(), ExprPrinter.print(es.x()) + " (value of type " + op.type + ") is not used");
                }
            }
            return;
        }
        if (x instanceof Expr.Unary u && u.op() == Operator.RECV) {
            return;
        }
        error(es.pos(), ExprPrinter.print(es.x()) + " (" + (op.mode == Operand.Mode.CONSTANT ? (op.type.isUntyped() ? op.type + " constant" : "constant of type " + op.type) : "value of type " + op.type) + ") is not used");
    }

    String builtinName(Expr.Call c) {
        Expr f = unparen(c.fun());
        if (f instanceof Expr.Ident id && info.uses.get(id) instanceof BuiltinEntity b) {
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

    private void sendStmt(Stmt.Send send) {
        Operand ch = expr(send.chan());
        Operand v = expr(send.value());
        if (ch.invalid() || v.invalid()) {
            return;
        }
        if (!(ch.type.underlying() instanceof ChanType ct)) {
            error(send.pos(), "invalid operation: cannot send to non-channel " + ch.describe());
            return;
        }
        if (ct.dir == Expr.ChanDir.RECV) {
            error(send.pos(), "invalid operation: cannot send to receive-only channel " + ch.describe());
            return;
        }
        assignment(v, ct.elem, "send");
    }

    private void callStmt(Expr.Call call, String what) {
        Operand op = expr(call, true);
        if (op.invalid()) {
            return;
        }
        Info.CallKind k = info.calls.get(call);
        if (k == Info.CallKind.CONVERSION) {
            error(call.pos(), what + " requires function call, not conversion");
        } else if (k == Info.CallKind.BUILTIN) {
            String name = builtinName(call);
            if (!Set.of("copy", "delete", "panic", "print", "println", "recover", "close", "clear").contains(name)) {
                error(call.pos(), what + " discards result of " + ExprPrinter.print(call));
            }
        }
    }

    private void checkAssignable(Operand x) {
        if (x.mode == Operand.Mode.VARIABLE || x.mode == Operand.Mode.MAPINDEX) {
            return;
        }
        Expr e = unparen(x.expr);
        if (e instanceof Expr.Ident id && id.name().equals("_")) {
            return;
        }
        if (e instanceof Expr.Selector sel && info.selections.get(sel) != null && info.selections.get(sel).kind() == Selection.Kind.FIELD
                        && unparen(sel.x()) instanceof Expr.Index ix && info.types.get(ix.x()) != null && info.types.get(ix.x()).underlying() instanceof MapType) {
            error(x.expr.pos(), "cannot assign to struct field " + ExprPrinter.print(x.expr) + " in map");
            return;
        }
        String why = "neither addressable nor a map index expression";
        if (e instanceof Expr.Index ix && info.types.get(ix.x()) != null && info.types.get(ix.x()).isString()) {
            error(x.expr.pos(), "cannot assign to " + ExprPrinter.print(x.expr) + " (neither addressable nor a map index expression)");
            return;
        }
        error(x.expr.pos(), "cannot assign to " + x.describe() + " (" + why + ")");
    }

    /** Checks one LHS of an ordinary assignment; {@code _} accepts anything. */
    private Operand lhs(Expr e) {
        Expr u = unparen(e);
        if (u instanceof Expr.Ident id && id.name().equals("_")) {
            info.uses.put(id, null);
            return new Operand(Operand.Mode.VARIABLE, null, null, e);
        }
        Operand x;
        if (u instanceof Expr.Ident id) {
            Entity ent = scope.lookup(id.name());
            if (ent instanceof VarEntity ve) {
                // assigning is not using
                boolean wasUsed = ve.used;
                x = expr(e);
                ve.used = wasUsed;
                return finishLhs(x);
            }
        }
        x = expr(e);
        return finishLhs(x);
    }

    private Operand finishLhs(Operand x) {
        if (x.invalid()) {
            return x;
        }
        checkAssignable(x);
        return x;
    }

    private void assignStmt(Stmt.Assign a) {
        AssignOp op = a.op();
        if (op == AssignOp.DEFINE) {
            shortVarDecl(a.pos(), a.lhs(), a.rhs(), a);
            return;
        }
        if (op.isCompound()) {
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                error(a.pos(), "assignment operation " + op + " requires single-valued expressions");
                return;
            }
            Operand x = expr(a.lhs().get(0), false);
            if (x.invalid()) {
                return;
            }
            checkAssignable(x);
            Operand r = binaryOp(a.pos(), op.binary(), x, a.lhs().get(0), a.rhs().get(0), null);
            if (r.invalid()) {
                return;
            }
            if (!r.type.isUntyped() || x.type != null) {
                // result converts back to x's type
                r.type = x.type;
            }
            return;
        }
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (rhs.size() == 1 && lhs.size() > 1) {
            List<GoType> targets = new ArrayList<>();
            List<Operand> ls = new ArrayList<>();
            for (Expr l : lhs) {
                Operand lo = lhs(l);
                ls.add(lo);
                targets.add(lo.invalid() ? null : lo.type);
            }
            List<GoType> got = multiValue(rhs.get(0), lhs.size(), "assignment");
            if (got == null) {
                return;
            }
            for (int i = 0; i < lhs.size(); i++) {
                if (targets.get(i) != null && got.get(i) != null && !assignable(got.get(i), targets.get(i))) {
                    error(rhs.get(0).pos(), "cannot use " + got.get(i) + " value as " + targets.get(i) + " value in assignment");
                }
            }
            return;
        }
        if (lhs.size() != rhs.size()) {
            error(a.pos(), "assignment mismatch: " + lhs.size() + " variable" + (lhs.size() > 1 ? "s" : "") + " but " + rhs.size() + " value" + (rhs.size() > 1 ? "s" : ""));
            return;
        }
        List<Operand> ls = new ArrayList<>();
        for (Expr l : lhs) {
            ls.add(lhs(l));
        }
        for (int i = 0; i < rhs.size(); i++) {
            Operand r = expr(rhs.get(i));
            if (r.invalid() || ls.get(i).invalid()) {
                continue;
            }
            if (ls.get(i).type == null) { // blank
                if (r.type.isUntyped()) {
                    if (r.isNil()) {
                        error(rhs.get(i).pos(), "use of untyped nil in assignment");
                    } else {
                        assignment(r, defaultType(r.type), "assignment");
                    }
                }
                continue;
            }
            assignment(r, ls.get(i).type, "assignment");
        }
    }

    /**
     * The types of a multi-valued right-hand side: a call with n results, or a comma-ok form (map index, type
     * assertion, receive) when n is 2. Records the comma-ok use for the node builder.
     */
    List<GoType> multiValue(Expr rhs, int n, String context) {
        Operand r = expr(rhs, true);
        if (r.invalid()) {
            return null;
        }
        if (r.type instanceof TupleType tt) {
            if (tt.types.size() != n) {
                error(rhs.pos(), "assignment mismatch: " + n + " variables but " + ExprPrinter.print(rhs) + " returns " + tt.types.size() + " value" + (tt.types.size() > 1 ? "s" : ""));
                return null;
            }
            return tt.types;
        }
        if (n == 2 && r.mode == Operand.Mode.COMMAOK || n == 2 && r.mode == Operand.Mode.MAPINDEX) {
            info.commaOk.add(unparen(rhs));
            info.types.put(unparen(rhs), r.type);
            return List.of(r.type, Types.BOOL);
        }
        error(rhs.pos(), "assignment mismatch: " + n + " variables but " + (r.mode == Operand.Mode.NOVALUE ? ExprPrinter.print(rhs) + " returns no values" : "1 value"));
        return null;
    }


    private void shortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs, Node node) {
        List<GoType> rtypes = new ArrayList<>();
        List<Operand> rops = new ArrayList<>();
        if (rhs.size() == 1 && lhs.size() > 1) {
            List<GoType> got = multiValue(rhs.get(0), lhs.size(), "assignment");
            if (got == null) {
                got = new ArrayList<>();
                for (int i = 0; i < lhs.size(); i++) {
                    got.add(null);
                }
            }
            rtypes.addAll(got);
        } else if (lhs.size() != rhs.size()) {
            error(pos, "assignment mismatch: " + lhs.size() + " variable" + (lhs.size() > 1 ? "s" : "") + " but " + rhs.size() + " value" + (rhs.size() > 1 ? "s" : ""));
            for (Expr r : rhs) {
                expr(r, true);
            }
            for (int i = 0; i < lhs.size(); i++) {
                rtypes.add(null);
            }
        } else {
            for (Expr r : rhs) {
                Operand o = expr(r, true);
                if (!o.invalid() && o.type instanceof TupleType tt && unparen(r) instanceof Expr.Call call) {
                    error(r.pos(), "assignment mismatch: " + lhs.size() + " variable" + (lhs.size() > 1 ? "s" : "") + " but "
                                    + ExprPrinter.print(call.fun()) + " returns " + tt.types.size() + " values");
                    o = Operand.invalid(r);
                } else if (!o.invalid() && o.mode == Operand.Mode.NOVALUE) {
                    error(r.pos(), ExprPrinter.print(r) + " (no value) used as value");
                    o = Operand.invalid(r);
                }
                rops.add(o);
                rtypes.add(o.invalid() ? null : o.type);
            }
        }
        boolean anyNew = false;
        List<VarEntity> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lhs.size(); i++) {
            Expr l = lhs.get(i);
            if (!(l instanceof Expr.Ident id)) {
                error(l.pos(), "non-name " + ExprPrinter.print(l) + " on left side of :=");
                continue;
            }
            if (!id.name().equals("_") && !seen.add(id.name())) {
                error(id.pos(), id.name() + " repeated on left side of :=");
                continue;
            }
            Entity existing = scope.lookupLocal(id.name());
            GoType rt = rtypes.get(i);
            if (existing instanceof VarEntity ve) {
                info.uses.put(id, ve);
                if (rt != null && ve.type != null) {
                    if (!rops.isEmpty()) {
                        assignment(rops.get(i), ve.type, "assignment");
                    } else if (!assignable(rt, ve.type)) {
                        error(l.pos(), "cannot use " + rt + " value as " + ve.type + " value in assignment");
                    }
                }
                continue;
            }
            if (id.name().equals("_")) {
                info.uses.put(id, null);
                if (!rops.isEmpty() && rops.get(i) != null && !rops.get(i).invalid() && rops.get(i).type.isUntyped()) {
                    if (rops.get(i).isNil()) {
                        error(rhs.get(i).pos(), "use of untyped nil in assignment");
                    } else {
                        assignment(rops.get(i), defaultType(rops.get(i).type), "assignment");
                    }
                }
                anyNew |= false;
                continue;
            }
            anyNew = true;
            GoType t = rt;
            if (!rops.isEmpty() && rops.get(i) != null && !rops.get(i).invalid()) {
                Operand o = rops.get(i);
                if (o.mode == Operand.Mode.NOVALUE) {
                    error(o.expr.pos(), ExprPrinter.print(o.expr) + " (no value) used as value");
                    t = null;
                } else if (o.isNil()) {
                    error(o.expr.pos(), "use of untyped nil in assignment");
                    t = null;
                } else if (o.type instanceof TupleType) {
                    error(o.expr.pos(), "assignment mismatch: 1 variable but " + ExprPrinter.print(o.expr) + " returns " + ((TupleType) o.type).types.size() + " values");
                    t = null;
                } else if (o.type.isUntyped()) {
                    t = defaultType(o.type);
                    assignment(o, t, "assignment");
                }
            }
            VarEntity ve = newLocal(id.name(), id.pos(), t == null ? Types.INT : t);
            info.defs.put(id, ve);
            fresh.add(ve);
        }
        if (!anyNew && lhs.stream().allMatch(e -> e instanceof Expr.Ident)) {
            error(pos, "no new variables on left side of :=");
        }
        for (VarEntity ve : fresh) {
            declareLocal(ve, ve.pos);
        }
    }

    private void returnStmt(Stmt.Return r) {
        List<GoType> want = fn.sig.results;
        if (r.results().isEmpty()) {
            if (!want.isEmpty() && (fn.results.isEmpty() || fn.results.get(0).name.isEmpty())) {
                error(r.pos(), "not enough return values\n\thave ()\n\twant " + tupleString(want));
            } else if (!want.isEmpty()) {
                for (VarEntity v : fn.results) {
                    Entity shadow = scope.lookup(v.name);
                    if (shadow != v) {
                        error(r.pos(), "result parameter " + v.name + " not in scope at return\n\tinner declaration of " + v.name);
                    }
                }
            }
            return;
        }
        if (want.isEmpty()) {
            for (Expr e : r.results()) {
                expr(e, true);
            }
            error(r.results().get(0).pos(), "too many return values\n\thave (" + typesOf(r.results()) + ")\n\twant ()");
            return;
        }
        if (r.results().size() == 1 && want.size() > 1) {
            Operand o = expr(r.results().get(0), true);
            if (o.invalid()) {
                return;
            }
            if (o.type instanceof TupleType tt && tt.types.size() == want.size()) {
                for (int i = 0; i < want.size(); i++) {
                    if (!assignable(tt.types.get(i), want.get(i))) {
                        error(r.results().get(0).pos(), "cannot use " + tt.types.get(i) + " value as " + want.get(i) + " value in return statement");
                    }
                }
                return;
            }
            error(r.results().get(0).pos(), "not enough return values\n\thave (" + (o.type == null ? "" : o.type) + ")\n\twant " + tupleString(want));
            return;
        }
        if (r.results().size() != want.size()) {
            List<Operand> ops = new ArrayList<>();
            for (Expr e : r.results()) {
                ops.add(expr(e));
            }
            error(r.results().get(0).pos(), (r.results().size() < want.size() ? "not enough" : "too many") + " return values\n\thave (" + opsTypes(ops) + ")\n\twant " + tupleString(want));
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            Operand o = expr(r.results().get(i));
            if (!o.invalid()) {
                assignment(o, want.get(i), "return statement");
            }
        }
    }

    private String typesOf(List<Expr> es) {
        List<Operand> ops = new ArrayList<>();
        for (Expr e : es) {
            Operand o = new Operand(Operand.Mode.VALUE, info.types.get(e), info.consts.get(e), e);
            ops.add(o);
        }
        return opsTypes(ops);
    }

    private String opsTypes(List<Operand> ops) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            Operand o = ops.get(i);
            sb.append(i > 0 ? ", " : "");
            if (o.type == null) {
                sb.append("invalid type");
            } else if (o.mode == Operand.Mode.CONSTANT && o.type.isUntyped()) {
                sb.append("number");
            } else {
                sb.append(o.type);
            }
        }
        return sb.toString();
    }

    static String tupleString(List<GoType> ts) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ts.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(ts.get(i));
        }
        return sb.append(")").toString();
    }

    private void branchStmt(Stmt.Branch b) {
        switch (b.kind()) {
            case BREAK -> {
                if (b.label() != null) {
                    if (!fn.labels.contains(b.label())) {
                        error(b.labelPos(), "break label not defined: " + b.label());
                    } else {
                        fn.usedLabels.add(b.label());
                        if (targets.stream().noneMatch(t -> b.label().equals(t.label()))) {
                            error(b.labelPos(), "invalid break label " + b.label());
                        }
                    }
                } else if (targets.isEmpty()) {
                    error(b.pos(), "break is not in a loop, switch, or select");
                }
            }
            case CONTINUE -> {
                if (b.label() != null) {
                    if (!fn.labels.contains(b.label())) {
                        error(b.labelPos(), "continue label not defined: " + b.label());
                    } else {
                        fn.usedLabels.add(b.label());
                        if (targets.stream().noneMatch(t -> b.label().equals(t.label()) && t.loop())) {
                            error(b.labelPos(), "invalid continue label " + b.label());
                        }
                    }
                } else if (targets.stream().noneMatch(Target::loop)) {
                    error(b.pos(), "continue is not in a loop");
                }
            }
            case GOTO -> fn.gotos.add(b);
            case FALLTHROUGH -> {
                // position is validated by the switch that contains it
                if (!fallthroughOk.contains(b)) {
                    error(b.pos(), "fallthrough statement out of place");
                }
            }
        }
    }

    private final Set<Stmt> fallthroughOk = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void labeled(Stmt.Labeled l) {
        if (!fn.labels.add(l.label())) {
            Pos first = fn.labelPos.get(l.label());
            error(l.pos(), "label " + l.label() + " already defined at " + file + ":" + first.line() + ":" + first.col());
        } else {
            fn.labelPos.put(l.label(), l.pos());
        }
        switch (l.stmt()) {
            case Stmt.For f -> forStmt(f, l.label());
            case Stmt.Range r -> rangeStmt(r, l.label());
            case Stmt.Switch s -> switchStmt(s, l.label());
            case Stmt.TypeSwitch ts -> typeSwitch(ts, l.label());
            case Stmt.Select sel -> selectStmt(sel, l.label());
            default -> stmt(l.stmt());
        }
    }

    private void localDecl(Decl d) {
        switch (d) {
            case Decl.Var v -> {
                for (Decl.VarSpec vs : v.specs()) {
                    List<VarEntity> ents = new ArrayList<>();
                    for (Expr.Ident id : vs.names()) {
                        VarEntity ve = newLocal(id.name(), id.pos(), null);
                        info.defs.put(id, ve);
                        ents.add(ve);
                    }
                    checkVarSpec(vs, ents, "variable declaration");
                    for (VarEntity ve : ents) {
                        declareLocal(ve, ve.pos);
                    }
                }
            }
            case Decl.Const c -> collectConsts(c, scope, false);
            case Decl.Type t -> {
                for (Decl.TypeSpec ts : t.specs()) {
                    declareTypeSpec(ts, scope, false);
                }
            }
            case Decl.Func f -> error(f.pos(), "function declaration inside a function");
        }
    }

    /** Types the variables of a var spec from its type and/or values. */
    void checkVarSpec(Decl.VarSpec vs, List<VarEntity> ents, String context) {
        GoType t = vs.type() == null ? null : typeExpr(vs.type());
        if (vs.type() != null && t == null) {
            t = Types.INT;
        }
        if (vs.values().isEmpty()) {
            for (VarEntity ve : ents) {
                ve.type = t;
            }
            return;
        }
        if (vs.values().size() == 1 && ents.size() > 1) {
            List<GoType> got = multiValue(vs.values().get(0), ents.size(), context);
            for (int i = 0; i < ents.size(); i++) {
                GoType g = got == null ? Types.INT : got.get(i);
                if (t != null && got != null && !assignable(g, t)) {
                    error(vs.values().get(0).pos(), "cannot use " + g + " value as " + t + " value in " + context);
                }
                ents.get(i).type = t != null ? t : g;
            }
            return;
        }
        if (vs.values().size() != ents.size()) {
            error(vs.pos(), (vs.values().size() > ents.size() ? "assignment mismatch: " : "assignment mismatch: ") + ents.size() + " variable" + (ents.size() > 1 ? "s" : "") + " but " + vs.values().size() + " value" + (vs.values().size() > 1 ? "s" : ""));
            for (VarEntity ve : ents) {
                ve.type = t != null ? t : Types.INT;
            }
            return;
        }
        for (int i = 0; i < ents.size(); i++) {
            Operand o = expr(vs.values().get(i));
            VarEntity ve = ents.get(i);
            if (o.invalid()) {
                ve.type = t != null ? t : Types.INT;
                continue;
            }
            if (t != null) {
                assignment(o, t, context);
                ve.type = t;
            } else {
                if (o.isNil()) {
                    error(o.expr.pos(), "use of untyped nil in " + context);
                    ve.type = Types.INT;
                    continue;
                }
                if (o.mode == Operand.Mode.NOVALUE) {
                    error(o.expr.pos(), ExprPrinter.print(o.expr) + " (no value) used as value");
                    ve.type = Types.INT;
                    continue;
                }
                GoType dt = o.type.isUntyped() ? defaultType(o.type) : o.type;
                assignment(o, dt, context);
                ve.type = dt;
            }
        }
    }

    private void ifStmt(Stmt.If s) {
        Scope saved = swapScope(new Scope(scope));
        if (s.init() != null) {
            stmt(s.init());
        }
        Operand c = expr(s.cond());
        if (!c.invalid() && !c.type.isBoolean()) {
            error(s.cond().pos(), "non-boolean condition in if statement");
        } else if (!c.invalid()) {
            assignment(c, c.type.isUntyped() ? Types.BOOL : c.type, "if");
        }
        block(s.then());
        if (s.els() != null) {
            stmt(s.els());
        }
        swapScope(saved);
    }

    private void switchStmt(Stmt.Switch s, String label) {
        Scope saved = swapScope(new Scope(scope));
        if (s.init() != null) {
            stmt(s.init());
        }
        GoType tagType = Types.BOOL;
        Operand tag = null;
        if (s.tag() != null) {
            tag = expr(s.tag());
            if (!tag.invalid()) {
                if (tag.type.isUntyped()) {
                    if (tag.isNil()) {
                        error(s.tag().pos(), "use of untyped nil in switch expression");
                    } else {
                        assignment(tag, defaultType(tag.type), "switch expression");
                    }
                }
                tagType = tag.type;
            } else {
                tagType = null;
            }
        }
        targets.push(new Target(label, false, s));
        boolean seenDefault = false;
        Map<Object, Pos> seenCases = new HashMap<>();
        for (int ci = 0; ci < s.clauses().size(); ci++) {
            Stmt.CaseClause cc = s.clauses().get(ci);
            if (cc.isDefault()) {
                if (seenDefault) {
                    error(cc.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            }
            for (Expr e : cc.exprs()) {
                Operand x = expr(e);
                if (x.invalid() || tagType == null) {
                    continue;
                }
                if (s.tag() == null) {
                    if (!x.type.isBoolean()) {
                        error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch (mismatched types " + x.type + " and bool)");
                    } else {
                        assignment(x, x.type.isUntyped() ? Types.BOOL : x.type, "switch case");
                    }
                } else {
                    Operand t = new Operand(Operand.Mode.VALUE, tagType, null, s.tag());
                    compareOperands(e.pos(), Operator.EQL, x, t, "invalid case " + ExprPrinter.print(e) + " in switch on " + ExprPrinter.print(s.tag()));
                    if (x.mode == Operand.Mode.CONSTANT && x.value != null) {
                        Object key = x.value.isNumeric() ? (Object) x.value.asDecimal().stripTrailingZeros() : x.value.value;
                        Pos prev = seenCases.putIfAbsent(key, e.pos());
                        if (prev != null) {
                            error(e.pos(), "duplicate case " + ExprPrinter.print(e) + " (constant of type " + tagType + ") in expression switch\n\t"
                                            + file + ":" + prev.line() + ":" + prev.col() + ": previous case");
                        }
                    }
                }
            }
            if (!cc.body().isEmpty() && cc.body().get(cc.body().size() - 1) instanceof Stmt.Branch b && b.kind() == BranchKind.FALLTHROUGH) {
                if (ci == s.clauses().size() - 1) {
                    error(b.pos(), "cannot fallthrough final case in switch");
                    fallthroughOk.add(b);
                } else {
                    fallthroughOk.add(b);
                }
            }
            Scope cs = swapScope(new Scope(scope));
            stmtList(cc.body());
            swapScope(cs);
        }
        targets.pop();
        swapScope(saved);
    }

    private void typeSwitch(Stmt.TypeSwitch s, String label) {
        Scope saved = swapScope(new Scope(scope));
        if (s.init() != null) {
            stmt(s.init());
        }
        Operand x = expr(s.x());
        if (x.invalid()) {
            swapScope(saved);
            return;
        }
        if (!(x.type.underlying() instanceof InterfaceType)) {
            error(s.x().pos(), ExprPrinter.print(s.x()) + " (" + (x.mode == Operand.Mode.VARIABLE ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            swapScope(saved);
            return;
        }
        targets.push(new Target(label, false, s));
        List<VarEntity> implicits = new ArrayList<>();
        Map<GoType, Pos> seenTypes = new java.util.IdentityHashMap<>();
        boolean seenDefault = false;
        for (Stmt.CaseClause cc : s.clauses()) {
            if (cc.isDefault()) {
                if (seenDefault) {
                    error(cc.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            }
            GoType single = null;
            for (Expr e : cc.exprs()) {
                if (unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && scope.lookup("nil") instanceof NilEntity) {
                    info.types.put(e, Types.UNTYPED_NIL);
                    single = cc.exprs().size() == 1 ? x.type : null;
                    continue;
                }
                GoType t = typeExpr(e);
                if (t == null) {
                    continue;
                }
                Pos prev = seenTypes.putIfAbsent(t, e.pos());
                if (prev != null) {
                    error(e.pos(), "duplicate case " + t + " in type switch\n\t" + file + ":" + prev.line() + ":" + prev.col() + ": previous case");
                }
                info.types.put(e, t);
                if (!(t.underlying() instanceof InterfaceType)) {
                    String missing = missingMethod(t, (InterfaceType) x.type.underlying());
                    if (missing != null) {
                        error(e.pos(), "impossible type switch case: " + ExprPrinter.print(s.x()) + " (" + (x.mode == Operand.Mode.VARIABLE ? "variable" : "value") + " of type " + x.type + ") cannot have dynamic type " + t + " (missing method " + missing + ")");
                    }
                }
                single = cc.exprs().size() == 1 ? t : null;
            }
            Scope cs = swapScope(new Scope(scope));
            if (s.bind() != null) {
                GoType vt = single != null ? single : x.type;
                VarEntity v = newLocal(s.bind(), s.bindPos(), vt);
                info.implicits.put(cc, v);
                scope.declare(v);
                implicits.add(v);
            }
            stmtList(cc.body());
            swapScope(cs);
        }
        if (s.bind() != null && !implicits.isEmpty() && implicits.stream().noneMatch(v -> v.used)) {
            error(s.bindPos(), "declared and not used: " + s.bind());
        }
        if (s.bind() != null) {
            for (VarEntity v : implicits) {
                v.used = true;
            }
        }
        targets.pop();
        swapScope(saved);
    }

    private void selectStmt(Stmt.Select s, String label) {
        targets.push(new Target(label, false, s));
        boolean seenDefault = false;
        for (Stmt.CommClause cc : s.clauses()) {
            Scope cs = swapScope(new Scope(scope));
            if (cc.comm() == null) {
                if (seenDefault) {
                    error(cc.pos(), "multiple defaults in select");
                }
                seenDefault = true;
            } else {
                boolean ok = switch (cc.comm()) {
                    case Stmt.Send send -> true;
                    case Stmt.ExprStmt es -> unparen(es.x()) instanceof Expr.Unary u && u.op() == Operator.RECV;
                    case Stmt.Assign a -> a.rhs().size() == 1 && unparen(a.rhs().get(0)) instanceof Expr.Unary u && u.op() == Operator.RECV && a.lhs().size() <= 2 && (a.op() == AssignOp.ASSIGN || a.op() == AssignOp.DEFINE);
                    default -> false;
                };
                if (!ok) {
                    error(cc.comm().pos(), "select case must be receive, send or assign recv");
                } else {
                    stmt(cc.comm());
                }
            }
            stmtList(cc.body());
            swapScope(cs);
        }
        targets.pop();
    }

    private void forStmt(Stmt.For f, String label) {
        Scope saved = swapScope(new Scope(scope));
        if (f.init() != null) {
            stmt(f.init());
        }
        if (f.cond() != null) {
            Operand c = expr(f.cond());
            if (!c.invalid() && !c.type.isBoolean()) {
                error(f.cond().pos(), "non-boolean condition in for statement");
            } else if (!c.invalid()) {
                assignment(c, c.type.isUntyped() ? Types.BOOL : c.type, "for");
            }
        }
        if (f.post() != null) {
            if (f.post() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
                error(f.post().pos(), "cannot declare in post statement of for loop");
            } else {
                stmt(f.post());
            }
        }
        targets.push(new Target(label, true, f));
        block(f.body());
        targets.pop();
        swapScope(saved);
    }

    private void rangeStmt(Stmt.Range r, String label) {
        Scope saved = swapScope(new Scope(scope));
        Operand x = expr(r.x());
        GoType kt = null;
        GoType vt = null;
        if (!x.invalid()) {
            GoType u = x.type.underlying();
            if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
                u = p.elem.underlying();
            }
            switch (u) {
                case BasicType b when b.kind().isString() -> {
                    kt = Types.INT;
                    vt = Types.RUNE;
                    if (x.type.isUntyped()) {
                        assignment(x, Types.STRING, "range");
                    }
                }
                case BasicType b when b.kind().isInteger() -> {
                    if (x.type.isUntyped()) {
                        assignment(x, Types.INT, "range");
                        kt = Types.INT;
                    } else {
                        kt = x.type;
                    }
                    if (r.value() != null) {
                        error(r.value().pos(), "range over " + x.describe() + " permits only one iteration variable");
                    }
                }
                case SliceType s -> {
                    kt = Types.INT;
                    vt = s.elem;
                }
                case ArrayType a -> {
                    kt = Types.INT;
                    vt = a.elem;
                }
                case MapType m -> {
                    kt = m.key;
                    vt = m.value;
                }
                case ChanType c -> {
                    kt = c.elem;
                    if (c.dir == Expr.ChanDir.SEND) {
                        error(r.x().pos(), "invalid operation: range " + ExprPrinter.print(r.x()) + " receive from send-only channel " + x.type);
                    }
                    if (r.value() != null) {
                        error(r.value().pos(), "range over " + x.describe() + " permits only one iteration variable");
                    }
                }
                case FuncType ft -> unsupported(r.x().pos(), "range over function (iterators)");
                default -> error(r.x().pos(), "cannot range over " + x.describe());
            }
        }
        if (r.define()) {
            List<VarEntity> fresh = new ArrayList<>();
            Expr[] lhs = {r.key(), r.value()};
            GoType[] ts = {kt, vt};
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    error(lhs[i].pos(), "non-name " + ExprPrinter.print(lhs[i]) + " on left side of :=");
                    continue;
                }
                VarEntity v = newLocal(id.name(), id.pos(), ts[i] == null ? Types.INT : ts[i]);
                info.defs.put(id, v);
                if (id.name().equals("_")) {
                    continue;
                }
                fresh.add(v);
            }
            for (VarEntity v : fresh) {
                declareLocal(v, v.pos);
            }
        } else {
            Expr[] lhs = {r.key(), r.value()};
            GoType[] ts = {kt, vt};
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                Operand l = lhs(lhs[i]);
                if (!l.invalid() && l.type != null && ts[i] != null && !assignable(ts[i], l.type)) {
                    error(lhs[i].pos(), "cannot use " + ExprPrinter.print(lhs[i]) + " (value of type " + ts[i] + ") as " + l.type + " value in range");
                }
            }
        }
        targets.push(new Target(label, true, r));
        block(r.body());
        targets.pop();
        swapScope(saved);
    }

    // ---------------------------------------------------------------- terminating statements (spec)

    boolean isTerminatingList(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) {
                continue;
            }
            return isTerminating(list.get(i), null);
        }
        return false;
    }

    private boolean isTerminating(Stmt s, String label) {
        switch (s) {
            case Stmt.Return r -> {
                return true;
            }
            case Stmt.Branch b -> {
                return b.kind() == BranchKind.GOTO || b.kind() == BranchKind.FALLTHROUGH;
            }
            case Stmt.ExprStmt es -> {
                return unparen(es.x()) instanceof Expr.Call c && builtinName(c).equals("panic");
            }
            case Stmt.Block b -> {
                return isTerminatingList(b.stmts());
            }
            case Stmt.If i -> {
                return i.els() != null && isTerminatingList(i.then().stmts()) && isTerminating(i.els(), null);
            }
            case Stmt.Labeled l -> {
                return isTerminating(l.stmt(), l.label());
            }
            case Stmt.For f -> {
                return f.cond() == null && !hasBreak(f.body(), label);
            }
            case Stmt.Switch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    hasDefault |= cc.isDefault();
                    if (!isTerminatingList(cc.body()) && !endsInFallthrough(cc.body()) || hasBreakList(cc.body(), label)) {
                        return false;
                    }
                }
                return hasDefault;
            }
            case Stmt.TypeSwitch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    hasDefault |= cc.isDefault();
                    if (!isTerminatingList(cc.body()) || hasBreakList(cc.body(), label)) {
                        return false;
                    }
                }
                return hasDefault;
            }
            case Stmt.Select sel -> {
                for (Stmt.CommClause cc : sel.clauses()) {
                    if (!isTerminatingList(cc.body()) || hasBreakList(cc.body(), label)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean endsInFallthrough(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.kind() == BranchKind.FALLTHROUGH;
    }

    private boolean hasBreakList(List<Stmt> list, String label) {
        for (Stmt s : list) {
            if (hasBreak(s, label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether s contains a break that leaves the enclosing statement (labelled label, or unlabelled). */
    private boolean hasBreak(Stmt s, String label) {
        switch (s) {
            case Stmt.Branch b -> {
                return b.kind() == BranchKind.BREAK && (b.label() == null || b.label().equals(label));
            }
            case Stmt.Block b -> {
                for (Stmt x : b.stmts()) {
                    if (hasBreak(x, label)) {
                        return true;
                    }
                }
                return false;
            }
            case Stmt.If i -> {
                return hasBreak(i.then(), label) || i.els() != null && hasBreak(i.els(), label);
            }
            case Stmt.Labeled l -> {
                return hasBreak(l.stmt(), label);
            }
            case Stmt.For f -> {
                return label != null && hasLabeledBreak(f.body(), label);
            }
            case Stmt.Range r -> {
                return label != null && hasLabeledBreak(r.body(), label);
            }
            case Stmt.Switch sw -> {
                return label != null && sw.clauses().stream().anyMatch(cc -> anyLabeledBreak(cc.body(), label));
            }
            case Stmt.TypeSwitch sw -> {
                return label != null && sw.clauses().stream().anyMatch(cc -> anyLabeledBreak(cc.body(), label));
            }
            case Stmt.Select sel -> {
                return label != null && sel.clauses().stream().anyMatch(cc -> anyLabeledBreak(cc.body(), label));
            }
            default -> {
                return false;
            }
        }
    }

    private boolean anyLabeledBreak(List<Stmt> stmts, String label) {
        return stmts.stream().anyMatch(x -> hasLabeledBreak(x, label));
    }

    private boolean hasLabeledBreak(Stmt s, String label) {
        if (s instanceof Stmt.Branch b) {
            return b.kind() == BranchKind.BREAK && label.equals(b.label());
        }
        if (s instanceof Stmt.Block b) {
            for (Stmt x : b.stmts()) {
                if (hasLabeledBreak(x, label)) {
                    return true;
                }
            }
            return false;
        }
        return hasBreak(s, label) && !(s instanceof Stmt.Branch);
    }

    // ---------------------------------------------------------------- expressions

    Operand expr(Expr e) {
        return expr(e, false);
    }

    /** Checks a value expression; multi-valued and no-value results are errors unless allowed. */
    Operand expr(Expr e, boolean allowMulti) {
        return value(e, rawExpr(e, null), allowMulti);
    }

    /** O (the operand of e) if it is a value, else invalid after Go's error for what it is instead. */
    private Operand value(Expr e, Operand o, boolean allowMulti) {
        if (o.invalid()) {
            return o;
        }
        switch (o.mode) {
            case TYPE -> {
                error(e.pos(), ExprPrinter.print(e) + " (type) is not an expression");
                return Operand.invalid(e);
            }
            case BUILTIN -> {
                error(e.pos(), ExprPrinter.print(e) + " (built-in) must be called");
                return Operand.invalid(e);
            }
            case PACKAGE -> {
                error(e.pos(), "use of package " + ExprPrinter.print(e) + " not in selector");
                return Operand.invalid(e);
            }
            case NOVALUE -> {
                if (!allowMulti) {
                    error(e.pos(), ExprPrinter.print(e) + " (no value) used as value");
                    return Operand.invalid(e);
                }
            }
            default -> {
                if (!allowMulti && o.type instanceof TupleType tt) {
                    error(e.pos(), "multiple-value " + ExprPrinter.print(e) + " (value of type " + tt + ") in single-value context");
                    return Operand.invalid(e);
                }
            }
        }
        return o;
    }

    private Operand record(Operand o) {
        if (o.type != null && o.mode != Operand.Mode.TYPE) {
            info.types.put(o.expr, o.type);
        }
        if (o.mode == Operand.Mode.CONSTANT) {
            info.consts.put(o.expr, o.value);
        }
        return o;
    }

    /** Checks e; hint is the element type for an elided composite literal type. */
    Operand rawExpr(Expr e, GoType hint) {
        Operand o = rawExpr0(e, hint);
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
                return compositeLit(cl, hint);
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
                return selector(s);
            }
            case Expr.Index ix -> {
                return index(ix);
            }
            case Expr.Slice sl -> {
                return sliceExpr(sl);
            }
            case Expr.TypeAssert ta -> {
                return typeAssert(ta);
            }
            case Expr.Call c -> {
                return call(c);
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
                    error(st.x().pos(), "invalid operation: cannot indirect " + ExprPrinter.print(st.x()) + " (built-in)");
                    return Operand.invalid(e);
                }
                x = value(st.x(), x, false);
                if (x.invalid()) {
                    return Operand.invalid(e);
                }
                if (x.isNil()) {
                    error(e.pos(), "invalid operation: cannot indirect nil");
                    return Operand.invalid(e);
                }
                if (!(x.type.underlying() instanceof PointerType pt)) {
                    error(e.pos(), "invalid operation: cannot indirect " + x.describe());
                    return Operand.invalid(e);
                }
                return new Operand(Operand.Mode.VARIABLE, pt.elem, null, e);
            }
            case Expr.Unary u -> {
                return unary(u);
            }
            case Expr.Binary b -> {
                Operand x = expr(b.x());
                if (x.invalid()) {
                    expr(b.y());
                    return Operand.invalid(e);
                }
                return binaryOp(b.pos(), b.op(), x, b.x(), b.y(), b);
            }
            case Expr.ArrayType at -> {
                GoType t = typeExpr(at);
                return t == null ? Operand.invalid(e) : new Operand(Operand.Mode.TYPE, t, null, e);
            }
            case Expr.MapType mt -> {
                GoType t = typeExpr(mt);
                return t == null ? Operand.invalid(e) : new Operand(Operand.Mode.TYPE, t, null, e);
            }
            case Expr.ChanType ct -> {
                GoType t = typeExpr(ct);
                return t == null ? Operand.invalid(e) : new Operand(Operand.Mode.TYPE, t, null, e);
            }
            case Expr.FuncType ft -> {
                return new Operand(Operand.Mode.TYPE, signature(ft, null), null, e);
            }
            case Expr.StructType st -> {
                return new Operand(Operand.Mode.TYPE, typeExpr(st), null, e);
            }
            case Expr.InterfaceType it -> {
                return new Operand(Operand.Mode.TYPE, typeExpr(it), null, e);
            }
            case Expr.Ellipsis el -> {
                error(e.pos(), "invalid use of ...");
                return Operand.invalid(e);
            }
            case Expr.Tilde t -> {
                error(e.pos(), "invalid use of ~");
                return Operand.invalid(e);
            }
            case Expr.Union u -> {
                error(e.pos(), "invalid use of |");
                return Operand.invalid(e);
            }
        }
    }

    private Operand ident(Expr.Ident id) {
        if (id.name().equals("_")) {
            error(id.pos(), "cannot use _ as value");
            return Operand.invalid(id);
        }
        Entity ent = scope.lookup(id.name());
        if (ent == null) {
            if (!unsupportedImports.contains(id.name())) {
                error(id.pos(), "undefined: " + id.name());
            }
            return Operand.invalid(id);
        }
        info.uses.put(id, ent);
        switch (ent) {
            case VarEntity v -> {
                v.used = true;
                if (v.type == null && varResolvers.containsKey(v)) {
                    Runnable r = varResolvers.get(v);
                    r.run();
                    if (v.type == null) {
                        error(id.pos(), "initialization cycle or invalid recursive reference to " + v.name);
                        v.type = Types.INT;
                    }
                }
                if (v.type == null) {
                    error(id.pos(), "undefined: " + id.name());
                    return Operand.invalid(id);
                }
                noteCapture(v);
                recordDep(v);
                return new Operand(Operand.Mode.VARIABLE, v.type, null, id);
            }
            case ConstEntity c -> {
                if (c.name.equals("iota") && c.pos == Pos.NONE) {
                    if (iota == null) {
                        error(id.pos(), "cannot use iota outside constant declaration");
                        return Operand.invalid(id);
                    }
                    return new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_INT, iota, id);
                }
                if (c.resolver != null) {
                    c.resolver.run();
                } else if (c.resolving) {
                    error(id.pos(), "initialization cycle: " + c.name + " refers to itself");
                    return Operand.invalid(id);
                }
                if (c.type == null) {
                    return Operand.invalid(id);
                }
                return new Operand(Operand.Mode.CONSTANT, c.type, c.value, id);
            }
            case TypeEntity t -> {
                GoType tt = typeExprOrNull(id, true);
                if (tt == null) {
                    return Operand.invalid(id);
                }
                return new Operand(Operand.Mode.TYPE, tt, null, id);
            }
            case FuncEntity f -> {
                recordDep(f);
                if (f.type == null) {
                    f.type = f.isGeneric() ? genericSignature(f) : signature(f.decl.type(), null);
                }
                return new Operand(Operand.Mode.VALUE, f.type, null, id);
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
                error(id.pos(), "unexpected " + id.name());
                return Operand.invalid(id);
            }
        }
    }

    /** A local variable referenced from inside a function literal lives in a cell shared by both. */
    private void noteCapture(VarEntity v) {
        if (v.global || fn == null || v.owner == fn.owner) {
            return;
        }
        for (FuncCtx c = fn; c != null && c.owner != v.owner; c = c.outer) {
            if (c.lit != null && !c.lit.captures.contains(v)) {
                c.lit.captures.add(v);
            }
        }
        v.captured = true;
    }

    private Operand basicLit(Expr.BasicLit lit) {
        try {
            return switch (lit.kind()) {
                case INT -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_INT, ConstValue.of(Literals.parseInt(lit.raw())), lit);
                case FLOAT -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_FLOAT, ConstValue.of(Literals.parseFloat(lit.raw())), lit);
                case CHAR -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_RUNE, ConstValue.of(Literals.parseRune(lit.raw())), lit);
                case STRING -> new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_STRING, ConstValue.of(Literals.parseString(lit.raw())), lit);
                case IMAG -> {
                    unsupported(lit.pos(), "complex numbers");
                    yield Operand.invalid(lit);
                }
            };
        } catch (RuntimeException ex) {
            error(lit.pos(), "invalid literal " + lit.raw());
            return Operand.invalid(lit);
        }
    }

    private Operand funcLit(Expr.FuncLit fl) {
        FuncType sig = signature(fl.type(), null);
        Info.FuncLitInfo li = new Info.FuncLitInfo();
        info.funcLits.put(fl, li);
        FuncCtx ctx = new FuncCtx(fn, sig, li.results, fl, li, null);
        FuncCtx saved = fn;
        fn = ctx;
        Scope savedScope = swapScope(new Scope(scope));
        var savedTargets = new ArrayDeque<>(targets);
        targets.clear();
        try {
            declareParams(fl.type(), sig, fl, li.params, li.results);
            checkBody(fl.body(), sig);
        } finally {
            targets.addAll(savedTargets);
            swapScope(savedScope);
            fn = saved;
        }
        return new Operand(Operand.Mode.VALUE, sig, null, fl);
    }

    // ---------------------------------------------------------------- composite literals

    private Operand compositeLit(Expr.CompositeLit cl, GoType hint) {
        GoType t;
        if (cl.type() == null) {
            if (hint == null) {
                error(cl.pos(), "invalid composite literal type: missing type");
                return Operand.invalid(cl);
            }
            t = hint;
        } else if (cl.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            GoType elem = typeExpr(at.elem());
            if (elem == null) {
                return Operand.invalid(cl);
            }
            long n = arrayLitLength(cl, elem);
            t = Types.array(elem, n);
            info.types.put(cl.type(), t);
            return new Operand(Operand.Mode.VALUE, t, null, cl);
        } else {
            t = typeExpr(cl.type());
            if (t == null) {
                for (Expr.Element el : cl.elems()) {
                    if (!(el.value() instanceof Expr.CompositeLit)) {
                        rawExpr(el.value(), null);
                    }
                }
                return Operand.invalid(cl);
            }
        }
        GoType base = t;
        if (cl.type() == null && t.underlying() instanceof PointerType pt) {
            base = pt.elem; // &T elided: {…} in a []*T literal
        }
        GoType u = base.underlying();
        switch (u) {
            case StructType st -> structLit(cl, st, base);
            case ArrayType at -> {
                long n = elementsLit(cl, at.elem, at.length);
            }
            case SliceType sl -> elementsLit(cl, sl.elem, -1);
            case MapType mt -> {
                for (Expr.Element el : cl.elems()) {
                    if (el.key() == null) {
                        error(el.value().pos(), "missing key in map literal");
                        elementValue(el.value(), mt.value);
                        continue;
                    }
                    elementValue(el.key(), mt.key);
                    elementValue(el.value(), mt.value);
                }
            }
            default -> {
                error(cl.pos(), "invalid composite literal type " + t);
                return Operand.invalid(cl);
            }
        }
        return new Operand(Operand.Mode.VALUE, t, null, cl);
    }

    private void elementValue(Expr v, GoType elemType) {
        Operand o;
        if (v instanceof Expr.CompositeLit c && c.type() == null) {
            o = rawExpr(v, elemType);
            return;
        }
        o = expr(v);
        if (!o.invalid()) {
            assignment(o, elemType, elemContext);
        }
    }

    private String elemContext = "array or slice literal";

    private long arrayLitLength(Expr.CompositeLit cl, GoType elem) {
        return elementsLit(cl, elem, -1);
    }

    /** Checks the elements of an array or slice literal; returns the literal's length. */
    private long elementsLit(Expr.CompositeLit cl, GoType elem, long max) {
        long idx = 0;
        long len = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr.Element el : cl.elems()) {
            if (el.key() != null) {
                Operand k = expr(el.key());
                if (!k.invalid()) {
                    if (k.mode != Operand.Mode.CONSTANT || k.value.exactInt() == null) {
                        error(el.key().pos(), "index " + ExprPrinter.print(el.key()) + " must be integer constant");
                    } else {
                        idx = k.value.exactInt().longValue();
                        assignment(k, Types.INT, "index");
                    }
                }
            }
            if (max >= 0 && idx >= max) {
                error(el.value().pos(), "index " + idx + " out of bounds [0:" + max + "]");
            }
            if (!seen.add(idx)) {
                error(el.pos(), "duplicate index " + idx + " in array or slice literal");
            }
            String saved = elemContext;
            elemContext = "array or slice literal";
            elementValue(el.value(), elem);
            elemContext = saved;
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
                    error(el.value().pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(el.key() instanceof Expr.Ident fid)) {
                    error(el.key().pos(), "invalid field name " + ExprPrinter.print(el.key()) + " in struct literal");
                    continue;
                }
                StructType.Field f = st.field(fid.name());
                if (f == null) {
                    error(fid.pos(), "unknown field " + fid.name() + " in struct literal of type " + t);
                    rawExpr(el.value(), null);
                    continue;
                }
                if (!seen.add(fid.name())) {
                    error(fid.pos(), "duplicate field name " + fid.name() + " in struct literal");
                }
                String saved = elemContext;
                elemContext = "struct literal";
                elementValue(el.value(), f.type());
                elemContext = saved;
            }
        } else {
            int i = 0;
            for (Expr.Element el : cl.elems()) {
                if (el.key() != null) {
                    error(el.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= st.fields.size()) {
                    error(el.value().pos(), "too many values in struct literal of type " + t);
                    break;
                }
                String saved = elemContext;
                elemContext = "struct literal";
                elementValue(el.value(), st.fields.get(i).type());
                elemContext = saved;
                i++;
            }
            if (i < st.fields.size() && i == cl.elems().size()) {
                error(cl.rbrace(), "too few values in struct literal of type " + t);
            }
        }
    }

    // ---------------------------------------------------------------- selectors

    /** The result of looking up a field or method by name. */
    record Lookup(StructType.Field field, GoType fieldOwner, NamedType.Method method, GoType methodOwner,
                  InterfaceType.Method ifaceMethod, List<Selection.Step> path, boolean ambiguous, boolean recvIsPointer) {
    }

    /** Field or method lookup with Go's embedding depth rules (shallowest wins; two at the same depth is ambiguous). */
    Lookup lookupFieldOrMethod(GoType t, String name) {
        boolean isPtr = false;
        if (t instanceof PointerType p && !(t instanceof NamedType)) {
            t = p.elem;
            isPtr = true;
        } else if (t.underlying() instanceof PointerType p && t instanceof NamedType) {
            return null; // named pointer types have no methods and we do not promote through them
        }
        record Entry(GoType type, List<Selection.Step> path, boolean ptr) {
        }
        List<Entry> level = List.of(new Entry(t, List.of(), isPtr));
        Set<GoType> seen = new HashSet<>();
        while (!level.isEmpty()) {
            Lookup found = null;
            int count = 0;
            List<Entry> next = new ArrayList<>();
            for (Entry en : level) {
                GoType et = en.type;
                if (!seen.add(et)) {
                    continue;
                }
                if (et instanceof NamedType nt) {
                    NamedType.Method m = nt.method(name);
                    if (m != null) {
                        count++;
                        found = new Lookup(null, null, m, nt, null, en.path, false, en.ptr);
                        continue;
                    }
                }
                GoType u = et.underlying();
                if (u instanceof InterfaceType it) {
                    InterfaceType.Method m = it.method(name);
                    if (m != null) {
                        count++;
                        found = new Lookup(null, null, null, et, m, en.path, false, en.ptr);
                    }
                    continue;
                }
                if (u instanceof StructType st) {
                    for (StructType.Field f : st.fields) {
                        if (f.name().equals(name)) {
                            count++;
                            found = new Lookup(f, et, null, null, null, en.path, false, en.ptr);
                        }
                        if (f.embedded()) {
                            GoType ft = f.type();
                            boolean ptr = false;
                            if (ft instanceof PointerType fp) {
                                ft = fp.elem;
                                ptr = true;
                            }
                            List<Selection.Step> path = new ArrayList<>(en.path);
                            path.add(new Selection.Step(f.name(), et, en.ptr));
                            next.add(new Entry(ft, path, ptr));
                        }
                    }
                }
            }
            if (count > 1) {
                return new Lookup(null, null, null, null, null, null, true, false);
            }
            if (found != null) {
                return found;
            }
            level = next;
        }
        return null;
    }

    /** The error for QUALIFIER.NAME that the package does not declare: unsupported if gosub has only part of it. */
    private static String undefinedInPackage(PackageEntity pe, String qualifier, String name) {
        if (pe.pkg.partial && isExported(name)) {
            return "unsupported: " + pe.pkg.path + "." + name + " (gosub's " + pe.pkg.path + " package is partial)";
        }
        return "undefined: " + qualifier + "." + name;
    }

    private Operand selector(Expr.Selector s) {
        // qualified identifier
        if (s.x() instanceof Expr.Ident pid && scope.lookup(pid.name()) instanceof PackageEntity pe) {
            pe.used = true;
            info.uses.put(pid, pe);
            Entity ent = pe.pkg.scope.lookupLocal(s.sel());
            if (ent == null || !isExported(s.sel())) {
                error(s.selPos(), ent == null ? undefinedInPackage(pe, pid.name(), s.sel()) : "name " + s.sel() + " not exported by package " + pe.pkg.name);
                return Operand.invalid(s);
            }
            info.qualified.put(s, ent);
            switch (ent) {
                case VarEntity v -> {
                    return new Operand(Operand.Mode.VARIABLE, v.type, null, s);
                }
                case ConstEntity c -> {
                    if (c.resolver != null) {
                        c.resolver.run();
                    }
                    return new Operand(Operand.Mode.CONSTANT, c.type, c.value, s);
                }
                case TypeEntity t -> {
                    if (t.isGeneric()) {
                        return new Operand(Operand.Mode.TYPE, null, null, s);
                    }
                    if (t.resolver != null) {
                        t.resolver.run();
                    }
                    return new Operand(Operand.Mode.TYPE, t.type, null, s);
                }
                case FuncEntity f -> {
                    return new Operand(Operand.Mode.VALUE, f.type, null, s);
                }
                default -> {
                    error(s.pos(), "unexpected " + s.sel());
                    return Operand.invalid(s);
                }
            }
        }
        Operand x = rawExpr(s.x(), null);
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.PACKAGE) {
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.TYPE) {
            return methodExpr(s, x.type);
        }
        if (x.mode == Operand.Mode.BUILTIN) {
            // Go reports this at the dot, which is right before the selected name
            error(new Pos(s.selPos().line(), s.selPos().col() - 1), "cannot select on " + ExprPrinter.print(s.x()) + " (built-in)");
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.NOVALUE || x.type instanceof TupleType || x.isNil()) {
            error(s.pos(), ExprPrinter.print(s.x()) + " is not a value with fields");
            return Operand.invalid(s);
        }
        Lookup lk = lookupFieldOrMethod(x.type, s.sel());
        if (lk == null) {
            error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + x.type + " has no field or method " + s.sel() + ")");
            return Operand.invalid(s);
        }
        if (lk.ambiguous()) {
            error(s.selPos(), "ambiguous selector " + ExprPrinter.print(s));
            return Operand.invalid(s);
        }
        boolean xIsPtr = x.type.underlying() instanceof PointerType;
        if (lk.field() != null) {
            Selection sel = new Selection(Selection.Kind.FIELD, x.type, lk.path(), lk.fieldOwner(), s.sel(), null, null, lk.field().type(), xIsPtr);
            info.selections.put(s, sel);
            boolean addressable = x.mode == Operand.Mode.VARIABLE || xIsPtr || lk.path().stream().anyMatch(st -> false);
            // a field reached through any pointer is addressable
            if (!addressable) {
                for (Selection.Step st : lk.path()) {
                    if (st.throughPointer()) {
                        addressable = true;
                    }
                }
                if (lk.recvIsPointer()) {
                    addressable = true;
                }
            }
            return new Operand(addressable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, lk.field().type(), null, s);
        }
        if (lk.ifaceMethod() != null) {
            Selection sel = new Selection(Selection.Kind.INTERFACE_METHOD, x.type, lk.path(), lk.methodOwner(), s.sel(), null, null, lk.ifaceMethod().sig(), xIsPtr);
            info.selections.put(s, sel);
            return new Operand(Operand.Mode.VALUE, lk.ifaceMethod().sig(), null, s);
        }
        NamedType.Method m = lk.method();
        if (m.pointerReceiver && !xIsPtr && lk.path().isEmpty() && x.mode != Operand.Mode.VARIABLE) {
            error(s.pos(), "cannot call pointer method " + s.sel() + " on " + x.type);
            return Operand.invalid(s);
        }
        if (m.pointerReceiver && x.mode == Operand.Mode.VARIABLE && !xIsPtr && lk.path().isEmpty()) {
            markAddressTaken(s.x());
        }
        Selection sel = new Selection(Selection.Kind.METHOD_VALUE, x.type, lk.path(), lk.methodOwner(), s.sel(), m, (FuncEntity) m.decl, m.sig, xIsPtr);
        info.selections.put(s, sel);
        return new Operand(Operand.Mode.VALUE, m.sig, null, s);
    }

    private Operand methodExpr(Expr.Selector s, GoType t) {
        Lookup lk = lookupFieldOrMethod(t, s.sel());
        if (lk == null || (lk.method() == null && lk.ifaceMethod() == null)) {
            error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + t + " has no method " + s.sel() + ")");
            return Operand.invalid(s);
        }
        FuncType msig = lk.method() != null ? lk.method().sig : lk.ifaceMethod().sig();
        // a pointer method is in the method set when a pointer leads to its receiver: t itself or an embedded field
        boolean reachedByPointer = t.underlying() instanceof PointerType || lk.recvIsPointer() || lk.path().stream().anyMatch(Selection.Step::throughPointer);
        if (lk.method() != null && lk.method().pointerReceiver && !reachedByPointer) {
            error(s.selPos(), "cannot call pointer method " + s.sel() + " on " + t);
            return Operand.invalid(s);
        }
        List<GoType> params = new ArrayList<>();
        params.add(t);
        params.addAll(msig.params);
        FuncType ft = Types.func(params, msig.results, msig.variadic);
        Selection sel = new Selection(Selection.Kind.METHOD_EXPR, t, lk.path(), lk.methodOwner(), s.sel(), lk.method(),
                        lk.method() == null ? null : (FuncEntity) lk.method().decl, ft, t.underlying() instanceof PointerType);
        info.selections.put(s, sel);
        return new Operand(Operand.Mode.VALUE, ft, null, s);
    }

    /** Records that a variable's address is taken (directly or as the root of a field/array path). */
    void markAddressTaken(Expr e) {
        Expr u = unparen(e);
        if (u instanceof Expr.Ident id && info.uses.get(id) instanceof VarEntity v) {
            if (!Aggregates_isAggregate(v.type)) {
                v.addressTaken = true;
            }
        } else if (u instanceof Expr.Selector s && info.selections.get(s) != null && !(info.types.get(s.x()) != null && info.types.get(s.x()).underlying() instanceof PointerType)) {
            markAddressTaken(s.x());
        } else if (u instanceof Expr.Index ix && info.types.get(ix.x()) != null && info.types.get(ix.x()).underlying() instanceof ArrayType) {
            markAddressTaken(ix.x());
        }
    }

    private static boolean Aggregates_isAggregate(GoType t) {
        return t != null && (t.underlying() instanceof StructType || t.underlying() instanceof ArrayType);
    }

    // ---------------------------------------------------------------- index and slice

    private Operand index(Expr.Index ix) {
        TypeEntity gte = genericTypeEntity(ix.x());
        if (gte != null) {
            GoType t = instantiateTypeExpr(ix, true);
            return t == null ? Operand.invalid(ix) : new Operand(Operand.Mode.TYPE, t, null, ix);
        }
        Operand x = rawExpr(ix.x(), null);
        if (x.invalid()) {
            for (Expr i : ix.indices()) {
                rawExpr(i, null);
            }
            return Operand.invalid(ix);
        }
        if (x.mode == Operand.Mode.VALUE && x.type instanceof FuncType && genericFuncOf(ix.x()) != null) {
            FuncEntity g = genericFuncOf(ix.x());
            List<GoType> targs = new ArrayList<>();
            for (Expr i : ix.indices()) {
                GoType t = typeExpr(i);
                if (t == null) {
                    return Operand.invalid(ix);
                }
                targs.add(t);
            }
            int want = g.decl.type().typeParams().size();
            if (targs.size() < want) {
                // partial instantiation: the call infers the rest
                Operand o = new Operand(Operand.Mode.VALUE, x.type, null, ix);
                partialTypeArgs.put(ix, targs);
                return o;
            }
            if (targs.size() > want) {
                error(ix.pos(), "got " + targs.size() + " type arguments but " + g.name + " has " + want + " type parameters");
                return Operand.invalid(ix);
            }
            FuncEntity inst = instantiateFunc(g, targs, ix.pos());
            if (inst == null) {
                return Operand.invalid(ix);
            }
            info.instances.put(ix, inst);
            return new Operand(Operand.Mode.VALUE, inst.type, null, ix);
        }
        if (x.mode == Operand.Mode.BUILTIN || x.mode == Operand.Mode.PACKAGE || x.mode == Operand.Mode.NOVALUE) {
            if (x.mode == Operand.Mode.BUILTIN) {
                error(ix.pos(), "invalid operation: cannot index " + ExprPrinter.print(ix.x()) + " (built-in)");
            } else {
                value(ix.x(), x, false);
            }
            return Operand.invalid(ix);
        }
        if (ix.indices().size() != 1) {
            error(ix.pos(), "unexpected comma; expecting ]");
            return Operand.invalid(ix);
        }
        Expr ie = ix.indices().get(0);
        GoType u = x.type.underlying();
        if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
            u = p.elem.underlying();
            x = new Operand(Operand.Mode.VARIABLE, p.elem, null, ix.x());
        }
        switch (u) {
            case BasicType b when b.kind().isString() -> {
                Operand i = indexValue(ie, x.mode == Operand.Mode.CONSTANT ? x.value.asString().length() : -1);
                if (x.mode == Operand.Mode.CONSTANT && i != null && i.mode == Operand.Mode.CONSTANT) {
                    int k = i.value.exactInt().intValue();
                    return new Operand(Operand.Mode.CONSTANT, Types.BYTE, ConstValue.of(x.value.asString().charAt(k)), ix);
                }
                if (x.type.isUntyped()) {
                    assignment(x, Types.STRING, "index");
                }
                return new Operand(Operand.Mode.VALUE, Types.BYTE, null, ix);
            }
            case SliceType s -> {
                indexValue(ie, -1);
                return new Operand(Operand.Mode.VARIABLE, s.elem, null, ix);
            }
            case ArrayType a -> {
                indexValue(ie, a.length);
                return new Operand(x.mode == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, a.elem, null, ix);
            }
            case MapType m -> {
                Operand k = expr(ie);
                if (!k.invalid()) {
                    assignment(k, m.key, "map index");
                }
                return new Operand(Operand.Mode.MAPINDEX, m.value, null, ix);
            }
            default -> {
                expr(ie);
                error(ix.pos(), "invalid operation: cannot index " + x.describe());
                return Operand.invalid(ix);
            }
        }
    }

    final Map<Expr.Index, List<GoType>> partialTypeArgs = new java.util.IdentityHashMap<>();

    FuncEntity genericFuncOf(Expr e) {
        Expr u = unparen(e);
        Entity ent = null;
        if (u instanceof Expr.Ident id) {
            ent = info.uses.get(id);
        } else if (u instanceof Expr.Selector s) {
            ent = info.qualified.get(s);
        }
        return ent instanceof FuncEntity f && f.isGeneric() ? f : null;
    }

    /** Checks an index operand; length is the constant bound to check against, or -1. */
    private Operand indexValue(Expr ie, long length) {
        Operand i = expr(ie);
        if (i.invalid()) {
            return null;
        }
        if (!i.type.isInteger() && !(i.mode == Operand.Mode.CONSTANT && i.value.exactInt() != null && i.type.isUntyped())) {
            error(ie.pos(), "invalid argument: index " + i.describe() + " must be integer");
            return null;
        }
        if (i.mode == Operand.Mode.CONSTANT) {
            BigInteger v = i.value.exactInt();
            if (v.signum() < 0) {
                error(ie.pos(), "invalid argument: index " + ExprPrinter.print(ie) + " (constant of type int) must not be negative");
                return null;
            }
            if (length >= 0 && v.compareTo(BigInteger.valueOf(length)) >= 0) {
                error(ie.pos(), "invalid argument: index " + v + " out of bounds [0:" + length + "]");
                return null;
            }
            if (i.type.isUntyped()) {
                assignment(i, Types.INT, "index");
            }
        }
        return i;
    }

    private Operand sliceExpr(Expr.Slice sl) {
        Operand x = expr(sl.x());
        for (Expr b : new Expr[] {sl.lo(), sl.hi(), sl.max()}) {
            if (b != null) {
                indexValue(b, -1);
            }
        }
        if (x.invalid()) {
            return Operand.invalid(sl);
        }
        GoType u = x.type.underlying();
        switch (u) {
            case BasicType b when b.kind().isString() -> {
                if (sl.slice3()) {
                    error(sl.pos(), "invalid operation: 3-index slice of string");
                    return Operand.invalid(sl);
                }
                if (x.type.isUntyped()) {
                    assignment(x, Types.STRING, "slice");
                    return new Operand(Operand.Mode.VALUE, Types.STRING, null, sl);
                }
                return new Operand(Operand.Mode.VALUE, x.type, null, sl);
            }
            case SliceType s -> {
                return new Operand(Operand.Mode.VALUE, x.type, null, sl);
            }
            case ArrayType a -> {
                if (x.mode != Operand.Mode.VARIABLE) {
                    error(sl.pos(), "invalid operation: " + ExprPrinter.print(sl.x()) + " (slice of unaddressable value)");
                    return Operand.invalid(sl);
                }
                markAddressTaken(sl.x());
                return new Operand(Operand.Mode.VALUE, Types.slice(a.elem), null, sl);
            }
            case PointerType p when p.elem.underlying() instanceof ArrayType a -> {
                return new Operand(Operand.Mode.VALUE, Types.slice(a.elem), null, sl);
            }
            default -> {
                error(sl.pos(), "cannot slice " + x.describe());
                return Operand.invalid(sl);
            }
        }
    }

    private Operand typeAssert(Expr.TypeAssert ta) {
        Operand x = expr(ta.x());
        if (ta.type() == null) {
            error(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(ta);
        }
        GoType t = typeExpr(ta.type());
        if (x.invalid() || t == null) {
            return Operand.invalid(ta);
        }
        if (!(x.type.underlying() instanceof InterfaceType it)) {
            error(ta.x().pos(), "invalid operation: " + ExprPrinter.print(ta.x()) + " (" + (x.mode == Operand.Mode.VARIABLE ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            return Operand.invalid(ta);
        }
        if (!(t.underlying() instanceof InterfaceType)) {
            String missing = missingMethod(t, it);
            if (missing != null) {
                error(ta.type().pos(), "impossible type assertion: " + ExprPrinter.print(ta) + "\n\t" + t + " does not implement " + x.type + " (missing method " + missing + ")");
                return Operand.invalid(ta);
            }
        }
        info.types.put(ta.type(), t);
        return new Operand(Operand.Mode.COMMAOK, t, null, ta);
    }

    // ---------------------------------------------------------------- operators

    private Operand unary(Expr.Unary u) {
        if (u.op() == Operator.AND) {
            Expr x0 = unparen(u.x());
            if (x0 instanceof Expr.CompositeLit) {
                Operand x = rawExpr(x0, null);
                if (x.invalid()) {
                    return Operand.invalid(u);
                }
                return new Operand(Operand.Mode.VALUE, Types.pointer(x.type), null, u);
            }
            Operand x = expr(u.x());
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (x.mode != Operand.Mode.VARIABLE) {
                error(u.pos(), "invalid operation: cannot take address of " + x.describe());
                return Operand.invalid(u);
            }
            markAddressTaken(u.x());
            return new Operand(Operand.Mode.VALUE, Types.pointer(x.type), null, u);
        }
        if (u.op() == Operator.RECV) {
            Operand x = expr(u.x());
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (!(x.type.underlying() instanceof ChanType ct)) {
                error(u.pos(), "invalid operation: cannot receive from non-channel " + x.describe());
                return Operand.invalid(u);
            }
            if (ct.dir == Expr.ChanDir.SEND) {
                error(u.pos(), "invalid operation: cannot receive from send-only channel " + x.describe());
                return Operand.invalid(u);
            }
            return new Operand(Operand.Mode.COMMAOK, ct.elem, null, u);
        }
        Operand x = expr(u.x());
        if (x.invalid()) {
            return Operand.invalid(u);
        }
        GoType t = x.type;
        switch (u.op()) {
            case ADD, SUB -> {
                if (!t.isNumeric()) {
                    error(u.pos(), "invalid operation: operator " + u.op() + " not defined on " + x.describe());
                    return Operand.invalid(u);
                }
                if (x.mode == Operand.Mode.CONSTANT) {
                    ConstValue v = u.op() == Operator.ADD ? x.value : negate(x.value);
                    return constResult(u, t, v);
                }
                return new Operand(Operand.Mode.VALUE, t, null, u);
            }
            case NOT -> {
                if (!t.isBoolean()) {
                    error(u.pos(), "invalid operation: operator ! not defined on " + x.describe());
                    return Operand.invalid(u);
                }
                if (x.mode == Operand.Mode.CONSTANT) {
                    return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(!x.value.asBool()), u);
                }
                return new Operand(Operand.Mode.VALUE, t, null, u);
            }
            case XOR -> {
                if (!t.isInteger()) {
                    error(u.pos(), "invalid operation: operator ^ not defined on " + x.describe());
                    return Operand.invalid(u);
                }
                if (x.mode == Operand.Mode.CONSTANT) {
                    BigInteger v = x.value.exactInt();
                    if (t.isUnsigned()) {
                        int bits = ((BasicType) t.underlying()).kind().bits();
                        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
                        return constResult(u, t, ConstValue.of(v.xor(mask)));
                    }
                    return constResult(u, t, ConstValue.of(v.not()));
                }
                return new Operand(Operand.Mode.VALUE, t, null, u);
            }
            default -> {
                error(u.pos(), "unknown operator " + u.op());
                return Operand.invalid(u);
            }
        }
    }

    private static ConstValue negate(ConstValue v) {
        if (v.isInt()) {
            return ConstValue.of(v.asInt().negate());
        }
        return ConstValue.of(v.asDecimal().negate());
    }

    /** A constant result; typed constants must be representable in their type. */
    private Operand constResult(Expr e, GoType t, ConstValue v) {
        if (!t.isUntyped() && t.underlying() instanceof BasicType bt) {
            ConstValue r = representable(v, bt);
            if (r == null) {
                error(e.pos(), "constant " + v + " overflows " + t);
                return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(0), e);
            }
            v = r;
        }
        return new Operand(Operand.Mode.CONSTANT, t, v, e);
    }

    /** Checks {@code x op y} where x has been checked already; yExpr is checked here. */
    Operand binaryOp(Pos pos, Operator op, Operand x, Expr xExpr, Expr yExpr, Expr whole) {
        Expr e = whole != null ? whole : xExpr;
        Operand y = expr(yExpr);
        if (y.invalid()) {
            return Operand.invalid(e);
        }
        String opText = ExprPrinter.print(xExpr) + " " + op + " " + ExprPrinter.print(yExpr);
        if (op.isShift()) {
            return shift(pos, op, x, y, e, opText);
        }
        if (op.isLogical()) {
            if (!x.type.isBoolean() || !y.type.isBoolean()) {
                Operand bad = !x.type.isBoolean() ? x : y;
                error(pos, "invalid operation: operator " + op + " not defined on " + bad.describe());
                return Operand.invalid(e);
            }
            if (!matchTypes(x, y, pos, opText)) {
                return Operand.invalid(e);
            }
            GoType t = x.type.isUntyped() ? y.type : x.type;
            if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
                boolean v = op == Operator.LAND ? x.value.asBool() && y.value.asBool() : x.value.asBool() || y.value.asBool();
                return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(v), e);
            }
            return new Operand(Operand.Mode.VALUE, t, null, e);
        }
        if (op.isComparison()) {
            Operand r = compareOperands(pos, op, x, y, "invalid operation: " + opText);
            if (r == null) {
                return Operand.invalid(e);
            }
            return new Operand(r.mode, r.type, r.value, e);
        }
        if (!matchTypes(x, y, pos, opText)) {
            return Operand.invalid(e);
        }
        GoType t = x.type.isUntyped() ? y.type : x.type;
        if (x.type.isUntyped() && y.type.isUntyped()) {
            t = largerUntyped(x.type, y.type);
        }
        boolean okOp = switch (op) {
            case ADD -> t.isNumeric() || t.isString();
            case SUB, MUL, QUO -> t.isNumeric();
            case REM, AND, OR, XOR, AND_NOT -> t.isInteger() || (t.isUntyped() && x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT
                            && x.value.exactInt() != null && y.value.exactInt() != null && t == Types.UNTYPED_FLOAT && false);
            default -> false;
        };
        if (!okOp) {
            Operand bad = x;
            error(pos, "invalid operation: operator " + op + " not defined on " + bad.describe());
            return Operand.invalid(e);
        }
        if ((op == Operator.QUO || op == Operator.REM) && y.mode == Operand.Mode.CONSTANT && y.value.isNumeric()
                        && y.value.asDecimal().signum() == 0 && (t.isInteger() || x.mode == Operand.Mode.CONSTANT)) {
            error(yExpr.pos(), "invalid operation: division by zero");
            return Operand.invalid(e);
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            ConstValue v = constArith(op, x.value, y.value, t);
            if (v == null) {
                error(pos, "invalid operation: " + opText);
                return Operand.invalid(e);
            }
            return constResult(e, t, v);
        }
        // the untyped side of a mixed expression takes the other side's type
        if (x.type.isUntyped() && !t.isUntyped()) {
            assignment(x, t, "operation");
        }
        if (y.type.isUntyped() && !t.isUntyped()) {
            assignment(y, t, "operation");
        }
        return new Operand(Operand.Mode.VALUE, t, null, e);
    }

    private GoType largerUntyped(GoType a, GoType b) {
        int ra = untypedRank(a);
        int rb = untypedRank(b);
        return ra >= rb ? a : b;
    }

    private static int untypedRank(GoType t) {
        if (!(t instanceof BasicType b)) {
            return 0;
        }
        return switch (b.kind()) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            default -> 0;
        };
    }

    /** Makes the operand types of a binary operation agree, converting an untyped side. Reports mismatches. */
    private boolean matchTypes(Operand x, Operand y, Pos pos, String opText) {
        if (x.type.isUntyped() && y.type.isUntyped()) {
            boolean xn = x.type.isNumeric();
            boolean yn = y.type.isNumeric();
            if (xn && yn || x.type == y.type) {
                return true;
            }
            error(pos, "invalid operation: " + opText + " (mismatched types " + x.type + " and " + y.type + ")");
            return false;
        }
        if (x.type.isUntyped()) {
            return implicitConvert(x, y.type, pos, opText, y);
        }
        if (y.type.isUntyped()) {
            return implicitConvert(y, x.type, pos, opText, x);
        }
        if (x.type != y.type) {
            error(pos, "invalid operation: " + opText + " (mismatched types " + x.type + " and " + y.type + ")");
            return false;
        }
        return true;
    }

    private boolean implicitConvert(Operand u, GoType target, Pos pos, String opText, Operand other) {
        if (u.isNil()) {
            if (nilable(target)) {
                return true;
            }
            error(pos, "invalid operation: " + opText + " (mismatched types " + (u == other ? target : "untyped nil") + " and " + target + ")");
            return false;
        }
        if (target.underlying() instanceof InterfaceType) {
            return true;
        }
        if (!(target.underlying() instanceof BasicType bt)) {
            error(pos, "invalid operation: " + opText + " (mismatched types " + u.type + " and " + target + ")");
            return false;
        }
        boolean ok = u.type.isBoolean() ? bt.kind().isBoolean() : u.type.isString() ? bt.kind().isString() : bt.kind().isNumeric();
        if (!ok) {
            error(pos, "invalid operation: " + opText + " (mismatched types " + u.type + " and " + target + ")");
            return false;
        }
        if (u.mode == Operand.Mode.CONSTANT) {
            ConstValue r = representable(u.value, bt);
            if (r == null) {
                // Go's words: a float constant that does not fit an integer type is truncated, whatever its value
                boolean truncated = u.value.isNumeric() && !u.type.isInteger() && bt.kind().isInteger();
                error(u.expr.pos(), u.describe() + (truncated ? " truncated to " : " overflows ") + target);
                return false;
            }
        }
        return true;
    }

    static boolean nilable(GoType t) {
        GoType u = t.underlying();
        return u instanceof PointerType || u instanceof SliceType || u instanceof MapType || u instanceof ChanType
                        || u instanceof FuncType || u instanceof InterfaceType || (u instanceof BasicType b && b.kind() == Kind.UNSAFE_POINTER);
    }

    /** The largest count a constant may be shifted by. */
    private static final int MAX_CONSTANT_SHIFT = 1023 - 1 + 52;
    /** The most bits an integer constant may have (Go's checker keeps 512). */
    private static final int MAX_CONSTANT_BITS = 512;

    private Operand shift(Pos pos, Operator op, Operand x, Operand y, Expr e, String opText) {
        if (!(y.type.isInteger() || y.mode == Operand.Mode.CONSTANT && y.value.exactInt() != null)) {
            error(pos, "invalid operation: shift count " + y.describe() + " must be integer");
            return Operand.invalid(e);
        }
        if (y.mode == Operand.Mode.CONSTANT && y.value.exactInt().signum() < 0) {
            error(y.expr.pos(), "invalid operation: negative shift count " + y.describe());
            return Operand.invalid(e);
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT
                && y.value.exactInt().compareTo(BigInteger.valueOf(MAX_CONSTANT_SHIFT)) > 0) {
            // Go's bound: large enough to shift the smallest float64 up to 1 (1023 - 1 + 52 bits)
            error(y.expr.pos(), "invalid operation: invalid shift count " + y.describe());
            return Operand.invalid(e);
        }
        if (y.type.isUntyped()) {
            assignment(y, Types.UINT, "shift count");
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            BigInteger xv = x.value.exactInt();
            if (xv == null || !(x.type.isInteger() || x.type.isUntyped())) {
                error(pos, "invalid operation: shifted operand " + x.describe() + " must be integer");
                return Operand.invalid(e);
            }
            if (y.mode == Operand.Mode.CONSTANT) {
                int s = y.value.exactInt().intValueExact();
                BigInteger r = op == Operator.SHL ? xv.shiftLeft(s) : xv.shiftRight(s);
                if (r.abs().bitLength() > MAX_CONSTANT_BITS) {
                    error(e.pos(), "constant shift overflow");
                    return Operand.invalid(e);
                }
                GoType t = x.type == Types.UNTYPED_FLOAT || x.type == Types.UNTYPED_RUNE ? Types.UNTYPED_INT : x.type;
                if (x.type == Types.UNTYPED_RUNE) {
                    t = Types.UNTYPED_RUNE;
                }
                return constResult(e, t, ConstValue.of(r));
            }
            // non-constant shift of an untyped constant: its type comes from context (int by default)
            if (x.type.isUntyped()) {
                Operand r = new Operand(Operand.Mode.VALUE, Types.UNTYPED_INT, null, e);
                delayedShifts.add(e);
                return r;
            }
            return new Operand(Operand.Mode.VALUE, x.type, null, e);
        }
        if (!x.type.isInteger()) {
            error(pos, "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(e);
        }
        return new Operand(Operand.Mode.VALUE, x.type, null, e);
    }

    final Set<Expr> delayedShifts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private ConstValue constArith(Operator op, ConstValue a, ConstValue b, GoType t) {
        if (a.isString() && b.isString()) {
            return op == Operator.ADD ? ConstValue.of(a.asString() + b.asString()) : null;
        }
        boolean intArith = t.isInteger() || (a.isInt() && b.isInt() && t != Types.UNTYPED_FLOAT && !t.isFloat());
        if (intArith) {
            BigInteger x = a.exactInt();
            BigInteger y = b.exactInt();
            if (x == null || y == null) {
                return null;
            }
            return switch (op) {
                case ADD -> ConstValue.of(x.add(y));
                case SUB -> ConstValue.of(x.subtract(y));
                case MUL -> ConstValue.of(x.multiply(y));
                case QUO -> ConstValue.of(x.divide(y));
                case REM -> ConstValue.of(x.remainder(y));
                case AND -> ConstValue.of(x.and(y));
                case OR -> ConstValue.of(x.or(y));
                case XOR -> ConstValue.of(x.xor(y));
                case AND_NOT -> ConstValue.of(x.andNot(y));
                default -> null;
            };
        }
        BigDecimal x = a.asDecimal();
        BigDecimal y = b.asDecimal();
        return switch (op) {
            case ADD -> ConstValue.of(x.add(y, ConstValue.MC));
            case SUB -> ConstValue.of(x.subtract(y, ConstValue.MC));
            case MUL -> ConstValue.of(x.multiply(y, ConstValue.MC));
            case QUO -> ConstValue.of(ConstValue.divide(x, y));
            default -> null;
        };
    }

    /** Checks a comparison; returns the (untyped bool) result operand, or null after reporting an error. */
    Operand compareOperands(Pos pos, Operator op, Operand x, Operand y, String prefix) {
        String opText = ExprPrinter.print(x.expr) + " " + op + " " + ExprPrinter.print(y.expr);
        boolean ok;
        if (x.isNil() || y.isNil()) {
            Operand other = x.isNil() ? y : x;
            if (other.isNil()) {
                error(pos, prefix + " (operator " + op + " not defined on nil)");
                return null;
            }
            if (!nilable(other.type)) {
                error(pos, prefix + " (mismatched types " + (x.isNil() ? "untyped nil and " + y.type : x.type + " and untyped nil") + ")");
                return null;
            }
            if (op != Operator.EQL && op != Operator.NEQ) {
                error(pos, prefix + " (operator " + op + " not defined on nil)");
                return null;
            }
            info.types.put(x.isNil() ? x.expr : y.expr, other.type);
            return new Operand(Operand.Mode.VALUE, Types.UNTYPED_BOOL, null, null);
        }
        if (x.type.isUntyped() || y.type.isUntyped()) {
            if (!matchTypes(x, y, pos, opText)) {
                return null;
            }
            if (x.type.isUntyped() && !y.type.isUntyped()) {
                assignment(x, y.type.underlying() instanceof InterfaceType ? defaultType(x.type) : y.type, "comparison");
            } else if (y.type.isUntyped() && !x.type.isUntyped()) {
                assignment(y, x.type.underlying() instanceof InterfaceType ? defaultType(y.type) : x.type, "comparison");
            }
        } else if (x.type != y.type) {
            // the spec: in a comparison, one operand must be assignable to the other's type
            boolean mixedIface = assignable(y.type, x.type) || assignable(x.type, y.type);
            if (!mixedIface) {
                error(pos, prefix + " (mismatched types " + x.type + " and " + y.type + ")");
                return null;
            }
        }
        GoType t = x.type.isUntyped() ? y.type : x.type;
        if (op == Operator.EQL || op == Operator.NEQ) {
            ok = comparable(t);
            if (!ok) {
                GoType u = t.underlying();
                String why = u instanceof SliceType ? "slice can only be compared to nil" : u instanceof MapType ? "map can only be compared to nil"
                                : u instanceof FuncType ? "func can only be compared to nil" : u instanceof StructType ? "struct containing " + incomparableField(t) + " cannot be compared" : "operator " + op + " not defined on " + ExprPrinter.print(x.expr) + " (variable of type " + t + ")";
                error(pos, prefix + " (" + why + ")");
                return null;
            }
        } else {
            // both operands must be ordered: an untyped one may have been converted to an interface's default type
            Operand bad = !(x.type.isNumeric() || x.type.isString()) ? x : !(y.type.isNumeric() || y.type.isString()) ? y : null;
            if (bad != null) {
                error(pos, prefix + " (operator " + op + " not defined on " + kindName(bad.type) + ")");
                return null;
            }
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            int c;
            if (x.value.isString()) {
                c = x.value.asString().compareTo(y.value.asString());
            } else if (x.value.isBool()) {
                c = x.value.asBool() == y.value.asBool() ? 0 : 1;
            } else {
                c = x.value.asDecimal().compareTo(y.value.asDecimal());
            }
            boolean r = switch (op) {
                case EQL -> c == 0;
                case NEQ -> c != 0;
                case LSS -> c < 0;
                case LEQ -> c <= 0;
                case GTR -> c > 0;
                default -> c >= 0;
            };
            return new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_BOOL, ConstValue.of(r), null);
        }
        return new Operand(Operand.Mode.VALUE, Types.UNTYPED_BOOL, null, null);
    }

    /** How Go names a type in "operator < not defined on ...": its kind for composite types, else the type. */
    private static String kindName(GoType t) {
        return switch (t.underlying()) {
            case ArrayType a -> "array";
            case SliceType s -> "slice";
            case StructType s -> "struct";
            case PointerType p -> "pointer";
            case FuncType f -> "func";
            case InterfaceType i -> t instanceof TypeParamType ? "type parameter " + t : "interface";
            case MapType m -> "map";
            case ChanType c -> "chan";
            default -> t.toString();
        };
    }

    private String incomparableField(GoType t) {
        if (t.underlying() instanceof StructType st) {
            for (StructType.Field f : st.fields) {
                if (!comparable(f.type())) {
                    return f.type().toString();
                }
            }
        }
        return t.toString();
    }

    static boolean comparable(GoType t) {
        GoType u = t.underlying();
        return switch (u) {
            case SliceType s -> false;
            case MapType m -> false;
            case FuncType f -> false;
            case StructType st -> st.fields.stream().allMatch(f -> comparable(f.type()));
            case ArrayType a -> comparable(a.elem);
            case TypeParamType tp -> true;
            default -> true;
        };
    }

    // ---------------------------------------------------------------- calls

    private Operand call(Expr.Call c) {
        Operand f = rawExpr(c.fun(), null);
        if (f.invalid()) {
            for (Expr a : c.args()) {
                rawExpr(a, null);
            }
            return Operand.invalid(c);
        }
        if (f.mode == Operand.Mode.TYPE) {
            info.calls.put(c, Info.CallKind.CONVERSION);
            return conversion(c, f.type);
        }
        if (f.mode == Operand.Mode.BUILTIN) {
            info.calls.put(c, Info.CallKind.BUILTIN);
            return Builtins.check(this, c, (BuiltinEntity) f.entity);
        }
        if (f.mode == Operand.Mode.PACKAGE) {
            error(c.fun().pos(), "use of package " + ExprPrinter.print(c.fun()) + " not in selector");
            return Operand.invalid(c);
        }
        if (!(f.type != null && f.type.underlying() instanceof FuncType sig)) {
            for (Expr a : c.args()) {
                rawExpr(a, null);
            }
            error(c.pos(), "invalid operation: cannot call non-function " + f.describe());
            return Operand.invalid(c);
        }
        // arguments
        List<Operand> args = new ArrayList<>();
        boolean spread = false;
        if (c.args().size() == 1 && !c.hasEllipsis()) {
            Operand a = expr(c.args().get(0), true);
            if (!a.invalid() && a.type instanceof TupleType tt) {
                spread = true;
                for (GoType t : tt.types) {
                    args.add(new Operand(Operand.Mode.VALUE, t, null, c.args().get(0)));
                }
            } else if (!a.invalid() && a.mode == Operand.Mode.NOVALUE) {
                error(a.expr.pos(), ExprPrinter.print(a.expr) + " (no value) used as value");
                return Operand.invalid(c);
            } else {
                args.add(a);
            }
        } else {
            for (Expr a : c.args()) {
                args.add(expr(a));
            }
        }
        for (Operand a : args) {
            if (a.invalid()) {
                return resultOf(c, sig);
            }
        }
        FuncEntity generic = genericFuncOf(c.fun());
        Expr fun = unparen(c.fun());
        if (generic == null && fun instanceof Expr.Index ix && partialTypeArgs.containsKey(ix)) {
            generic = genericFuncOf(ix.x());
        }
        if (generic != null) {
            List<GoType> explicit = fun instanceof Expr.Index ix ? partialTypeArgs.getOrDefault(ix, List.of()) : List.of();
            List<GoType> targs = inferTypeArgs(generic, args, explicit, c.pos());
            if (targs == null) {
                return Operand.invalid(c);
            }
            FuncEntity inst = instantiateFunc(generic, targs, c.pos());
            if (inst == null) {
                return Operand.invalid(c);
            }
            info.instances.put(fun, inst);
            sig = inst.sig();
            info.types.put(c.fun(), sig);
            info.types.put(fun, sig);
        }
        String fname = ExprPrinter.print(c.fun());
        checkArgs(c, sig, args, spread, fname);
        // classify the call for the node builder
        if (fun instanceof Expr.Selector s && info.selections.get(s) != null) {
            Selection sel = info.selections.get(s);
            info.calls.put(c, switch (sel.kind()) {
                case METHOD_VALUE -> Info.CallKind.METHOD;
                case INTERFACE_METHOD -> Info.CallKind.INTERFACE_METHOD;
                default -> Info.CallKind.DYNAMIC;
            });
        } else if (fun instanceof Expr.Ident id && info.uses.get(id) instanceof FuncEntity) {
            info.calls.put(c, Info.CallKind.FUNC);
        } else if (fun instanceof Expr.Selector s && info.qualified.get(s) instanceof FuncEntity) {
            info.calls.put(c, Info.CallKind.FUNC);
        } else if (info.instances.containsKey(fun)) {
            info.calls.put(c, Info.CallKind.FUNC);
        } else {
            info.calls.put(c, Info.CallKind.DYNAMIC);
        }
        return resultOf(c, sig);
    }

    private Operand resultOf(Expr.Call c, FuncType sig) {
        GoType rt = sig.resultType();
        if (rt == null) {
            return new Operand(Operand.Mode.NOVALUE, null, null, c);
        }
        return new Operand(Operand.Mode.VALUE, rt, null, c);
    }

    private void checkArgs(Expr.Call c, FuncType sig, List<Operand> args, boolean spread, String fname) {
        int np = sig.params.size();
        if (c.hasEllipsis()) {
            if (!sig.variadic) {
                error(c.args().get(c.args().size() - 1).pos(), "have (...) but function is not variadic: " + fname);
                return;
            }
            if (args.size() != np) {
                argCountError(c, sig, args, fname, args.size() < np);
                return;
            }
            for (int i = 0; i < np; i++) {
                assignment(args.get(i), sig.params.get(i), "argument to " + fname);
            }
            return;
        }
        int fixed = sig.variadic ? np - 1 : np;
        if (args.size() < fixed || (!sig.variadic && args.size() > np)) {
            argCountError(c, sig, args, fname, args.size() < fixed);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            GoType pt = i < fixed ? sig.params.get(i) : ((SliceType) sig.params.get(np - 1)).elem;
            if (spread) {
                if (!assignable(args.get(i).type, pt)) {
                    error(c.args().get(0).pos(), "cannot use " + args.get(i).type + " value as " + pt + " value in argument to " + fname);
                }
            } else {
                assignment(args.get(i), pt, "argument to " + fname);
            }
        }
    }

    private void argCountError(Expr.Call c, FuncType sig, List<Operand> args, String fname, boolean notEnough) {
        StringBuilder have = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            have.append(i > 0 ? ", " : "").append(a.mode == Operand.Mode.CONSTANT && a.type.isUntyped() ? "number" : String.valueOf(a.type));
        }
        have.append(")");
        // as Go: too many at the first extra argument, not enough at the last one (or at the call without any);
        // f(g()) with g giving several results has one argument expression for all of them
        int last = c.args().size() - 1;
        Pos at = notEnough ? (last < 0 ? c.pos() : c.args().get(last).pos())
                        : c.args().get(Math.min(Math.min(args.size() - 1, Math.max(0, sig.params.size())), last)).pos();
        error(at, (notEnough ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + have + "\n\twant " + "(" + sig.signatureString().substring(1, sig.signatureString().indexOf(')') + 1));
    }

    // ---------------------------------------------------------------- conversions

    private Operand conversion(Expr.Call c, GoType t) {
        if (c.args().size() != 1) {
            for (Expr a : c.args()) {
                expr(a);
            }
            error(c.pos(), (c.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + t);
            return Operand.invalid(c);
        }
        Operand x = expr(c.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        if (x.mode == Operand.Mode.CONSTANT && t.underlying() instanceof BasicType bt && !bt.kind().isUntyped()) {
            if (x.value.isNumeric() && bt.kind().isString() && x.type.isInteger()) {
                // string(rune constant)
                long r = x.value.exactInt().longValue();
                String s = gosub.language.values.ByteStrings.encodeRune(r);
                assignment(x, defaultType(x.type), "conversion");
                return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(s), c);
            }
            if (x.value.isNumeric() && bt.kind().isNumeric() || x.value.isString() && bt.kind().isString() || x.value.isBool() && bt.kind().isBoolean()) {
                ConstValue v = x.value;
                if (bt.kind().isInteger() && v.exactInt() == null) {
                    if (x.type.isUntyped()) {
                        error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t + " (truncated)");
                        return Operand.invalid(c);
                    }
                    v = ConstValue.of(v.asDecimal().toBigInteger());
                }
                ConstValue r = representable(v, bt);
                if (r == null) {
                    if (x.type.isUntyped()) {
                        error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t + " (overflows)");
                    } else {
                        error(c.args().get(0).pos(), "constant " + v + " overflows " + t);
                    }
                    return Operand.invalid(c);
                }
                if (x.type.isUntyped()) {
                    info.types.put(x.expr, t);
                }
                return new Operand(Operand.Mode.CONSTANT, t, r, c);
            }
        }
        if (!convertible(x, t)) {
            error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t);
            return Operand.invalid(c);
        }
        if (x.type.isUntyped()) {
            GoType target = x.isNil() ? t : t.underlying() instanceof InterfaceType ? defaultType(x.type) : t;
            if (x.mode == Operand.Mode.CONSTANT && t.isString() && x.type.isNumeric()) {
                target = defaultType(x.type);
            }
            if (x.mode == Operand.Mode.CONSTANT && t.underlying() instanceof SliceType) {
                target = Types.STRING;
            }
            assignment(x, target, "conversion");
        }
        return new Operand(Operand.Mode.VALUE, t, null, c);
    }

    boolean convertible(Operand x, GoType t) {
        GoType v = x.type;
        if (x.isNil()) {
            return nilable(t);
        }
        if (assignable(v, t) || x.mode == Operand.Mode.CONSTANT && v.isUntyped() && t.underlying() instanceof BasicType bt
                        && (v.isNumeric() && bt.kind().isNumeric() || v.isString() && bt.kind().isString() || v.isBoolean() && bt.kind().isBoolean())) {
            return true;
        }
        GoType vu = v.underlying();
        GoType tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (vu instanceof PointerType vp && tu instanceof PointerType tp && !(v instanceof NamedType) && !(t instanceof NamedType)
                        && identicalIgnoreTags(vp.elem.underlying(), tp.elem.underlying())) {
            return true;
        }
        if (v.isNumeric() && t.isNumeric()) {
            return true;
        }
        if (t.isString() && (v.isInteger() || isByteOrRuneSlice(vu))) {
            return true;
        }
        if (v.isString() && isByteOrRuneSlice(tu)) {
            return true;
        }
        if (vu instanceof SliceType s && tu instanceof PointerType p && p.elem.underlying() instanceof ArrayType a && a.elem == s.elem) {
            return true;
        }
        return vu instanceof SliceType s && tu instanceof ArrayType a && a.elem == s.elem;
    }

    static boolean isByteOrRuneSlice(GoType u) {
        return u instanceof SliceType s && s.elem.underlying() instanceof BasicType b && (b.kind() == Kind.UINT8 || b.kind() == Kind.INT32);
    }

    private static boolean identicalIgnoreTags(GoType a, GoType b) {
        if (a == b) {
            return true;
        }
        if (a instanceof StructType sa && b instanceof StructType sb && sa.fields.size() == sb.fields.size()) {
            for (int i = 0; i < sa.fields.size(); i++) {
                StructType.Field fa = sa.fields.get(i);
                StructType.Field fb = sb.fields.get(i);
                if (!fa.name().equals(fb.name()) || fa.type() != fb.type() || fa.embedded() != fb.embedded()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- assignability

    static GoType defaultType(GoType t) {
        if (!(t instanceof BasicType b)) {
            return t;
        }
        return switch (b.kind()) {
            case UNTYPED_BOOL -> Types.BOOL;
            case UNTYPED_INT -> Types.INT;
            case UNTYPED_RUNE -> Types.RUNE;
            case UNTYPED_FLOAT -> Types.FLOAT64;
            case UNTYPED_STRING -> Types.STRING;
            default -> t;
        };
    }

    /** Spec "assignability" of a value of type v to type t (v typed, or untyped nil). */
    boolean assignable(GoType v, GoType t) {
        if (v == t) {
            return true;
        }
        if (v == null || t == null) {
            return true;
        }
        if (v == Types.UNTYPED_NIL) {
            return nilable(t);
        }
        if (v.isUntyped()) {
            GoType tu = t.underlying();
            if (tu instanceof InterfaceType it) {
                return it.methods.isEmpty();
            }
            if (tu instanceof BasicType bt) {
                return v.isBoolean() ? bt.kind().isBoolean() : v.isString() ? bt.kind().isString() : bt.kind().isNumeric();
            }
            return false;
        }
        GoType vu = v.underlying();
        GoType tu = t.underlying();
        if (vu == tu && (!(v instanceof NamedType) || !(t instanceof NamedType)) && !(vu instanceof TypeParamType)) {
            return true;
        }
        if (tu instanceof InterfaceType it && !(t instanceof TypeParamType)) {
            return missingMethod(v, it) == null;
        }
        if (vu instanceof ChanType vc && tu instanceof ChanType tc && vc.dir == Expr.ChanDir.BOTH && vc.elem == tc.elem
                        && (!(v instanceof NamedType) || !(t instanceof NamedType))) {
            return true;
        }
        return false;
    }

    /** The name of a method of it that t lacks (with a reason suffix), or null when t implements it. */
    String missingMethod(GoType t, InterfaceType it) {
        for (InterfaceType.Method m : it.methods) {
            if (t.underlying() instanceof InterfaceType ti) {
                InterfaceType.Method tm = ti.method(m.name());
                if (tm == null) {
                    return m.name();
                }
                if (tm.sig() != m.sig()) {
                    return m.name() + " (wrong type for method " + m.name() + ")";
                }
                continue;
            }
            Lookup lk = lookupFieldOrMethod(t, m.name());
            if (lk == null || lk.ambiguous()) {
                return m.name();
            }
            if (lk.ifaceMethod() != null) {
                if (lk.ifaceMethod().sig() != m.sig()) {
                    return m.name() + ")\n\t\thave " + m.name() + lk.ifaceMethod().sig().signatureString() + "\n\t\twant " + m.name() + m.sig().signatureString() + "(";
                }
                continue;
            }
            if (lk.method() == null) {
                return m.name();
            }
            if (lk.method().sig != m.sig()) {
                return m.name() + ")\n\t\thave " + m.name() + lk.method().sig.signatureString() + "\n\t\twant " + m.name() + m.sig().signatureString() + "(";
            }
            boolean isPtr = t.underlying() instanceof PointerType && !(t instanceof NamedType);
            // a pointer method is in the value's method set only when reached through an embedded pointer
            if (lk.method().pointerReceiver && !isPtr && !lk.recvIsPointer()) {
                return m.name() + " has pointer receiver";
            }
        }
        return null;
    }

    /**
     * Checks that x can be assigned to t, converting an untyped operand and recording the type the node builder will
     * use for it. Reports Go's "cannot use" error otherwise.
     */
    void assignment(Operand x, GoType t, String context) {
        if (x.invalid() || t == null) {
            return;
        }
        if (x.mode == Operand.Mode.NOVALUE) {
            error(x.expr.pos(), ExprPrinter.print(x.expr) + " (no value) used as value");
            return;
        }
        if (x.type instanceof TupleType tt) {
            error(x.expr.pos(), "multiple-value " + ExprPrinter.print(x.expr) + " (value of type " + tt + ") in single-value context");
            return;
        }
        if (x.type.isUntyped()) {
            GoType target = t.underlying() instanceof InterfaceType ? (x.isNil() ? t : defaultType(x.type)) : t;
            if (x.isNil()) {
                if (!nilable(t)) {
                    error(x.expr.pos(), "cannot use nil as " + t + " value in " + context);
                    return;
                }
                setFinalType(x.expr, t);
                x.type = t;
                return;
            }
            if (!(target.underlying() instanceof BasicType bt)) {
                error(x.expr.pos(), "cannot use " + x.describe() + " as " + t + " value in " + context);
                return;
            }
            boolean kindOk = x.type.isBoolean() ? bt.kind().isBoolean() : x.type.isString() ? bt.kind().isString() : bt.kind().isNumeric();
            if (!kindOk) {
                error(x.expr.pos(), "cannot use " + x.describe() + " as " + t + " value in " + context);
                return;
            }
            if (x.mode == Operand.Mode.CONSTANT) {
                ConstValue r = representable(x.value, bt);
                if (r == null) {
                    if (bt.kind().isInteger() && !x.type.isInteger()) {
                        error(x.expr.pos(), "cannot use " + x.describe() + " as " + t + " value in " + context + " (truncated)");
                    } else {
                        error(x.expr.pos(), "cannot use " + x.describe() + " as " + t + " value in " + context + " (overflows)");
                    }
                    return;
                }
                x.value = r;
                info.consts.put(x.expr, r);
            }
            setFinalType(x.expr, target);
            x.type = target;
            if (target == t) {
                return;
            }
            // an interface: the constant's default type must implement it, as any other value
        }
        if (!assignable(x.type, t)) {
            String reason = "";
            if (t.underlying() instanceof InterfaceType it) {
                String missing = missingMethod(x.type, it);
                if (missing != null) {
                    if (missing.endsWith(" has pointer receiver")) {
                        reason = ":\n\t" + x.type + " does not implement " + t + " (method " + missing + ")";
                    } else {
                        reason = ":\n\t" + x.type + " does not implement " + t + " (missing method " + missing + ")";
                    }
                }
            }
            error(x.expr.pos(), "cannot use " + x.describe() + " as " + t + " value in " + context + reason);
        }
    }

    /** Records the final type of an untyped expression, down through the operands that share its type. */
    void setFinalType(Expr e, GoType t) {
        if (e == null) {
            return;
        }
        GoType old = info.types.get(e);
        if (old != null && !old.isUntyped()) {
            return;
        }
        info.types.put(e, t);
        ConstValue cv = info.consts.get(e);
        if (cv != null) {
            return; // constants are materialised whole by the node builder
        }
        switch (e) {
            case Expr.Paren p -> setFinalType(p.x(), t);
            case Expr.Unary u -> setFinalType(u.x(), t);
            case Expr.Binary b -> {
                if (b.op().isComparison()) {
                    return;
                }
                setFinalType(b.x(), t);
                if (!b.op().isShift()) {
                    setFinalType(b.y(), t);
                }
            }
            default -> {
            }
        }
    }

    /** The constant converted to basic type t, or null when it is not representable (overflow or truncation). */
    static ConstValue representable(ConstValue v, BasicType t) {
        Kind k = t.kind();
        if (k.isUntyped()) {
            if (k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE) {
                BigInteger i = v.exactInt();
                return i == null ? null : ConstValue.of(i);
            }
            return v;
        }
        if (k.isBoolean()) {
            return v.isBool() ? v : null;
        }
        if (k.isString()) {
            return v.isString() ? v : null;
        }
        if (!v.isNumeric()) {
            return null;
        }
        if (k.isInteger()) {
            BigInteger i = v.exactInt();
            if (i == null) {
                return null;
            }
            int bits = k.bits();
            BigInteger min;
            BigInteger max;
            if (k.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            }
            if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
                return null;
            }
            return ConstValue.of(i);
        }
        if (k.isFloat()) {
            double d = v.asDecimal().doubleValue();
            if (k == Kind.FLOAT32) {
                float f = (float) d;
                if (Float.isInfinite(f)) {
                    return null;
                }
                return ConstValue.of(new BigDecimal(f));
            }
            if (Double.isInfinite(d)) {
                return null;
            }
            return ConstValue.of(new BigDecimal(d));
        }
        return null;
    }
}
