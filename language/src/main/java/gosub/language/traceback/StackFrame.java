package gosub.language.traceback;

/**
 * One frame of a goroutine's stack as a traceback shows it: the Go function ({@code main.worker},
 * {@code main.(*T).Run}, {@code main.main.func1}) and the line it is at, in {@code file} (an absolute path, as a Go
 * binary prints it, or {@code $GOROOT/src/...} for the standard packages' Go source).
 */
public record StackFrame(String function, String file, int line) {

    /** {@code FILE:LINE}, the second line of a frame in Go's traceback (without the leading tab). */
    public String position() {
        return file + ":" + line;
    }
}
