package gosub.language.traceback;

import java.util.regex.Pattern;

/**
 * One frame of a goroutine's stack as a traceback shows it: the Go function ({@code main.worker},
 * {@code main.(*T).Run}, {@code main.main.func1}) and the line it is at, in {@code file} (an absolute path, as a Go
 * binary prints it, or {@code $GOROOT/src/...} for the standard packages' Go source; with fileFromDirective, the
 * name a line directive gave, as it wrote it).
 */
public record StackFrame(String function, String file, int line, boolean fileFromDirective) {

    /** A frame in its function's own file. */
    public StackFrame(String function, String file, int line) {
        this(function, file, line, false);
    }

    /**
     * Whether a traceback shows this frame: Go's leaves out the runtime's unexported functions (runtime.doInit
     * under init functions), which runtime.Caller and Callers still see.
     */
    public boolean shownInTraceback() {
        return !(function.startsWith("runtime.") && function.length() > 8 && Character.isLowerCase(function.charAt(8)));
    }

    /**
     * What a traceback prints after the function's name. Go prints the frame's argument words, or {@code (...)} for a
     * call its compiler inlined; gosub keeps no argument words, so a frame shows {@code (...)}, except a function that
     * takes nothing and that Go never inlines (main.main, an init function), which Go shows as {@code ()}.
     */
    public String arguments() {
        return argumentsOf(function);
    }

    /** pkg.init.N, the name FuncEntity gives a package's Nth init function. */
    private static final Pattern INIT_FUNCTION = Pattern.compile(".*\\.init\\.[0-9]+");

    /** {@link #arguments()} of a frame of function. */
    public static String argumentsOf(String function) {
        return function.equals("main.main") || INIT_FUNCTION.matcher(function).matches() ? "()" : "(...)";
    }

    /** {@code FILE:LINE}, the second line of a frame in Go's traceback (without the leading tab). */
    public String position() {
        return file + ":" + line;
    }
}
