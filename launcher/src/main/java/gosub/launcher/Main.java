package gosub.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import gosub.runtime.timing.Phases;
import gosub.runtime.timing.Phases.Phase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code gosub} command line.
 *
 * <pre>
 *   gosub run FILE.go... [ARGS...]  compile and run a package main from files of one folder
 *   gosub run DIR [ARGS...]         the same from a folder (. for the current one), as go run takes them
 *   gosub run --cpusampler FILE.go  the same with Truffle tools attached (--inspect, --cputracer, --memtracer,
 *                                   --GROUP.NAME=VALUE: see {@link ToolOptions})
 *   gosub FILE.go [ARGS...]       the same (what bench/run.sh and check.sh call with a bare prefix)
 *   gosub debug FILE.go [ARGS...]   debug it in the terminal, as Delve does (commands on stdin)
 *   gosub version                 versions of gosub, the Truffle runtime and Java
 *   gosub --help
 * </pre>
 *
 * Exit status: the program's (0, os.Exit(n), 2 after a panic, a deadlock or SIGQUIT; death by SIGINT, SIGTERM,
 * SIGHUP or SIGPIPE as a Go binary), 1 for a compile error or a file that cannot be read, 2 for a usage error, 3
 * for an internal error of gosub, 4 for goroutines leaked with --leaks.
 */
@Command(name = "gosub",
        description = "gosub runs Go programs on the JVM (a Truffle language: Go 1.19's behaviour and library, with language features up to Go 1.26).",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        subcommands = {Main.Run.class, Main.Debug.class, Main.Version.class, CommandLine.HelpCommand.class},
        footer = {"", "Environment: GOMAXPROCS (number of Ps), GOTRACEBACK (none, single, all), GOSUB_LEAKS=1 (as --leaks),",
                "GOSUB_DEBUG=1 (Java stack traces of internal errors).",
                "The ./gosub script also reads GOSUB_INTERPRETER=1 (no JIT) and GOSUB_JAVA_OPTS."})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return Runner.EXIT_USAGE;
    }

    @Command(name = "run", description = "Compile and run a Go program (package main: .go files of one folder, or a folder).",
            footer = {"", "Tools (options before the program, as GraalVM launchers take them):",
                    "  --inspect[=[HOST:]PORT]   Chrome DevTools debugger (port 9229); it stops at",
                    "                            the first statement unless --inspect.Suspend=false;",
                    "                            --inspect.WaitAttached waits for the debugger first",
                    "  --cpusampler[=histogram|calltree|flamegraph]",
                    "                            CPU profile when the program ends;",
                    "                            --cpusampler.OutputFile=FILE writes it to FILE",
                    "  --cputracer               how often each function ran",
                    "  --memtracer               allocations by line (new, make, literals, append)",
                    "  --GROUP.NAME[=VALUE]      any other engine, tool or language option",
                    "                            (e.g. --cpusampler.Period=1)"})
    static final class Run implements Callable<Integer> {
        @Option(names = "--interpreter", description = "Run without the JIT compiler (the ./gosub script reads it).")
        boolean interpreter;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--leaks", description = "When main returns, list the goroutines still alive on stderr and "
                + "exit with status 4 if there are any (also GOSUB_LEAKS=1).")
        boolean leaks;

        @Option(names = "--repeat", paramLabel = "N", description = "Run the program N times in one context "
                + "(packages initialised afresh each time, compiled code kept) while it exits with status 0; "
                + "each run's time on stderr (for bench/: peak speed).")
        int repeat = 1;

        @Parameters(index = "0", paramLabel = "PACKAGE",
                description = "The program: one or more .go files of one folder, or a folder (. for the current one).")
        String file;

        @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments for the program (os.Args[1:]).")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            if (repeat < 1) {
                System.err.println("gosub run: --repeat needs a count of 1 or more");
                return Runner.EXIT_USAGE;
            }
            List<String> commandLine = new ArrayList<>(args.size() + 1);
            commandLine.add(file);
            commandLine.addAll(args);
            return Runner.run(commandLine, leaks ? java.util.Map.of("go.Leaks", "true") : java.util.Map.of(), repeat);
        }
    }

    @Command(name = "debug", description = "Debug a Go program in the terminal, as Delve does (commands on stdin; help lists them).")
    static final class Debug implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Parameters(index = "0", paramLabel = "PACKAGE",
                description = "The program: one or more .go files of one folder, or a folder (. for the current one).")
        String file;

        @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments for the program (os.Args[1:]).")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> commandLine = new ArrayList<>(args.size() + 1);
            commandLine.add(file);
            commandLine.addAll(args);
            int files = 0;
            while (files < commandLine.size() && commandLine.get(files).endsWith(".go")) {
                files++;
            }
            files = Math.max(files, 1);
            return gosub.launcher.debug.TerminalDebugger.run(commandLine.subList(0, files), commandLine.subList(files, commandLine.size()));
        }
    }

    @Command(name = "version", description = "Print the versions of gosub, its Truffle runtime and Java.")
    static final class Version implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.println(Runner.versionLine());
            return 0;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{Runner.versionLine()};
        }
    }

    public static void main(String[] args) {
        if (Phases.ON) {
            Phases.mainStarted(Phase.ENGINE);
        }
        int status;
        if (args.length >= 2 && args[0].equals("run") && ToolOptions.isToolOption(args[1])) {
            // --inspect, --cpusampler, --GROUP.NAME=VALUE: the polyglot options, parsed by hand as GraalVM's
            // launchers take them (picocli would want every option declared)
            status = runWithTools(List.of(args).subList(1, args.length));
        } else if (args.length >= 2 && args[0].equals("run") && !args[1].startsWith("-")) {
            // The common case, parsed by hand: picocli's reflective set-up costs start-up time.
            status = Runner.run(List.of(args).subList(1, args.length));
        } else if (args.length >= 1 && args[0].endsWith(".go") && !args[0].startsWith("-")) {
            // `gosub FILE.go ARGS...` is `gosub run FILE.go ARGS...`
            status = Runner.run(List.of(args));
        } else {
            status = commandLine().execute(args);
        }
        if (Phases.ON) {
            Phases.switchTo(Phase.EXIT);
            Phases.report(System.err);
        }
        Runner.exit(status);
    }

    private static int runWithTools(List<String> runArgs) {
        ToolOptions parsed;
        try {
            parsed = ToolOptions.parse(runArgs);
        } catch (ToolOptions.UsageError e) {
            System.err.println("gosub run: " + e.getMessage());
            System.err.println("Run 'gosub run --help' for usage.");
            return Runner.EXIT_USAGE;
        }
        return Runner.run(parsed.program(), parsed.options(), parsed.repeat());
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Runner.internalError(ex));
        // everything after FILE.go belongs to the Go program, options included
        cl.getSubcommands().get("run").setStopAtPositional(true);
        cl.getSubcommands().get("debug").setStopAtPositional(true);
        return cl;
    }
}
