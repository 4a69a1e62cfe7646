package gosub.language.load;

import gosub.ast.SourceFile;
import gosub.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The standard packages' Go sources (resources under gosub/stdlib) and their syntax trees, parsed at most once in a
 * JVM and shared by every engine and context in it.
 *
 * <p>Sharing is safe because this is not state of a run: the sources are fixed resources of the jar, and a tree never
 * changes once parsed (the function bodies left for later are parsed once, under their own lock: see
 * {@link Parser#parseDeferringBodies}). Parsing is a large part of a small program's start, so it runs ahead on a
 * thread of its own, depth first in import order (the order the checker loads packages in): the launcher starts it
 * for fmt before the engine starts, the language for a program's imports once they are known; a package the checker
 * needs before that thread got to it is parsed by the checker's thread itself.
 */
public final class StandardSources {

    /** A standard package's source text and its syntax tree. */
    public record Parsed(String text, SourceFile syntax) {
    }

    private static final Map<String, FutureTask<Parsed>> PARSES = new ConcurrentHashMap<>();

    private StandardSources() {
    }

    /** The name a standard package's file has in messages and tracebacks, as Go names it. */
    public static String fileName(String path) {
        return "$GOROOT/src/" + path + ".go";
    }

    /**
     * Starts parsing the standard packages PATHS, and the ones those import, on a thread of its own. Paths that are
     * not standard packages are passed over (the checker reports them).
     */
    public static void parseAhead(List<String> paths) {
        if (paths.isEmpty() || paths.stream().allMatch(p -> PARSES.containsKey(p) && PARSES.get(p).isDone())) {
            return;
        }
        Set<String> seen = new HashSet<>();
        // the parser recurses once per level of nesting: room for it, as DeepStack gives the program's parse
        Thread t = new Thread(null, () -> {
            try {
                for (String p : paths) {
                    parseAhead(p, seen);
                }
            } catch (RuntimeException e) {
                // a standard package that does not parse: the checker's thread meets the same failure and reports it
            }
        }, "gosub standard package parser", 64L << 20);
        t.setDaemon(true);
        t.start();
    }

    private static void parseAhead(String path, Set<String> seen) {
        if (!seen.add(path)) {
            return;
        }
        Parsed parsed = get(path);
        if (parsed != null) {
            for (SourceFile.ImportSpec imp : parsed.syntax().imports()) {
                parseAhead(imp.path(), seen);
            }
        }
    }

    /** The standard package PATH parsed, by this thread or by the one that got there first; null if there is none. */
    public static Parsed get(String path) {
        FutureTask<Parsed> task = PARSES.computeIfAbsent(path, p -> new FutureTask<>(() -> {
            String text = resource(p);
            return text == null ? null : new Parsed(text, Parser.parseDeferringBodies(fileName(p), text));
        }));
        task.run(); // does nothing when another thread has run it or is running it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing standard package " + path);
        } catch (ExecutionException e) {
            throw new IllegalStateException("standard package " + path + ": " + e.getCause(), e.getCause());
        }
    }

    private static String resource(String path) {
        try (InputStream in = StandardSources.class.getResourceAsStream("/gosub/stdlib/" + path + ".go")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
