package gosub.language;

import com.oracle.truffle.api.CallTarget;
import gosub.ast.SourceFile;
import gosub.language.check.CheckError;
import gosub.language.check.Checker;
import gosub.language.check.GoPackage;
import gosub.language.check.PackageLoader;
import gosub.language.load.PackageFiles;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.stdlib.StdlibNatives;
import gosub.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    @Override
    public GoPackage load(String path) {
        if (loaded.containsKey(path)) {
            return loaded.get(path);
        }
        PackageFiles own = modulePackages.get(path);
        if (own != null) {
            return loadOwn(own);
        }
        String text = resource(path);
        if (text == null) {
            loaded.put(path, null);
            return null;
        }
        String file = "$GOROOT/src/" + path + ".go";
        try {
            SourceFile sf = Parser.parse(file, text);
            Checker ck = new Checker(file, path, sf.packageName(), errors, this, true);
            ck.checkFile(sf);
            ck.pkg.partial = text.startsWith("//gosub:partial\n");
            loaded.put(path, ck.pkg);
            NodeBuilder b = new NodeBuilder(language, context, file, natives);
            inits.add(b.packageInit(ck.pkg, ck.packageInfo()));
            return ck.pkg;
        } catch (gosub.parser.SyntaxError e) {
            throw new IllegalStateException("standard package " + path + ": " + e);
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
            throw new GoCompileException(GoLanguage.formatErrors(errors));
        }
        NodeBuilder b = new NodeBuilder(language, context, first, natives);
        inits.add(b.packageInit(ck.pkg, ck.packageInfo()));
        return ck.pkg;
    }

    private static String resource(String path) {
        try (InputStream in = ProgramLoader.class.getResourceAsStream("/gosub/stdlib/" + path + ".go")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
