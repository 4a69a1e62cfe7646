package gosub.launcher.debug;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Go files of the program being debugged, as go run takes them (the .go files named, or those of a folder), for
 * placing breakpoints by FILE:LINE or by function name, naming files as Delve does ({@code ./prog.go} below the
 * working directory) and listing source lines.
 */
final class ProgramFiles {
    /** A function declaration: {@code func name(}, {@code func (r *T) name(}, generics allowed. */
    private static final Pattern FUNC = Pattern.compile("^func\\s*(?:\\(\\s*(?:\\w+\\s+)?(\\*?)\\s*(\\w+)\\s*(?:\\[[^\\]]*\\])?\\s*\\))?\\s*(\\w+)\\s*[\\[(]");

    /** Where a function starts: its file, the line of its func keyword, and its name as Go's tracebacks print it. */
    record Function(Path file, int line, String name) {
    }

    private final Path cwd = Path.of("").toAbsolutePath();
    private final List<Path> files = new ArrayList<>();

    ProgramFiles(List<String> packageArgs) {
        for (String a : packageArgs) {
            Path p = cwd.resolve(a).normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith("_") && !n.startsWith(".");
                    }).sorted().forEach(files::add);
                } catch (IOException e) {
                    // go run reports an unreadable folder itself
                }
            } else {
                files.add(p);
            }
        }
    }

    /** The program file name refers to: a path (relative to the working directory) or a file's base name. */
    Path find(String name) {
        Path p = cwd.resolve(name).normalize();
        if (files.contains(p)) {
            return p;
        }
        for (Path f : files) {
            if (f.getFileName().toString().equals(name) || f.toString().endsWith("/" + name)) {
                return f;
            }
        }
        return Files.isRegularFile(p) ? p : null;
    }

    /** The first file: a bare LINE is a line of it. */
    Path main() {
        return files.isEmpty() ? null : files.get(0);
    }

    /**
     * The function name denotes: {@code f}, {@code main.f}, {@code T.M}, {@code (*T).M}, {@code main.(*T).M}; null
     * when the program declares none such.
     */
    Function function(String name) {
        String n = name.startsWith("main.") ? name.substring(5) : name;
        for (Path f : files) {
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FUNC.matcher(lines.get(i));
                if (!m.find()) {
                    continue;
                }
                String recv = m.group(2);
                String fn = m.group(3);
                String goName;
                boolean matches;
                if (recv == null) {
                    goName = "main." + fn;
                    matches = n.equals(fn);
                } else {
                    boolean ptr = !m.group(1).isEmpty();
                    goName = ptr ? "main.(*" + recv + ")." + fn : "main." + recv + "." + fn;
                    matches = n.equals(recv + "." + fn) || n.equals("(*" + recv + ")." + fn) || n.equals("*" + recv + "." + fn);
                }
                if (matches) {
                    return new Function(f, i + 1, goName);
                }
            }
        }
        return null;
    }

    /** The lines of file (none if it cannot be read). */
    List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A file as Delve names it: {@code ./prog.go} below the working directory, else its absolute path. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(cwd)) {
            return "./" + cwd.relativize(abs);
        }
        return abs.toString();
    }

    /** The file of a source's URI (null for sources that are not files). */
    static Path fileOf(URI uri) {
        if (uri == null || !"file".equals(uri.getScheme())) {
            return null;
        }
        return Path.of(uri);
    }
}
