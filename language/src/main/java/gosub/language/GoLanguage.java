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

import java.util.ArrayList;
import java.util.List;
import org.graalvm.options.OptionDescriptors;

/** The Truffle language "go": parse, type-check, build nodes, and run main as goroutine 1. */
@TruffleLanguage.Registration(id = GoLanguage.ID, name = "Go", version = "0.1.0", defaultMimeType = GoLanguage.MIME, characterMimeTypes = GoLanguage.MIME,
                contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, fileTypeDetectors = {})
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class, StandardTags.CallTag.class})
public final class GoLanguage extends TruffleLanguage<GoContext> {
    public static final String ID = "go";
    public static final String MIME = "text/x-go";

    static final ContextReference<GoContext> CONTEXT_REF = ContextReference.create(GoLanguage.class);

    /** Go's words for a file given to {@code go run} whose package clause does not say main. */
    static final String NOT_MAIN = "package command-line-arguments is not a main package";

    @Override
    protected GoContext createContext(Env env) {
        return new GoContext(this, env);
    }

    @Override
    protected void disposeContext(GoContext context) {
        context.files.closeAll();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new GoOptionsOptionDescriptors();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        // compile errors name the file as the user gave it (like go run); stack traces use the full path (like Go)
        String file = source.getName() != null ? source.getName() : source.getPath();
        String text = source.getCharacters().toString();
        // Looked up here: the compiler runs on a plain thread with no context entered, so nothing it does may
        // need one (creating root nodes and call targets does not).
        GoContext ctx = CONTEXT_REF.get(null);
        boolean requireMain = ctx.env.getOptions().get(GoOptions.RequireMain);
        try {
            return DeepStack.call("gosub compiler", () -> compile(source, file, text, ctx, requireMain));
        } catch (StackOverflowError e) {
            throw new GoCompileException(file + ": program too deeply nested to compile (stack overflow)");
        }
    }

    /**
     * Parses, checks and builds FILE with the standard packages it imports. Each step recurses once per level of
     * nesting, so this runs on a {@link DeepStack} thread, which copes with deeper nesting than Go's compiler.
     */
    private CallTarget compile(Source source, String file, String text, GoContext ctx, boolean requireMain) {
        SourceFile sf;
        try {
            sf = Parser.parse(file, text);
        } catch (SyntaxError e) {
            throw new GoCompileException(e.toString());
        }
        if (requireMain && !sf.packageName().equals("main")) {
            // go run looks at the package clause before it type-checks anything
            throw new GoCompileException(NOT_MAIN);
        }
        List<CheckError> errors = new ArrayList<>();
        StdlibLoader loader = new StdlibLoader(this, ctx, errors);
        Checker checker = new Checker(file, sf.packageName(), sf.packageName(), errors, loader, false);
        checker.checkFile(sf);
        if (!errors.isEmpty()) {
            throw new GoCompileException(formatErrors(errors));
        }
        PackageBuilder builder = new PackageBuilder(this, ctx, file, source, loader.natives());
        GoPackage pkg = checker.pkg;
        // the checker has refused whatever the builder cannot build (Unbuildable is a bug of gosub)
        List<CallTarget> inits = new ArrayList<>(loader.inits());
        inits.add(builder.packageInit(pkg, checker.packageInfo()));
        if (!pkg.name.equals("main")) {
            return new LibraryRootNode(this, ctx, builder, pkg, inits).getCallTarget();
        }
        FuncEntity main = (FuncEntity) pkg.scope.lookupLocal("main");
        CallTarget mainTarget = builder.callTarget(main);
        return new ProgramRootNode(this, ctx, inits, mainTarget, file).getCallTarget();
    }

    static String formatErrors(List<CheckError> errors) {
        StringBuilder sb = new StringBuilder();
        for (CheckError e : errors) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(e);
        }
        if (errors.size() >= Checker.MAX_ERRORS) {
            // Go puts it at the last error it reports
            CheckError last = errors.get(errors.size() - 1);
            sb.append('\n').append(new CheckError(last.file(), last.pos(), "too many errors"));
        }
        return sb.toString();
    }
}
