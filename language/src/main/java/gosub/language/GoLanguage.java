package gosub.language;

import gosub.language.build.PackageBuilder;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.source.Source;
import gosub.ast.SourceFile;
import gosub.language.check.CheckError;
import gosub.language.check.Checker;
import gosub.language.check.FuncEntity;
import gosub.language.check.GoPackage;
import gosub.parser.DeepStack;
import gosub.parser.Parser;
import gosub.parser.SyntaxError;
import gosub.runtime.timing.Phases;
import gosub.runtime.timing.Phases.Phase;

import com.oracle.truffle.api.TruffleFile;
import gosub.language.load.GoRun;
import gosub.language.load.ImportGraph;
import gosub.language.load.LoadError;
import gosub.language.load.PackageFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.polyglot.SandboxPolicy;

/**
 * The Truffle language "go": parse, type-check, build nodes, and run main as goroutine 1.
 *
 * <p>Sandbox: {@link SandboxPolicy#CONSTRAINED}. A program reaches the host only through its context: output goes
 * to the context's streams, files through Truffle's file system (the embedder's IO policy), the environment
 * through {@code Env.getEnvironment} (the embedder's environment access), and the process's signals only with the
 * option {@code go.Signals}, which a constrained context cannot set. Statements carry StatementTag, so a
 * statement limit of the context's resource limits stops any goroutine.
 */
@TruffleLanguage.Registration(id = GoLanguage.ID, name = "Go", version = "0.1.0", defaultMimeType = GoLanguage.MIME,
                characterMimeTypes = {GoLanguage.MIME, GoLanguage.RUN_MIME, GoLanguage.EVAL_MIME},
                contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, fileTypeDetectors = {},
                sandbox = SandboxPolicy.CONSTRAINED)
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class, StandardTags.CallTag.class})
public final class GoLanguage extends TruffleLanguage<GoContext> {
    public static final String ID = "go";
    public static final String MIME = "text/x-go";
    /**
     * A source of this type is not Go code but what {@code go run} takes before the program's arguments, one per
     * line: {@code .go} files of one folder, or one package (a folder such as {@code .}, or an import path of the
     * main module). Its files are read through the context's file system, relative paths from its working
     * directory, and the packages of the module around them ({@code go.mod}) may be imported by their paths.
     */
    public static final String RUN_MIME = "text/x-go-run";

    /**
     * A source of this type is Go code that a Go program evaluates (polyglot.Eval): any package, whatever the
     * option go.RequireMain says, which is about the program the launcher was given.
     */
    public static final String EVAL_MIME = "text/x-go-eval";

    static final ContextReference<GoContext> CONTEXT_REF = ContextReference.create(GoLanguage.class);

    /** Go's words for a file given to {@code go run} whose package clause does not say main. */
    static final String NOT_MAIN = "package command-line-arguments is not a main package";

    @Override
    protected GoContext createContext(Env env) {
        return new GoContext(this, env);
    }

    /**
     * The context closes: the goroutines calls from other languages left running stop where they are (as when a Go
     * process ends) and every M thread is joined, as Truffle wants of the threads a language created.
     */
    @Override
    protected void finalizeContext(GoContext context) {
        context.shutdownRuntime();
    }

    @Override
    protected void disposeContext(GoContext context) {
        context.files.closeAll();
        context.children.killAll();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new GoOptionsOptionDescriptors();
    }

    /** The main package's variables, for tools (a debugger's globals); read-only. */
    @Override
    protected Object getScope(GoContext context) {
        return gosub.language.debug.PackageVariables.scope(context, context.mainPackage);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /**
     * The parsing thread waits for the compiler thread so that Truffle's thread-local actions still reach it (a
     * sampler's stack sample, a cancel): a long compile holds up neither.
     */
    private static final DeepStack.Joiner SAFEPOINT_JOIN =
            worker -> com.oracle.truffle.api.TruffleSafepoint.setBlockedThreadInterruptible(null, Thread::join, worker);

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        // compile errors name the file as the user gave it (like go run); stack traces use the full path (like Go)
        String file = source.getName() != null ? source.getName() : source.getPath();
        String text = source.getCharacters().toString();
        // Looked up here: the compiler runs on a plain thread with no context entered, so nothing it does may
        // need one (creating root nodes and call targets does not).
        GoContext ctx = CONTEXT_REF.get(null);
        boolean requireMain = ctx.env.getOptions().get(GoOptions.RequireMain) && !EVAL_MIME.equals(source.getMimeType());
        // go run heads compile errors with the package's import path; a snippet of polyglot.Eval is no package
        String header = EVAL_MIME.equals(source.getMimeType()) ? null : GoRun.FILES_PACKAGE;
        try {
            if (RUN_MIME.equals(source.getMimeType())) {
                return DeepStack.call("gosub compiler", () -> compileRun(text, ctx, requireMain), SAFEPOINT_JOIN);
            }
            return DeepStack.call("gosub compiler", () -> compile(source, file, text, ctx, requireMain, header), SAFEPOINT_JOIN);
        } catch (StackOverflowError e) {
            throw GoCompileException.compileErrors(headed(header, file + ": program too deeply nested to compile (stack overflow)"));
        }
    }

    /**
     * Parses, checks and builds FILE with the standard packages it imports. Each step recurses once per level of
     * nesting, so this runs on a {@link DeepStack} thread, which copes with deeper nesting than Go's compiler.
     */
    private CallTarget compile(Source source, String file, String text, GoContext ctx, boolean requireMain, String header) {
        SourceFile sf;
        if (Phases.ON) {
            Phases.switchTo(Phase.PARSE);
        }
        try {
            sf = Parser.parse(file, text);
        } catch (SyntaxError e) {
            throw GoCompileException.compileErrors(headed(header, formatErrors(parserErrors(file, e.fileErrors()))), source, e.line(), e.col());
        }
        if (requireMain && !sf.packageName().equals("main")) {
            // go run looks at the package clause before it type-checks anything
            throw GoCompileException.loadError(NOT_MAIN);
        }
        List<CheckError> errors = new ArrayList<>();
        ProgramLoader loader = new ProgramLoader(this, ctx, errors);
        loader.parseAhead(List.of(sf));
        Checker checker = new Checker(file, sf.packageName(), sf.packageName(), errors, loader, false);
        if (Phases.ON) {
            Phases.switchTo(Phase.CHECK);
        }
        checker.checkFile(sf);
        return build(file, Map.of(file, source), ctx, loader, checker, errors, header);
    }

    /** Builds the nodes of a checked package and what runs it: main as a program, another package as a library. */
    private CallTarget build(String file, Map<String, Source> sources, GoContext ctx, ProgramLoader loader, Checker checker, List<CheckError> errors, String header) {
        if (!errors.isEmpty()) {
            if (Phases.ON) {
                Phases.switchTo(Phase.EXIT);
            }
            // the go command stops at its own errors (imports it cannot find or may not use): the compiler never runs
            List<CheckError> refused = errors.stream().filter(CheckError::goCommand).toList();
            if (!refused.isEmpty()) {
                throw GoCompileException.loadError(formatErrors(refused));
            }
            String text = formatErrors(errors);
            // the first error in a file of sources (a standard package's or another file's errors have no Source here)
            CheckError first = Checker.sorted(errors).stream().filter(e -> e.pos() != null && sources.containsKey(e.file())).findFirst().orElse(null);
            throw first == null ? GoCompileException.compileErrors(headed(header, text))
                            : GoCompileException.compileErrors(headed(header, text), sources.get(first.file()), first.pos().line(), first.pos().col());
        }
        if (Phases.ON) {
            Phases.switchTo(Phase.BUILD);
        }
        PackageBuilder builder = new PackageBuilder(this, ctx, file, sources, loader.natives());
        GoPackage pkg = checker.pkg;
        // the checker has refused whatever the builder cannot build (Unbuildable is a bug of gosub)
        List<CallTarget> inits = new ArrayList<>(loader.inits());
        inits.add(builder.packageInit(pkg, checker.packageInfo()));
        if (!pkg.name.equals("main")) {
            return new LibraryRootNode(this, ctx, builder, pkg, inits).getCallTarget();
        }
        ctx.mainPackage = pkg;
        FuncEntity main = (FuncEntity) pkg.scope.lookupLocal("main");
        CallTarget mainTarget = builder.callTarget(main);
        return new ProgramRootNode(this, ctx, inits, mainTarget, file).getCallTarget();
    }

    /**
     * Loads the program that go run's arguments ARGS name (see {@link #RUN_MIME}): its main package from one file or
     * several, and the packages of its module it imports; then checks and builds them as {@link #compile} does.
     */
    private CallTarget compileRun(String args, GoContext ctx, boolean requireMain) {
        List<String> lines = new ArrayList<>();
        for (String line : args.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        GoRun.Target target;
        Map<String, PackageFiles> imported;
        if (Phases.ON) {
            Phases.switchTo(Phase.PARSE);
        }
        try {
            TruffleFile cwd = ctx.env.getCurrentWorkingDirectory();
            GoRun run = new GoRun(ctx.env::getPublicTruffleFile, cwd);
            target = run.resolve(lines);
            PackageFiles main = target.main();
            if (requireMain && !main.name().equals("main")) {
                throw GoCompileException.loadError("package " + main.importPath() + " is not a main package");
            }
            imported = ImportGraph.of(run, target);
        } catch (LoadError e) {
            if (e.foundByCompiler()) {
                throw GoCompileException.compileErrors(headed(e.compiledPackage(), formatErrors(parserErrors(null, e.parseErrors()))));
            }
            throw GoCompileException.loadError(e.getMessage());
        } catch (SecurityException e) {
            // the embedder gave the context no file access
            throw GoCompileException.loadError("gosub: cannot read the program's files: " + e.getMessage());
        }
        registerTracePaths(ctx, target.main());
        for (PackageFiles p : imported.values()) {
            registerTracePaths(ctx, p);
        }
        PackageFiles main = target.main();
        List<CheckError> errors = new ArrayList<>();
        ProgramLoader loader = new ProgramLoader(this, ctx, errors, imported);
        loader.parseAhead(main.files());
        String first = main.files().get(0).fileName();
        Checker checker = new Checker(first, main.name().equals("main") ? "main" : main.importPath(), main.name(),
                errors, loader, false);
        if (Phases.ON) {
            Phases.switchTo(Phase.CHECK);
        }
        checker.checkFiles(main.files());
        return build(first, ProgramLoader.sources(ctx, main), ctx, loader, checker, errors, main.importPath());
    }

    private static void registerTracePaths(GoContext ctx, PackageFiles p) {
        for (int i = 0; i < p.files().size(); i++) {
            ctx.tracePaths.put(p.files().get(i).fileName(), p.absolutePaths().get(i));
        }
    }

    /**
     * Compile errors as go run prints them: after a line {@code # IMPORT_PATH} naming the package they are in
     * ({@code command-line-arguments} for files named on the command line). No header when importPath is null.
     */
    static String headed(String importPath, String errors) {
        return importPath == null ? errors : "# " + importPath + "\n" + errors;
    }

    /**
     * ERRORS, in the order they were found, as Go's compiler prints them: sorted by place, and when there are
     * {@link Checker#MAX_ERRORS} of them, the first so many followed by "too many errors" at the place of the last
     * one found.
     */
    static String formatErrors(List<CheckError> errors) {
        List<CheckError> said = errors.size() > Checker.MAX_ERRORS ? errors.subList(0, Checker.MAX_ERRORS) : errors;
        StringBuilder sb = new StringBuilder();
        for (CheckError e : Checker.sorted(said)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(e);
        }
        if (said.size() >= Checker.MAX_ERRORS) {
            CheckError last = said.get(said.size() - 1);
            sb.append('\n').append(new CheckError(last.file(), last.pos(), "too many errors"));
        }
        return sb.toString();
    }

    /** The parser's errors as compile errors; FILE names those whose position has no file. */
    private static List<CheckError> parserErrors(String file, List<SourceFile.ParseError> errors) {
        List<CheckError> out = new ArrayList<>();
        for (SourceFile.ParseError e : errors) {
            out.add(new CheckError(e.pos().file() != null ? e.pos().file() : file, e.pos(), e.message()));
        }
        return out;
    }
}
