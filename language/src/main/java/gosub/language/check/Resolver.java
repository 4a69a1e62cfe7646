package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.language.stdlib.strconv.Quoting;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collecting the package: its imports (refusing the packages gosub does not provide, by name), its package-level
 * declarations into the package scope (redeclarations, misdeclared init and main), and then resolving them in an
 * order that lets each use what it needs: types first, then methods of non-generic types, constants, function
 * signatures, and last the variables, while function bodies wait in the checker's queue. A standard package leaves
 * its constants and its tables ({@link LateVars}) to their first use.
 */
final class Resolver {
    private final Checker ck;

    Resolver(Checker ck) {
        this.ck = ck;
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

    /** Go 1.19's standard import paths, read once from the list made from its source tree. */
    private static final class GoStandardPaths {
        static final Set<String> PATHS = read();

        private static Set<String> read() {
            try (InputStream in = Resolver.class.getResourceAsStream("std-packages.txt")) {
                if (in == null) {
                    throw new IllegalStateException("std-packages.txt is missing from gosub's resources");
                }
                Set<String> paths = new HashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        paths.add(line.strip());
                    }
                }
                return paths;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static boolean isGoStandardPath(String path) {
        return GoStandardPaths.PATHS.contains(path);
    }

    /** A path like example.com/x names a module, which is not looked for in $GOROOT. */
    private static boolean firstElementHasDot(String path) {
        int slash = path.indexOf('/');
        return (slash < 0 ? path : path.substring(0, slash)).contains(".");
    }

    /** Declares the imported packages; false if an import path is malformed. */
    boolean collectImports(SourceFile sf) {
        boolean valid = true;
        for (SourceFile.ImportSpec imp : sf.imports()) {
            if (!validImportPath(imp.path())) {
                String quoted = ByteStrings.toJava(Quoting.quote(ByteStrings.fromJava(imp.path())));
                ck.goCommandError(imp.pathPos(), "invalid import path: " + quoted);
                valid = false;
                continue;
            }
            // the standard library's internal packages are its own (a module's internal/ is another matter)
            if (!ck.stdlib && (imp.path().startsWith("internal/") || imp.path().equals("internal"))) {
                ck.goCommandError(imp.pathPos(), "use of internal package " + imp.path() + " not allowed");
                valid = false;
                continue;
            }
            GoPackage p = ck.loader.load(imp.path());
            if (p == null) {
                if (isGoStandardPath(imp.path()) || firstElementHasDot(imp.path())) {
                    ck.error(imp.pathPos(), "unsupported: package \"" + imp.path() + "\"");
                } else {
                    // the go command looks for a path without a domain in $GOROOT, and stops there
                    ck.goCommandError(imp.pathPos(), "package " + imp.path() + " is not in GOROOT ($GOROOT/src/" + imp.path() + ")");
                }
                String last = imp.path().substring(imp.path().lastIndexOf('/') + 1);
                ck.unsupportedImports.add(imp.alias() != null ? imp.alias() : last);
                continue;
            }
            String name = imp.alias() != null ? imp.alias() : p.name;
            if (name.equals("_")) {
                continue;
            }
            if (name.equals(".")) {
                ck.unsupported(imp.pos(), "dot imports");
                // its names are still declared, so that their uses are checked and not reported as undefined
                for (Entity e : p.scope.entries().values()) {
                    if (Predicates.isExported(e.name)) {
                        ck.fileScope.declare(e);
                    }
                }
                continue;
            }
            PackageEntity pe = new PackageEntity(name, imp.pathPos(), p, imp.pos());
            if (ck.fileScope.declare(pe) != null) {
                ck.error(imp.pathPos(), name + " redeclared in this block");
            }
            ck.imports.add(pe);
        }
        return valid;
    }

    void declareGlobal(Entity e, Pos pos) {
        if (e.name.equals("init") && !(e instanceof FuncEntity)) {
            ck.error(pos, "cannot declare init - must be func");
            return;
        }
        if (e.name.equals("main") && ck.pkg.name.equals("main") && !(e instanceof FuncEntity)) {
            ck.error(pos, "cannot declare main - must be func");
            return;
        }
        if (e.name.equals("_") && (e instanceof ConstEntity || e instanceof TypeEntity)) {
            ck.blankGlobals.add(e);
        }
        Entity prev = ck.pkg.scope.declare(e);
        if (prev != null) {
            ck.error(pos, e.name + " redeclared in this block\n\t" + ck.where(prev.pos) + ": other declaration of " + e.name);
        }
    }

    /** Go's error for a main package without a main function, put at the start of its first file. */
    void checkMainDeclared(SourceFile first) {
        if (ck.pkg.name.equals("main") && !ck.stdlib && !(ck.pkg.scope.lookupLocal("main") instanceof FuncEntity)) {
            ck.error(new Pos(1, 1, first.pos().file()), "function main is undeclared in the main package");
        }
    }

    void collectDecls(SourceFile sf) {
        for (Decl d : sf.decls()) {
            switch (d) {
                case Decl.Const c -> ck.decls.collectConsts(c, ck.pkg.scope, true);
                case Decl.Type t -> {
                    for (Decl.TypeSpec ts : t.specs()) {
                        ck.decls.declareTypeSpec(ts, ck.pkg.scope, true);
                    }
                }
                case Decl.Var v -> {
                    for (Decl.VarSpec vs : v.specs()) {
                        List<VarEntity> ents = new ArrayList<>();
                        for (Expr.Ident id : vs.names()) {
                            VarEntity ve = new VarEntity(id.name(), id.pos(), null, true, null, false);
                            ents.add(ve);
                            ck.pkgInfo.defs.put(id, ve);
                            declareGlobal(ve, id.pos());
                            ck.varSpecs.put(ve, vs);
                        }
                        Scope declScope = ck.fileScope;
                        Runnable r = new Runnable() {
                            boolean done;

                            @Override
                            public void run() {
                                if (done) {
                                    return;
                                }
                                done = true;
                                ck.decls.checkGlobalVarSpec(vs, ents, declScope);
                            }
                        };
                        for (VarEntity ve : ents) {
                            ck.varResolvers.put(ve, r);
                        }
                    }
                }
                case Decl.Func f -> {
                    if (f.body() == null && !ck.stdlib) {
                        ck.missingBodies.add(f); // only the standard packages have functions implemented in Java
                    }
                    if (f.recv() != null) {
                        ck.methodDecls.computeIfAbsent(f.recv().baseType(), k -> new ArrayList<>()).add(f);
                        continue;
                    }
                    FuncEntity fe = new FuncEntity(f.name(), f.namePos(), null, f, ck.pkg.path);
                    fe.declScope = ck.fileScope;
                    fe.owner = ck;
                    ck.pkgInfo.defs.put(f, fe);
                    if (f.name().equals("init")) {
                        if (!f.type().params().isEmpty() || !f.type().results().isEmpty()) {
                            ck.error(f.namePos(), "func init must have no arguments and no return values");
                        }
                        fe.initIndex = ck.pkg.inits.size();
                        ck.pkg.inits.add(fe);
                    } else {
                        if (f.name().equals("main") && ck.pkg.name.equals("main")
                                        && (!f.type().params().isEmpty() || !f.type().results().isEmpty())) {
                            ck.error(f.namePos(), "func main must have no arguments and no return values");
                        }
                        declareGlobal(fe, f.namePos());
                    }
                    ck.pkg.funcs.add(fe);
                    if (f.body() == null && ck.stdlib) {
                        fe.nativeName = ck.pkg.path + "." + f.name();
                    }
                }
            }
        }
    }

    /** Resolves every package-level declaration, then queues function bodies. */
    void resolveAll() {
        List<Entity> ents = new ArrayList<>(ck.pkg.scope.entries().values());
        if (!ck.stdlib) {
            ents.addAll(ck.blankGlobals);
        }
        for (Entity e : ents) {
            if (e instanceof TypeEntity te && te.resolver != null) {
                te.resolver.run();
            }
        }
        // methods of non-generic types
        for (Map.Entry<String, List<Decl.Func>> me : ck.methodDecls.entrySet()) {
            Entity base = ck.pkg.scope.lookupLocal(me.getKey());
            if (!(base instanceof TypeEntity te)) {
                for (Decl.Func f : me.getValue()) {
                    ck.error(f.recv().pos(), "undefined: " + me.getKey());
                }
                continue;
            }
            if (te.isGeneric()) {
                continue; // attached per instantiation
            }
            if (!(te.type instanceof NamedType nt) || te.type.underlying() instanceof PointerType || te.type.underlying() instanceof InterfaceType) {
                for (Decl.Func f : me.getValue()) {
                    ck.error(f.recv().pos(), "invalid receiver type " + me.getKey());
                }
                continue;
            }
            for (Decl.Func f : me.getValue()) {
                declareMethod(nt, f, Map.of(), List.of(), true);
            }
        }
        if (!ck.stdlib) { // a standard package's constants are checked on first use: it has no errors to report
            for (Entity e : ents) {
                if (e instanceof ConstEntity ce && ce.resolver != null) {
                    ce.resolver.run();
                }
            }
        }
        for (FuncEntity fe : new ArrayList<>(ck.pkg.funcs)) {
            if (!fe.isGeneric()) {
                signature(fe);
            }
        }
        for (FuncEntity fe : new ArrayList<>(ck.pkg.funcs)) {
            if (fe.isGeneric()) {
                fe.type = ck.instantiation.genericSignature(fe);
                continue;
            }
            ck.queueBody(fe);
        }
        if (!ck.stdlib) {
            ck.genericBodies.queueAll();
        }
        for (Map.Entry<VarEntity, Runnable> e : new ArrayList<>(ck.varResolvers.entrySet())) {
            if (!ck.stdlib || !LateVars.deferrable(ck.varSpecs.get(e.getKey()), ck)) {
                e.getValue().run(); // including blank (_) variables, which are in no scope
            } else {
                e.getKey().lateResolver = e.getValue();
            }
        }
    }

    /**
     * Declares method f on named type nt (an instance, when typeArgs is non-empty). With withBody false the method
     * joins nt's method set only: nt is an instance over type parameters, whose body is never checked or built.
     */
    FuncEntity declareMethod(NamedType nt, Decl.Func f, Map<String, GoType> typeArgs, List<GoType> typeArgList, boolean withBody) {
        // a blank method is checked but joins no method set, so any number of them may share the name
        boolean blank = f.name().equals("_");
        if (!blank && nt.method(f.name()) != null) {
            String other = nt.method(f.name()).decl instanceof FuncEntity prev ? "\n\t"
                            + prev.pos.where(ck.file) + ": other declaration of " + f.name() : "";
            ck.error(f.namePos(), nt.name + "." + f.name() + " redeclared in this block" + other);
            return null;
        }
        if (!blank && nt.underlying() instanceof StructType st && st.field(f.name()) != null) {
            ck.error(f.namePos(), "field and method with the same name " + f.name());
            return null;
        }
        FuncEntity fe = new FuncEntity(f.name(), f.namePos(), null, f, ck.pkg.path);
        fe.owner = ck;
        fe.recvType = nt;
        fe.pointerRecv = f.recv().pointer();
        fe.typeArgs = typeArgs;
        fe.typeArgList = typeArgList;
        fe.declScope = ck.fileScopeOf(f.pos());
        Scope s = ck.instantiation.typeArgScope(fe.declScope, typeArgs);
        fe.type = ck.within(ck.env.inScope(s), () -> ck.typexprs.signature(f.type(), null));
        if (f.body() == null && ck.stdlib) {
            fe.nativeName = ck.pkg.path + "." + nt.name + "." + f.name();
        }
        if (!blank) {
            nt.methods.add(new NamedType.Method(f.name(), fe.sig(), fe.pointerRecv, fe));
        }
        if (withBody) {
            ck.pkg.funcs.add(fe);
            ck.queueBody(fe);
        }
        return fe;
    }

    /**
     * The type of a non-generic function, resolved on first need. A function whose signature names the function
     * itself as a type (func f(x f)) meets its own name while the signature is being resolved: it reads as func()
     * then, as in Go, so that the error says "f (value of type func()) is not a type" instead of recursing forever.
     */
    GoType signature(FuncEntity fe) {
        if (fe.type != null) {
            return fe.type;
        }
        if (fe.signing) {
            return Types.func(List.of(), List.of(), false);
        }
        fe.signing = true;
        try {
            fe.type = ck.within(ck.env.inScope(fe.declScope), () -> ck.typexprs.signature(fe.decl.type(), null));
        } finally {
            fe.signing = false;
        }
        return fe.type;
    }
}
