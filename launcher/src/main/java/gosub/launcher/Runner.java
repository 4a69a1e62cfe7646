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
import java.util.Map;

import gosub.language.load.StandardSources;
import gosub.runtime.timing.Phases;
import gosub.runtime.timing.Phases.Phase;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.Language;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Runs one Go program in a fresh polyglot context and turns the outcome into an exit status. */
public final class Runner {
    static final String LANGUAGE = "go";
    /** The language's source type for go run's arguments (GoLanguage.RUN_MIME). */
    static final String RUN_MIME = "text/x-go-run";

    /** go run's status when the compiler rejects the program (syntax and type errors). */
    static final int EXIT_COMPILE = 2;
    /** go run's status when it refuses the program before compiling (not a main package, a file it cannot read). */
    static final int EXIT_LOAD = 1;
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

    /**
     * Compiles and runs the program COMMAND_LINE names, as go run takes it: the leading arguments that end in
     * {@code .go} are the files of the main package (or else the first argument is a package, e.g. a folder such as
     * {@code .}), and the rest are the program's arguments. Returns the exit status (see {@link Main}).
     */
    static int run(List<String> commandLine) {
        return run(commandLine, Map.of());
    }

    /**
     * {@link #run(List)} with polyglot OPTIONS (tools such as {@code inspect} or {@code cpusampler}, see {@link
     * ToolOptions}). With options the context is closed when the program ends, so that every tool reports.
     */
    static int run(List<String> commandLine, Map<String, String> options) {
        return run(commandLine, options, 1);
    }

    /** {@link #run(List, Map)} REPEAT times in one context (see {@link #run(List, List, Map, int)}). */
    static int run(List<String> commandLine, Map<String, String> options, int repeat) {
        int files = 0;
        while (files < commandLine.size() && commandLine.get(files).endsWith(".go")) {
            files++;
        }
        if (files == 0) {
            files = 1; // a package: a folder or an import path
        }
        return run(commandLine.subList(0, files), commandLine.subList(files, commandLine.size()), options, repeat);
    }

    /** Compiles and runs the package PACKAGE_ARGS name with the program arguments ARGS and polyglot OPTIONS. */
    static int run(List<String> packageArgs, List<String> args, Map<String, String> options) {
        return run(packageArgs, args, options, 1);
    }

    /**
     * {@link #run(List, List, Map)}, running the program REPEAT times in the one context while it exits with
     * status 0 (gosub run --repeat, for bench/peak.sh): each run initialises every package again and then calls
     * main, on a new scheduler, with the code compiled so far. The time of each run goes to stderr.
     */
    static int run(List<String> packageArgs, List<String> args, Map<String, String> options, int repeat) {
        // Nearly every program imports fmt, and through it ten thousand lines of standard Go (os, io, time, math,
        // strconv, ...): their parse starts now, on a thread of its own, while the engine starts on this one. A
        // program without fmt costs that thread's work, never its own time.
        StandardSources.parseAhead(List.of("fmt"));
        // A signal before main (compiling takes a second or two; a tool may hold the process up, as the inspector
        // waiting for a debugger) ends the process at once, as it would a Go binary at its start. The program's
        // listener takes over when main starts (ProcessSignals.listen); with tools, a closing one after it ends.
        SignalsOutsideTheProgram early = SignalsOutsideTheProgram.take();
        Source source;
        try {
            source = programSource(packageArgs);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return internalError(e);
        }
        // options of tools (not the language's own go.* ones) make the context close when the program ends
        boolean tools = options.keySet().stream().anyMatch(k -> !k.startsWith("go."));
        Context context;
        try {
            Context.Builder builder = contextBuilder(packageArgs, args);
            if (onePerThread(options) && System.getenv("GOMAXPROCS") == null) {
                builder.environment("GOMAXPROCS", "1");
            }
            context = builder
                    // fd 0 itself, not System.in: its buffer would read ahead of what the program asks for and take
                    // input that belongs to whatever reads the same descriptor after the program
                    .in(new FileInputStream(FileDescriptor.in))
                    // the process is the Go program's: its signals behave as a Go binary's (see GoOptions)
                    .option("go.Signals", "true")
                    // and its standard streams: a command the program runs with os.Stdout writes to fd 1 itself
                    .option("go.InheritStdio", "true")
                    .options(options)
                    .build();
        } catch (IllegalArgumentException e) {
            String refusal = tools ? ToolOptionProblems.refusal(options, e) : null;
            if (refusal != null) {
                return fail("gosub run: " + refusal + "\nRun 'gosub run --help' for usage.", EXIT_USAGE, e);
            }
            // e.g. "A language with id 'go' is not installed"
            return fail("gosub: cannot start the Go language: " + e.getMessage(), EXIT_INTERNAL, e);
        } catch (RuntimeException e) {
            return internalError(e);
        }
        if (tools) {
            for (String warning : ToolOptionProblems.unusedToolOptions(context.getEngine(), options)) {
                fail(warning, 0);
            }
        }
        // Without tools, no context.close(): like a Go process, the program ends when main returns, even with
        // goroutines still blocked, and exit() halts the JVM. Tools report when their engine closes, so with tools
        // the context is closed first; by then the scheduler has stopped every M (Scheduler.runMain).
        int status = 0;
        for (int iteration = 1; iteration <= repeat && status == 0; iteration++) {
            long start = System.nanoTime();
            status = evalProgram(context, source);
            if (repeat > 1) {
                // after the run's own output, as one line: bench/peak.sh reads it
                fail(String.format(java.util.Locale.ROOT, "gosub: iteration %d: %.3f s", iteration,
                        (System.nanoTime() - start) / 1e9), status);
            }
        }
        if (tools) {
            early.close();
            closeForTools(context);
        }
        return status;
    }

    /** Runs the program once in CONTEXT (compiling it the first time) and returns its exit status. */
    private static int evalProgram(Context context, Source source) {
        try {
            Value result = context.eval(source);
            if (Phases.ON) {
                Phases.switchTo(Phase.EXIT);
            }
            if (result.fitsInInt()) {
                return result.asInt();
            }
            return fail("gosub: internal error: main returned " + result + " instead of an exit status", EXIT_INTERNAL);
        } catch (PolyglotException e) {
            return polyglotError(e);
        } catch (RuntimeException | Error e) {
            return internalError(e);
        }
    }

    /**
     * Closes the context so that each tool prints its report (the CPU sampler's histogram, the inspector's
     * goodbye). The program has ended; a tool may still wait (the inspector for its debugger to disconnect), so the
     * process's signals end it meanwhile.
     */
    private static void closeForTools(Context context) {
        try (SignalsOutsideTheProgram signals = SignalsOutsideTheProgram.take()) {
            try {
                context.close();
            } catch (IllegalStateException | PolyglotException e) {
                // something of the program still runs on a thread (a goroutine that never reached a safepoint)
                context.close(true);
            }
        } catch (RuntimeException e) {
            internalError(e);
        }
    }

    /**
     * Whether a tool in OPTIONS keeps a stack of entered functions and statements per Java thread (the memory
     * tracer's shadow stack). A goroutine that parks inside a statement and resumes on another M leaves its
     * entries on the first thread's stack and pops the second's, until the tool reports an overflowed stack and
     * no data. With one P the goroutines take turns on one M, so each push has its pop on the same thread.
     */
    private static boolean onePerThread(Map<String, String> options) {
        String memtracer = options.get("memtracer");
        return memtracer != null && !memtracer.equals("false");
    }

    /** The source of the program PACKAGE_ARGS name, as go run takes them (see {@link #run(List, List)}). */
    public static Source programSource(List<String> packageArgs) throws IOException {
        // the language reads the files itself and names them in errors as go run does (./a.go:3:5)
        return Source.newBuilder(LANGUAGE, String.join("\n", packageArgs), String.join(" ", packageArgs))
                .mimeType(RUN_MIME)
                .build();
    }

    /** A context for the program PACKAGE_ARGS name, with the program arguments ARGS and the process's stdout and stderr. */
    public static Context.Builder contextBuilder(List<String> packageArgs, List<String> args) {
        List<String> osArgs = new ArrayList<>(args.size() + 1);
        osArgs.add(programName(Path.of(packageArgs.get(0))));
        osArgs.addAll(args);
        return Context.newBuilder(LANGUAGE)
                .out(OUT)
                .err(ERR)
                .arguments(LANGUAGE, osArgs.toArray(new String[0]))
                .allowCreateThread(true)
                .allowExperimentalOptions(true)
                .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                .allowAllAccess(true)
                // a package other than main is an error here, as in go run (embedders get a package object)
                .option("go.RequireMain", "true");
    }

    /**
     * The name go run gives the program's binary: the first file's name without its .go, or the last element of
     * the package's import path: the name of its folder, or for the folder of a go.mod, of its module path (even a
     * major version such as v2, as go run has it).
     */
    static String programName(Path file) {
        if (!file.toString().endsWith(".go")) {
            file = file.toAbsolutePath().normalize();
            String module = modulePath(file.resolve("go.mod"));
            if (module != null) {
                return module.substring(module.lastIndexOf('/') + 1);
            }
        }
        Path base = file.getFileName();
        String name = base == null ? file.toString() : base.toString();
        return name.endsWith(".go") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    /** The module path a go.mod file declares, or null (no such file, or no module line in it). */
    private static String modulePath(Path goMod) {
        try {
            for (String line : Files.readAllLines(goMod)) {
                String[] words = line.strip().split("\\s+");
                if (words.length >= 2 && words[0].equals("module")) {
                    String p = words[1];
                    return p.length() >= 2 && (p.startsWith("\"") || p.startsWith("`")) ? p.substring(1, p.length() - 1) : p;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no go.mod, or one the language will report on
        }
        return null;
    }

    public static int polyglotError(PolyglotException e) {
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
        // the message is Go's: FILE:LINE:COL: lines for compile errors, the go command's text for the others
        String msg = e.getMessage();
        return fail(msg == null ? "gosub: compile error" : stripTrailingNewline(msg),
                e.isSyntaxError() ? EXIT_COMPILE : EXIT_LOAD, e);
    }

    private static String stripTrailingNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** A failure of gosub itself: a short message, the Java trace only with GOSUB_DEBUG=1. */
    public static int internalError(Throwable e) {
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
    public static void exit(int status) {
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
        try (Engine engine = LauncherEngines.builder().build()) {
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
