package gosub.language.load;

import com.oracle.truffle.api.TruffleFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The main module: the folder holding a {@code go.mod} and the module path it declares. Its packages are the folders
 * below it, imported as the module path followed by their path inside it. Only the {@code module} and
 * {@code require} directives matter here: required modules are never fetched, so importing one is refused by name.
 */
public record Module(String path, TruffleFile root, List<String> requires) {

    /** The module whose go.mod is in DIR or the nearest folder above it; null when there is none. */
    public static Module enclosing(TruffleFile dir) {
        for (TruffleFile d = dir.getAbsoluteFile().normalize(); d != null; d = d.getParent()) {
            TruffleFile mod = d.resolve("go.mod");
            if (mod.isRegularFile()) {
                return read(d, mod);
            }
        }
        return null;
    }

    private static Module read(TruffleFile root, TruffleFile mod) {
        String text;
        try {
            text = new String(mod.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            throw new LoadError("go: reading " + mod.getPath() + ": " + e.getMessage());
        }
        String path = null;
        List<String> requires = new ArrayList<>();
        boolean inRequireBlock = false;
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw;
            int comment = line.indexOf("//");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (inRequireBlock) {
                if (line.equals(")")) {
                    inRequireBlock = false;
                } else {
                    requires.add(unquote(line.split("\\s+")[0]));
                }
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "module" -> {
                    if (words.length != 2) {
                        throw new LoadError("go: errors parsing go.mod:\n" + mod.getPath() + ":" + lineNo
                                + ": usage: module module/path");
                    }
                    path = unquote(words[1]);
                }
                case "require" -> {
                    if (words.length >= 2 && words[1].equals("(")) {
                        inRequireBlock = true;
                    } else if (words.length >= 2) {
                        requires.add(unquote(words[1]));
                    }
                }
                default -> {
                    // go, toolchain, replace, exclude, retract: nothing to do for a module whose packages are all here
                }
            }
        }
        if (path == null) {
            throw new LoadError("go: error reading " + mod.getPath() + ": missing module declaration."
                    + " To specify the module path:\n\tgo mod edit -module=example.com/mod");
        }
        return new Module(path, root, List.copyOf(requires));
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** Whether import path P names a package of this module. */
    public boolean contains(String p) {
        return p.equals(path) || p.startsWith(path + "/");
    }

    /** The folder of this module's package P (which {@link #contains} it). */
    public TruffleFile folderOf(String p) {
        return p.equals(path) ? root : root.resolve(p.substring(path.length() + 1));
    }

    /** The import path of folder DIR inside the module, or null when DIR is not inside it. */
    public String importPathOf(TruffleFile dir) {
        String rootPath = root.getPath();
        String d = dir.getAbsoluteFile().normalize().getPath();
        if (d.equals(rootPath)) {
            return path;
        }
        String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
        return d.startsWith(prefix) ? path + "/" + d.substring(prefix.length()) : null;
    }

    /** The required module that would provide package P, or null. */
    public String requiredModuleOf(String p) {
        for (String r : requires) {
            if (p.equals(r) || p.startsWith(r + "/")) {
                return r;
            }
        }
        return null;
    }
}
