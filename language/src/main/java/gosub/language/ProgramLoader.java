package gosub.language;

import gosub.language.build.PackageBuilder;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleFile;
import gosub.ast.SourceFile;
import gosub.language.check.CheckError;
import gosub.language.check.Checker;
import gosub.language.check.FuncEntity;
import gosub.language.check.GoPackage;
import gosub.language.check.PackageLoader;
import gosub.language.check.TypeEntity;
import gosub.language.check.UnsafeBuiltins;
import gosub.language.load.PackageFiles;
import gosub.language.load.StandardSources;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.stdlib.StdlibNatives;
import gosub.language.types.InterfaceType;
import gosub.runtime.timing.Phases;
import gosub.runtime.timing.Phases.Phase;
import com.oracle.truffle.api.source.Source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the packages a program imports, each once, and builds their initialisation in the order Go runs it (a
 * package after the packages it imports): the standard packages gosub provides, Go source under
 * resources/gosub/stdlib whose body-less functions are implemented in Java and registered in {@link Natives}, and
 * the packages of the program's own module, found beforehand by {@link gosub.language.load.ImportGraph}. Both kinds
 * are checked and built by the same checker and node builder as the main package.
 */
final class ProgramLoader implements PackageLoader {
    private final GoLanguage language;
    private final GoContext context;
    private final List<CheckError> errors;
    private final Map<String, GoPackage> loaded = new HashMap<>();
    private final List<CallTarget> inits = new ArrayList<>();
    private final Natives natives = new Natives();
    /** The module's packages the program imports, by import path (none for a program of one source). */
    private final Map<String, PackageFiles> modulePackages;

    ProgramLoader(GoLanguage language, GoContext context, List<CheckError> errors) {
        this(language, context, errors, Map.of());
    }

    ProgramLoader(GoLanguage language, GoContext context, List<CheckError> errors, Map<String, PackageFiles> modulePackages) {
        this.language = language;
        this.context = context;
        this.errors = errors;
        this.modulePackages = modulePackages;
        StdlibNatives.registerAll(natives, context);
        natives.register("os.writeFd", (JavaNative) (g, p) -> {
            String s = (String) p[1];
            context.write((int) (long) (Long) p[0], s);
            return (long) s.length();
        });
    }

    Natives natives() {
        return natives;
    }

    List<CallTarget> inits() {
        return inits;
    }

    /**
     * Starts parsing the standard packages FILES import, and the ones those import in turn, ahead of the checker
     * ({@link StandardSources#parseAhead}).
     */
    void parseAhead(List<SourceFile> files) {
        List<String> paths = new ArrayList<>();
        for (SourceFile sf : files) {
            for (SourceFile.ImportSpec imp : sf.imports()) {
                if (!modulePackages.containsKey(imp.path())) {
                    paths.add(imp.path());
                }
            }
        }
        StandardSources.parseAhead(paths);
    }

    @Override
    public GoPackage load(String path) {
        if (loaded.containsKey(path)) {
            return loaded.get(path);
        }
        PackageFiles own = modulePackages.get(path);
        if (own != null) {
            return loadOwn(own);
        }
        if (path.equals("unsafe")) {
            GoPackage unsafe = UnsafeBuiltins.newPackage();
            loaded.put(path, unsafe);
            return unsafe;
        }
        String file = StandardSources.fileName(path);
        Phase outer = Phases.ON ? Phases.switchTo(Phase.STD_PARSE) : null;
        try {
            StandardSources.Parsed parsed = StandardSources.get(path);
            if (parsed == null) {
                loaded.put(path, null);
                return null;
            }
            String text = parsed.text();
            SourceFile sf = parsed.syntax();
            Checker ck = new Checker(file, path, sf.packageName(), errors, this, true);
            if (Phases.ON) {
                Phases.switchTo(Phase.STD_CHECK);
            }
            ck.checkFile(sf);
            if (context.env.getOptions().get(GoOptions.CheckStandardBodies)) {
                ck.checkPendingBodies();
            }
            if (Phases.ON) {
                Phases.switchTo(Phase.STD_BUILD);
            }
            ck.pkg.partial = text.startsWith("//gosub:partial\n");
            loaded.put(path, ck.pkg);
            if (path.equals("polyglot") && ck.pkg.scope.lookupLocal("Value") instanceof gosub.language.check.TypeEntity te) {
                context.foreignValueTypes.add(te.type);
            }
            // internal: tools show the standard packages' code only when asked to
            Source source = Source.newBuilder(GoLanguage.ID, text, file).internal(true).build();
            PackageBuilder b = new PackageBuilder(language, context, file, source, natives);
            if (path.equals("fmt") && ck.pkg.scope.lookupLocal("Formatter") instanceof TypeEntity formatter
                            && ck.pkg.scope.lookupLocal("callFormat") instanceof FuncEntity callFormat) {
                // what the fmt engine needs to call Format methods (GoMethodInvoker)
                context.fmtFormatters.add((InterfaceType) formatter.type.underlying(), () -> b.callTarget(callFormat));
            }
            inits.add(b.packageInit(ck.pkg, ck.packageInfo()));
            return ck.pkg;
        } finally {
            if (Phases.ON) {
                Phases.switchTo(outer);
            }
        }
    }

    /**
     * Checks and builds a package of the program's module. Like the go command, which compiles no package whose
     * imports failed to compile, the program stops at the first such package with errors.
     */
    private GoPackage loadOwn(PackageFiles p) {
        List<SourceFile> files = p.files();
        String first = files.get(0).fileName();
        Checker ck = new Checker(first, p.importPath(), p.name(), errors, this, false);
        loaded.put(p.importPath(), ck.pkg); // an import cycle is refused before checking starts
        ck.checkFiles(files);
        if (!errors.isEmpty()) {
            throw GoCompileException.compileErrors(GoLanguage.headed(p.importPath(), GoLanguage.formatErrors(errors)));
        }
        PackageBuilder b = new PackageBuilder(language, context, first, sources(context, p), natives);
        inits.add(b.packageInit(ck.pkg, ck.packageInfo()));
        return ck.pkg;
    }

    /**
     * The Truffle sources of a package's files, keyed by the name compile errors give them, so that tools (the
     * debugger, coverage) see each node in its own file. A file that cannot be read again is left out: its nodes
     * then carry no source section, which costs tools a location but never the program its run.
     */
    static Map<String, Source> sources(GoContext context, PackageFiles p) {
        Map<String, Source> sources = new HashMap<>();
        for (int i = 0; i < p.files().size(); i++) {
            try {
                TruffleFile f = context.env.getPublicTruffleFile(p.absolutePaths().get(i));
                sources.put(p.files().get(i).fileName(), Source.newBuilder(GoLanguage.ID, f).build());
            } catch (IOException | SecurityException e) {
                // see above
            }
        }
        return sources;
    }
}
