package gosub.launcher;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
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

    private static final boolean DEBUG = "1".equals(System.getenv("GOSUB_DEBUG"));

    /**
     * The program's stdout and stderr: the process's descriptors, unbuffered. Go's os.Stdout is unbuffered, so
     * each print of the program is one write(2) that has reached the pipe or file when the call returns; the
     * language flushes after every write and keeps no buffer of its own (see GoContext.write).
     */
    private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final OutputStream ERR = new FileOutputStream(FileDescriptor.err);

    private Runner() {
    }

    /** Compiles and runs FILE; returns the exit status (see {@link Main}). */
    static int run(String file, List<String> args) {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            return fail("stat " + file + ": no such file or directory", EXIT_COMPILE); // go run's words
        }
        if (Files.isDirectory(path)) {
            // go run builds the package in a directory; gosub runs one file so far
            return fail("gosub: " + file + " is a directory: packages of several files are not supported yet;"
                    + " give one .go file", EXIT_COMPILE);
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
        // os.Args: the program's name first, as Go does. go run names the binary it builds after the file
        // (/tmp/go-build…/exe/prog for prog.go), and a program prints that name in messages such as flag's
        // "Usage of prog:"; gosub builds no binary, so it gives the name without the temporary directory.
        List<String> osArgs = new ArrayList<>(args.size() + 1);
        osArgs.add(programName(path));
        osArgs.addAll(args);
        Context context;
        try {
            context = Context.newBuilder(LANGUAGE)
                    // fd 0 itself, not System.in: its buffer would read ahead of what the program asks for and take
                    // input that belongs to whatever reads the same descriptor after the program
                    .in(new FileInputStream(FileDescriptor.in))
                    .out(OUT)
                    .err(ERR)
                    .arguments(LANGUAGE, osArgs.toArray(new String[0]))
                    .allowCreateThread(true)
                    .allowExperimentalOptions(true)
                    .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                    .allowAllAccess(true)
                    // a package other than main is an error here, as in go run (embedders get a package object)
                    .option("go.RequireMain", "true")
                    // the process is the Go program's: its signals behave as a Go binary's (see GoOptions)
                    .option("go.Signals", "true")
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
            return fail("gosub: internal error: main returned " + result + " instead of an exit status",
                    EXIT_INTERNAL);
        } catch (PolyglotException e) {
            return polyglotError(e);
        } catch (RuntimeException | Error e) {
            return internalError(e);
        }
    }

    /** The name go build gives the binary of a one-file program: the file's name without its .go. */
    static String programName(Path file) {
        Path base = file.getFileName();
        String name = base == null ? file.toString() : base.toString();
        return name.endsWith(".go") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
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
        PrintStream err = new PrintStream(ERR, false, StandardCharsets.UTF_8);
        err.println(message);
        if (DEBUG && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /** Ends the process with STATUS (the program's output is written already). */
    static void exit(int status) {
        System.out.flush();
        System.err.flush();
        // halt, not exit: goroutines may still be blocked or running (Go ends them with main), and the
        // polyglot shutdown hook would try to close their context first.
        Runtime.getRuntime().halt(status);
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
