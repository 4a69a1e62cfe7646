package gosub.launcher;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.Language;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Runs one Go program in a fresh polyglot context and turns the outcome into an exit status. */
final class Runner {
    static final String LANGUAGE = "go";

    static final int EXIT_COMPILE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 3;

    /** What go run says about a file whose package is not main. */
    static final String NOT_MAIN = "package command-line-arguments is not a main package";

    private static final boolean DEBUG = "1".equals(System.getenv("GOSUB_DEBUG"));

    /** The program's stdout and stderr: buffered, flushed by {@link #exit}. */
    private static final OutputStream OUT = stream(FileDescriptor.out, 1 << 16);
    private static final OutputStream ERR = stream(FileDescriptor.err, 1 << 12);

    private Runner() {
    }

    /**
     * A buffered stream on a file descriptor. On a terminal every write is flushed at once (Go's os.Stdout is
     * unbuffered, and a person watching expects to see each line as it is printed); otherwise output is
     * flushed when the buffer fills and at exit.
     */
    private static OutputStream stream(FileDescriptor fd, int size) {
        OutputStream raw = new FileOutputStream(fd);
        if (System.console() != null && System.console().isTerminal()) {
            return new BufferedOutputStream(raw, size) {
                @Override
                public synchronized void write(byte[] b, int off, int len) throws IOException {
                    super.write(b, off, len);
                    flush();
                }

                @Override
                public synchronized void write(int b) throws IOException {
                    super.write(b);
                    if (b == '\n') {
                        flush();
                    }
                }
            };
        }
        return new BufferedOutputStream(raw, size);
    }

    /** Compiles and runs FILE; returns the exit status (see {@link Main}). */
    static int run(String file, List<String> args) {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            return fail("gosub: open " + file + ": no such file or directory", EXIT_COMPILE);
        }
        if (Files.isDirectory(path)) {
            return fail("gosub: read " + file + ": is a directory", EXIT_COMPILE);
        }
        if (!Files.isReadable(path)) {
            return fail("gosub: open " + file + ": permission denied", EXIT_COMPILE);
        }
        Source source;
        try {
            // the name is the path as the user gave it: compile errors start with it, as Go's do
            source = Source.newBuilder(LANGUAGE, new File(file)).name(file).build();
        } catch (IOException e) {
            return fail("gosub: read " + file + ": " + e.getMessage(), EXIT_COMPILE);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return internalError(e);
        }
        // os.Args: the program's name first, as Go does
        List<String> osArgs = new ArrayList<>(args.size() + 1);
        osArgs.add(file);
        osArgs.addAll(args);
        Context context;
        try {
            context = Context.newBuilder(LANGUAGE)
                    .in(System.in)
                    .out(OUT)
                    .err(ERR)
                    .arguments(LANGUAGE, osArgs.toArray(new String[0]))
                    .allowCreateThread(true)
                    .allowExperimentalOptions(true)
                    .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                    .allowAllAccess(true)
                    .build();
        } catch (IllegalArgumentException e) {
            // e.g. "A language with id 'go' is not installed"
            return fail("gosub: cannot start the Go language: " + e.getMessage(), EXIT_INTERNAL, e);
        } catch (RuntimeException e) {
            return internalError(e);
        }
        // No context.close(): like a Go process, the program ends when main returns, even with goroutines
        // still blocked (closing would wait for or cancel them). exit() halts the JVM.
        try {
            Value result = context.eval(source);
            if (result.fitsInInt()) {
                return result.asInt();
            }
            if (result.hasMembers()) {
                // a package other than main evaluates to its exported functions (for embedders); go run refuses it
                return fail(NOT_MAIN, EXIT_COMPILE);
            }
            return fail("gosub: internal error: main returned " + result + " instead of an exit status",
                    EXIT_INTERNAL);
        } catch (PolyglotException e) {
            return polyglotError(e);
        } catch (RuntimeException | Error e) {
            return internalError(e);
        }
    }

    private static int polyglotError(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInternalError() || e.isHostException()) {
            return internalError(e);
        }
        if (e.isResourceExhausted()) {
            return fail("fatal error: " + e.getMessage(), 2, e);
        }
        if (e.isCancelled() || e.isInterrupted()) {
            return fail("gosub: " + e.getMessage(), 2, e);
        }
        // a compile error: the message is the Go-style error lines FILE:LINE:COL: message
        String msg = e.getMessage();
        return fail(msg == null ? "gosub: compile error" : stripTrailingNewline(msg), EXIT_COMPILE, e);
    }

    private static String stripTrailingNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** A failure of gosub itself: a short message, the Java trace only with GOSUB_DEBUG=1. */
    static int internalError(Throwable e) {
        String what = e.getMessage() == null ? e.getClass().getName()
                : e instanceof PolyglotException ? e.getMessage() // already names the Java exception
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        String hint = DEBUG ? "" : "\n(set GOSUB_DEBUG=1 to see the Java stack trace)";
        return fail("gosub: internal error: " + what + hint, EXIT_INTERNAL, e);
    }

    private static int fail(String message, int status) {
        return fail(message, status, null);
    }

    private static int fail(String message, int status, Throwable cause) {
        flushQuietly(OUT);
        PrintStream err = new PrintStream(ERR, false, StandardCharsets.UTF_8);
        err.println(message);
        if (DEBUG && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /** Flushes the program's output and ends the process with STATUS. */
    static void exit(int status) {
        flushQuietly(OUT);
        flushQuietly(ERR);
        System.out.flush();
        System.err.flush();
        // halt, not exit: goroutines may still be blocked or running (Go ends them with main), and the
        // polyglot shutdown hook would try to close their context first.
        Runtime.getRuntime().halt(status);
    }

    private static void flushQuietly(OutputStream s) {
        try {
            s.flush();
        } catch (IOException ignored) {
            // stdout closed (e.g. a pipe whose reader went away): nothing left to do
        }
    }

    /** e.g. {@code gosub version 0.1.0 (language Go 0.1.0; Truffle runtime: GraalVM CE (JIT); Java 25.0.3+9-LTS)} */
    static String versionLine() {
        String version = Main.class.getPackage().getImplementationVersion();
        StringBuilder sb = new StringBuilder("gosub version ").append(version == null ? "dev" : version);
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            Language go = engine.getLanguages().get(LANGUAGE);
            sb.append(" (language ").append(go == null ? "go NOT FOUND" : go.getName() + " " + go.getVersion());
            String runtime = engine.getImplementationName();
            sb.append("; Truffle runtime: ")
                    .append("Interpreted".equals(runtime) ? "interpreter only" : runtime + " (JIT)");
        } catch (RuntimeException e) {
            sb.append(" (Truffle engine failed: ").append(e.getMessage());
        }
        sb.append("; Java ").append(System.getProperty("java.runtime.version")).append(')');
        return sb.toString();
    }
}
