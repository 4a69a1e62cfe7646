/**
 * The {@code gosub} command: {@link gosub.launcher.Main} reads the command line (picocli) and
 * {@code Runner} runs one program in a fresh polyglot context, then turns the outcome into the exit status
 * {@code go run} would give (the program's own, 1 for compile errors, 2 for usage errors and unrecovered panics,
 * 3 for an internal error of gosub).
 * <p>
 * Rules: the launcher speaks to the language only through the GraalVM polyglot API (language {@code go}, its
 * options, its source types); the language module is a runtime dependency, never compiled against. It owns the
 * process: it hands the language the process's unbuffered standard streams and, with option {@code go.Signals},
 * its signals. A Java stack trace reaches the user only with {@code GOSUB_DEBUG=1}.
 */
package gosub.launcher;
