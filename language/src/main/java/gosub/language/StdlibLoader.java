package gosub.language;

import gosub.language.build.PackageBuilder;
import com.oracle.truffle.api.CallTarget;
import gosub.ast.SourceFile;
import gosub.language.check.CheckError;
import gosub.language.check.Checker;
import gosub.language.check.GoPackage;
import gosub.language.check.PackageLoader;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.stdlib.StdlibNatives;
import gosub.parser.Parser;
import com.oracle.truffle.api.source.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the standard packages gosub provides. Each is Go source under resources/gosub/stdlib, checked like user
 * code; body-less functions in it are implemented in Java and registered in {@link Natives}.
 */
final class StdlibLoader implements PackageLoader {
    private final GoLanguage language;
    private final GoContext context;
    private final List<CheckError> errors;
    private final Map<String, GoPackage> loaded = new HashMap<>();
    private final List<CallTarget> inits = new ArrayList<>();
    private final Natives natives = new Natives();

    StdlibLoader(GoLanguage language, GoContext context, List<CheckError> errors) {
        this.language = language;
        this.context = context;
        this.errors = errors;
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
            // internal: tools show the standard packages' code only when asked to
            Source source = Source.newBuilder(GoLanguage.ID, text, file).internal(true).build();
            PackageBuilder b = new PackageBuilder(language, context, file, source, natives);
            inits.add(b.packageInit(ck.pkg, ck.packageInfo()));
            return ck.pkg;
        } catch (gosub.parser.SyntaxError e) {
            throw new IllegalStateException("standard package " + path + ": " + e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = StdlibLoader.class.getResourceAsStream("/gosub/stdlib/" + path + ".go")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
