package gosub.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `gosub` command end to end: a real JVM per case, as ./gosub starts it (without the JIT). */
class LauncherTest {
    private static final Path ROOT = Path.of(System.getProperty("gosub.root", "..")).toAbsolutePath().normalize();

    record Result(int status, String out, String err) {
    }

    /** The JVM command for gosub ARGS; with SIGNALS, started as ./gosub starts it (signals blocked, -Xrs). */
    static List<String> command(boolean signals, String... args) {
        List<String> cmd = new ArrayList<>();
        if (signals) {
            cmd.addAll(List.of("env", "--block-signal=HUP,INT,QUIT,TERM,USR1"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : System.getProperty("gosub.jvm.flags", "").trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                cmd.add(flag);
            }
        }
        if (signals) {
            cmd.add("-Xrs");
        }
        cmd.add("-cp");
        // surefire may run tests from a manifest-only jar; it records the real class path here
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(Main.class.getName());
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    private static Result gosub(String... args) throws IOException, InterruptedException {
        List<String> cmd = command(false, args);
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // outputs are small: read them after exit would risk a full pipe, so read them first
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gosub " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsHelloWorld() throws Exception {
        Result r = gosub("run", ROOT.resolve("examples/hello.go").toString());
        assertEquals("Hello, World!\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
    }

    /** Each run of --repeat sees its packages as a new process would: variables and init run afresh. */
    @Test
    void repeatRunsTheProgramAgainWithFreshPackageState(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("count.go");
        Files.writeString(prog, """
                package main

                import (
                	"fmt"
                	"strings"
                )

                var calls int
                var seen = map[string]bool{}
                var fromInit int

                func init() { fromInit++ }

                func main() {
                	calls++
                	seen[strings.Repeat("x", calls)] = true
                	fmt.Println(calls, len(seen), fromInit)
                }
                """);
        Result r = gosub("run", "--repeat", "3", prog.toString());
        assertEquals("1 1 1\n1 1 1\n1 1 1\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
        assertEquals(3, r.err().lines().filter(l -> l.matches("gosub: iteration [123]: [0-9.]+ s")).count(), r.err());
    }

    /** --repeat stops at the first run that fails, with that run's status. */
    @Test
    void repeatStopsAtAFailure() throws Exception {
        Result r = gosub("run", "--repeat=3", ROOT.resolve("tests-golden/panic/exit_code.go").toString());
        assertEquals("before exit\n", r.out(), r.err());
        assertEquals(3, r.status(), r.err());
        Result bad = gosub("run", "--repeat", "0", ROOT.resolve("examples/hello.go").toString());
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("--repeat needs a count of 1 or more"), bad.err());
    }

    @Test
    void aBareGoFileMeansRun() throws Exception {
        Result r = gosub(ROOT.resolve("examples/hello.go").toString());
        assertEquals("Hello, World!\n", r.out(), r.err());
    }

    @Test
    void exitStatusOfOsExit() throws Exception {
        Result r = gosub("run", ROOT.resolve("tests-golden/panic/exit_code.go").toString());
        assertEquals("before exit\n", r.out(), r.err());
        assertEquals(3, r.status(), r.err());
    }

    @Test
    void aPackageOtherThanMainIsRefusedAsGoRunDoes(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("lib.go");
        Files.writeString(prog, "package lib\n\nfunc F() int { return 1 }\n");
        Result r = gosub("run", prog.toString());
        assertEquals("package command-line-arguments is not a main package\n", r.err());
        assertEquals(1, r.status(), r.err());
    }

    /** go run exits 2 when the compiler rejects the program. */
    @Test
    void compileErrorsGoToStderrWithStatus2(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("bad.go");
        Files.writeString(prog, "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Result r = gosub("run", prog.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.go:4:2: x declared but not used"), r.err());
        assertTrue(!r.err().contains("\tat "), "no Java stack trace: " + r.err());
    }

    /**
     * The package polyglot under the gosub command: the program has the command's full access, so it reaches Java
     * classes and evaluates Go; what the context lacks (another language) is a Go error, never a crash.
     */
    @Test
    void polyglotUnderTheCommand(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("poly.go");
        Files.writeString(prog, """
                package main

                import (
                \t"fmt"
                \t"polyglot"
                )

                func main() {
                \tv, err := polyglot.Import("nothing")
                \tfmt.Println(v.IsNull(), err)
                \tsb, err := polyglot.JavaType("java.lang.StringBuilder")
                \tfmt.Println(err)
                \tb, _ := sb.New("go")
                \tb.Invoke("append", "sub")
                \tfmt.Println(b)
                \tpkg, err := polyglot.Eval("go", "package sq\\nfunc Sq(x int) int { return x * x }\\n")
                \tf, _ := pkg.Get("Sq")
                \tr, _ := f.Call(12)
                \tfmt.Println(r, err)
                \t_, err = polyglot.Eval("js", "1")
                \tfmt.Println(err)
                \t_, err = polyglot.JavaType("no.such.Type")
                \tfmt.Println(err)
                }
                """);
        Result r = gosub("run", prog.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                true <nil>
                <nil>
                gosub
                144 <nil>
                polyglot: Eval: no language js in this context (it has go)
                polyglot: JavaType no.such.Type: no such class, or the context does not allow it
                """, r.out(), r.err());
    }

    /** go run says {@code stat no/such/file.go: no such file or directory} and exits 1. */
    @Test
    void missingFile() throws Exception {
        Result r = gosub("run", "no/such/file.go");
        assertEquals(1, r.status());
        assertEquals("stat no/such/file.go: no such file or directory\n", r.err());
    }

    /** A directory named like a Go file is refused with go run's words. */
    @Test
    void aDirectoryNamedLikeAFileIsRefused(@TempDir Path dir) throws Exception {
        Path pkg = Files.createDirectory(dir.resolve("cmd.go"));
        Result r = gosub("run", pkg.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(pkg + " is a directory, should be a Go file\n", r.err());
    }

    /**
     * Several files make one package main, and a folder is every Go file in it; the arguments after the files (or
     * after the folder) are the program's, and compile errors name each file as go run does.
     */
    @Test
    void filesAndFoldersOfOnePackage(@TempDir Path dir) throws Exception {
        Path app = Files.createDirectory(dir.resolve("app"));
        Files.writeString(app.resolve("main.go"), """
                package main

                import (
                \t"fmt"
                \t"os"
                )

                func main() { fmt.Println(helper(), os.Args[1:]) }
                """);
        Files.writeString(app.resolve("helper.go"), "package main\n\nfunc helper() string { return \"helped\" }\n");
        Result files = gosub("run", app.resolve("main.go").toString(), app.resolve("helper.go").toString(), "x", "y.go");
        assertEquals("helped [x y.go]\n", files.out(), files.err());
        Result folder = gosub("run", app.toString(), "z");
        assertEquals("helped [z]\n", folder.out(), folder.err());
        Files.writeString(app.resolve("bad.go"), "package main\n\nfunc bad() {\n\tx := 1\n}\n");
        Result bad = gosub("run", app.toString());
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("/bad.go:4:2: x declared but not used"), bad.err());
    }

    /**
     * go run refuses a package that is not main before it type-checks or runs anything (init functions
     * included), with status 1; through the polyglot API the same source is a package object (see README).
     */
    @Test
    void aPackageOtherThanMainIsNotRun(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib.go");
        Files.writeString(lib, """
                package lib

                import "fmt"

                func init() { fmt.Println("init ran") }

                func Twice(x int) int { return 2 * x }
                """);
        Result r = gosub("run", lib.toString());
        assertEquals("", r.out(), r.err());
        assertEquals("package command-line-arguments is not a main package\n", r.err());
        assertEquals(1, r.status(), r.err());
    }

    /** The package clause decides, before type errors in the rest of the file are looked at (as in go run). */
    @Test
    void aPackageOtherThanMainIsRefusedBeforeTypeErrors(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib.go");
        Files.writeString(lib, "package lib\n\nfunc F() int { return \"not an int\" }\n");
        Result r = gosub("run", lib.toString());
        assertEquals("package command-line-arguments is not a main package\n", r.err());
        assertEquals(1, r.status(), r.err());
    }

    @Test
    void usageErrorsAndHelp() throws Exception {
        assertEquals(2, gosub().status());
        assertEquals(2, gosub("frobnicate").status());
        Result help = gosub("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("run"), help.out());
    }

    @Test
    void versionNamesTheLanguage() throws Exception {
        Result r = gosub("version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("gosub version "), r.out());
        assertTrue(r.out().contains("language Go"), r.out());
    }

    /**
     * The gosub script gives every JVM experimental engine options as system properties (the JIT mode's
     * engine.MultiTier=false); the engines of version, debug and option checks must start under them. MultiTier
     * exists only with the optimizing runtime, so this test JVM gets another experimental option, whose value
     * changes nothing here.
     */
    @Test
    void versionStartsUnderTheScriptsExperimentalEngineOptions() throws Exception {
        List<String> cmd = command(false, "version");
        cmd.add(1, "-Dpolyglot.engine.SynchronousThreadLocalActionMaxWait=60");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("language Go") && !out.contains("failed"), out);
    }

    // ---------------------------------------------------------------- output and signals

    /**
     * Prints a line to stderr, then one to stdout (so that stderr is written when a test sees "started"), then
     * sleeps; goroutine 2 waits on a channel.
     */
    private static final String SLEEPER = """
            package main

            import (
            \t"fmt"
            \t"os"
            \t"time"
            )

            func main() {
            \tch := make(chan int)
            \tready := make(chan bool)
            \tgo func() {
            \t\tready <- true
            \t\t<-ch
            \t}()
            \t<-ready
            \tfmt.Fprintln(os.Stderr, "to stderr")
            \tfmt.Println("started")
            \ttime.Sleep(time.Hour)
            }
            """;

    /** A running gosub whose stdout is read line by line and whose stderr is collected in the background. */
    private static final class Running implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final CompletableFuture<String> err;

        Running(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.err = readOnItsOwnThread(() -> new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }

        /** The common pool may have a single thread on a 2-core machine: blocking reads get threads of their own. */
        private static <T> CompletableFuture<T> readOnItsOwnThread(Callable<T> read) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    result.complete(read.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result;
        }

        /** The next line of stdout; generous time for a JVM start on a loaded machine. */
        String nextLine() throws Exception {
            return readOnItsOwnThread(out::readLine).get(120, TimeUnit.SECONDS);
        }

        void signal(String name) throws Exception {
            Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -s " + name);
        }

        int exitStatus() throws Exception {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("gosub did not end within 60 s of the signal; stderr so far unknown");
            }
            return process.exitValue();
        }

        String restOfStdout() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private static Running start(boolean signals, Path dir, String program) throws IOException {
        Path prog = Files.createDirectories(dir).resolve("prog.go");
        Files.writeString(prog, program);
        return new Running(new ProcessBuilder(command(signals, "run", prog.toString()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start());
    }

    /** Whether this system's env(1) can start a command with signals blocked, as ./gosub does (coreutils 8.31+). */
    private static boolean envBlocksSignals() {
        try {
            Process p = new ProcessBuilder("env", "--block-signal=QUIT", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aPrintedLineReachesThePipeWhileTheProgramRuns(@TempDir Path dir) throws Exception {
        // Go's os.Stdout is unbuffered: "started" is in the pipe while the program sleeps for an hour
        try (Running r = start(false, dir, SLEEPER)) {
            assertEquals("started", r.nextLine());
            assertTrue(r.process.isAlive(), "the line came before the program ended");
        }
    }

    /** Killed by NAME after its output, as a Go binary: the output is there, the status is 128 + the number. */
    private static void diesOf(boolean signals, Path dir, String name, int number) throws Exception {
        try (Running r = start(signals, dir, SLEEPER)) {
            assertEquals("started", r.nextLine());
            r.signal(name);
            int status = r.exitStatus();
            String err = r.err.get(60, TimeUnit.SECONDS);
            assertEquals(128 + number, status, err);
            assertEquals("", r.restOfStdout());
            assertTrue(err.contains("to stderr"), err);
            assertTrue(!err.contains("SIG"), "no report, as in Go: " + err);
        }
    }

    @Test
    void sigintKillsTheProgramAfterItsOutput(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        diesOf(true, dir, "INT", 2);
    }

    @Test
    void sigtermKillsTheProgramAfterItsOutput(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        diesOf(true, dir, "TERM", 15);
    }

    /**
     * A signal at DELAY_MS after the JVM starts, long before main (compiling takes over a second here, without the
     * JIT or an AOT cache): the process dies of it then, as a Go binary would at its start, and main never prints.
     * (Before, the signal waited pending until a quarter second after main had started.)
     */
    private static void diesBeforeMainOf(Path dir, String name, int number, long delayMs) throws Exception {
        try (Running r = start(true, dir.resolve(delayMs + name), SLEEPER)) {
            Thread.sleep(delayMs);
            r.signal(name);
            int status = r.exitStatus();
            String err = r.err.get(60, TimeUnit.SECONDS);
            assertEquals(128 + number, status, "at " + delayMs + " ms: " + err);
            assertEquals("", r.restOfStdout(), "at " + delayMs + " ms, main had not started");
            assertEquals("", err, "at " + delayMs + " ms");
        }
    }

    @Test
    void aSignalInTheFirstMillisecondsEndsTheProcessAtOnce(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        for (long delayMs : new long[] {0, 50, 150, 300}) {
            diesBeforeMainOf(dir, "INT", 2, delayMs);
        }
        diesBeforeMainOf(dir, "TERM", 15, 100);
    }

    @Test
    void aSignalBeforeMainKillsEvenAProgramThatNotifiesFirst(@TempDir Path dir) throws Exception {
        // in a Go binary the runtime has the signal before main can ask for it
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        String program = """
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"time"
                )

                func main() {
                	interrupts := make(chan os.Signal, 1)
                	signal.Notify(interrupts, os.Interrupt)
                	select {
                	case s := <-interrupts:
                		fmt.Println("got", s)
                	case <-time.After(5e9):
                		fmt.Println("no signal")
                	}
                }
                """;
        try (Running r = start(true, dir, program)) {
            Thread.sleep(100);
            r.signal("INT");
            int status = r.exitStatus();
            assertEquals(128 + 2, status, r.err.get(60, TimeUnit.SECONDS));
            assertEquals("", r.restOfStdout());
        }
    }

    @Test
    void aSigintSentBeforeNotifyStillKills(@TempDir Path dir) throws Exception {
        // Go acts on a signal when it arrives: Notify called after it cannot take it back. Here the SIGINT is
        // pending (the signal thread has not started waiting) when the program calls Notify.
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        String program = """
                package main

                import (
                	"bufio"
                	"fmt"
                	"os"
                	"os/signal"
                	"time"
                )

                func main() {
                	fmt.Println("ready")
                	bufio.NewReader(os.Stdin).ReadString(10)
                	interrupts := make(chan os.Signal, 1)
                	signal.Notify(interrupts, os.Interrupt)
                	select {
                	case s := <-interrupts:
                		fmt.Println("got", s)
                	case <-time.After(5e9):
                		fmt.Println("no signal")
                	}
                }
                """;
        Path prog = Files.createDirectories(dir.resolve("notify")).resolve("prog.go");
        Files.writeString(prog, program);
        try (Running r = new Running(new ProcessBuilder(command(true, "run", prog.toString())).start())) {
            String first = r.nextLine();
            assertEquals("ready", first, first == null ? r.err.get(60, TimeUnit.SECONDS) : "");
            r.signal("INT"); // pending once kill(1) has returned
            r.process.getOutputStream().write('\n');
            r.process.getOutputStream().flush();
            int status = r.exitStatus();
            assertEquals(128 + 2, status, r.err.get(60, TimeUnit.SECONDS));
            assertEquals("", r.restOfStdout());
        }
    }

    @Test
    void withTheJvmsHandlersSigintStillKillsByTheSignal(@TempDir Path dir) throws Exception {
        // started without -Xrs (GOSUB_DEBUG=1, or an env without --block-signal): sun.misc.Signal takes SIGINT
        diesOf(false, dir, "INT", 2);
    }

    @Test
    void syscallKillOfItsOwnProcessGoesThroughTheProgramsSignalHandling(@TempDir Path dir) throws Exception {
        // a notified signal reaches the channel; SIGTERM then ends the process by the signal, as in a Go binary
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        String program = """
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"syscall"
                	"time"
                )

                func main() {
                	sigs := make(chan os.Signal, 1)
                	signal.Notify(sigs, syscall.SIGUSR1)
                	fmt.Println("kill:", syscall.Kill(os.Getpid(), syscall.SIGUSR1))
                	fmt.Println("got:", <-sigs)
                	fmt.Println("sending SIGTERM")
                	syscall.Kill(os.Getpid(), syscall.SIGTERM)
                	time.Sleep(time.Hour)
                }
                """;
        // nothing is printed after the SIGTERM: the process may end before a print does (a Go binary too, in about
        // one run of five: the signal ends it while Kill returns)
        try (Running r = start(true, dir, program)) {
            assertEquals("kill: <nil>", r.nextLine());
            assertEquals("got: user defined signal 1", r.nextLine());
            assertEquals("sending SIGTERM", r.nextLine());
            int status = r.exitStatus();
            assertEquals(128 + 15, status, r.err.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void sigquitPrintsTheGoroutinesAndExits2(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        try (Running r = start(true, dir, SLEEPER)) {
            assertEquals("started", r.nextLine());
            r.signal("QUIT");
            int status = r.exitStatus();
            String err = r.err.get(60, TimeUnit.SECONDS);
            assertEquals(2, status, err);
            assertEquals("", r.restOfStdout(), "no JVM thread dump on stdout");
            assertTrue(err.startsWith("to stderr\nSIGQUIT: quit\n\ngoroutine 1 ["), err);
            // the states are seen at the signal: almost always these, but a loaded machine may be slower
            assertTrue(Pattern.compile("\ngoroutine 1 \\[(sleep|running|runnable)]:\nmain\\.main").matcher(err).find(), err);
            assertTrue(Pattern.compile("\ngoroutine 2 \\[(chan receive|running|runnable)]:\n").matcher(err).find(), err);
            assertTrue(!err.contains("Full thread dump"), err);
            // every goroutine with its frames: main asleep at line 19 (18 if a loaded machine stopped it in Println),
            // the other one created at line 12
            assertTrue(Pattern.compile("\nmain\\.main\\(\\)\n\t\\S*prog\\.go:1[89]\n").matcher(err).find(), err);
            assertTrue(Pattern.compile("\nmain\\.main\\.func1\\(\\.\\.\\.\\)\n\t\\S*prog\\.go:1[34]\n"
                    + "created by main\\.main in goroutine 1\n\t\\S*prog\\.go:12\n").matcher(err).find(), err);
        }
    }

    /** Two goroutines left blocked when main returns, and one that ends just after it. */
    private static final String LEAKER = """
            package main

            import "fmt"

            func wait(ch chan int) {
            \t<-ch
            }

            func main() {
            \tgo wait(make(chan int))
            \tgo wait(nil)
            \tdone := make(chan bool)
            \tgo func() { done <- true }()
            \t<-done
            \tfmt.Println("bye")
            }
            """;

    @Test
    void leaksListsTheGoroutinesAliveWhenMainReturnsAndExits4(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("prog.go");
        Files.writeString(prog, LEAKER);
        Result r = gosub("run", "--leaks", prog.toString());
        assertEquals(4, r.status(), r.err());
        assertEquals("bye\n", r.out());
        assertTrue(r.err().startsWith("gosub: 2 goroutines still alive when main returned (leaked)\n"), r.err());
        assertTrue(Pattern.compile("\ngoroutine 2 \\[chan receive, [0-9.]+m?s]:\nmain\\.wait\\(\\.\\.\\.\\)\n\t\\S*prog\\.go:6\n"
                + "created by main\\.main in goroutine 1\n\t\\S*prog\\.go:10\n").matcher(r.err()).find(), r.err());
        assertTrue(r.err().contains("[chan receive (nil chan), "), r.err());
        assertTrue(!r.err().contains("main.main.func1"), "the goroutine that ended is not listed: " + r.err());
    }

    @Test
    void withoutLeaksTheSameProgramEndsNormally(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("prog.go");
        Files.writeString(prog, LEAKER);
        Result r = gosub("run", prog.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("bye\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aClosedStdoutPipeKillsTheProgramBySigpipe(@TempDir Path dir) throws Exception {
        // `prog | head -1`: Go's runtime raises SIGPIPE when a write to fd 1 finds the reader gone
        String yes = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"y\")\n\t}\n}\n";
        try (Running r = start(false, dir, yes)) {
            assertEquals("y", r.nextLine());
            r.process.getInputStream().close();
            int status = r.exitStatus();
            assertEquals(128 + 13, status, r.err.get(60, TimeUnit.SECONDS));
        }
    }

    /** Prints to stdout three ways and says on stderr what each write gave. */
    private static final String STDOUT_ERRORS = """
            package main

            import (
            	"bufio"
            	"fmt"
            	"os"
            )

            func main() {
            	n, err := fmt.Println("hello")
            	fmt.Fprintln(os.Stderr, "println:", n, err)
            	buffered := bufio.NewWriter(os.Stdout)
            	buffered.WriteString("b\\n")
            	fmt.Fprintln(os.Stderr, "flush:", buffered.Flush())
            	n, err = os.Stdout.Write([]byte("x\\n"))
            	fmt.Fprintln(os.Stderr, "write:", n, err)
            }
            """;

    /** Runs PROGRAM with the shell's REDIRECTION of its standard streams, as `prog >/dev/full` is run. */
    private static Result redirected(Path dir, String program, String redirection) throws Exception {
        Path prog = dir.resolve("prog.go");
        Files.writeString(prog, program);
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" " + redirection, "sh"));
        cmd.addAll(command(false, "run", prog.toString()));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gosub did not finish in 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void writesToAFullStdoutFailWithEnospc(@TempDir Path dir) throws Exception {
        // Go 1.19 binary, `prog >/dev/full`
        Result r = redirected(dir, STDOUT_ERRORS, ">/dev/full");
        assertEquals("println: 0 write /dev/stdout: no space left on device\n"
                        + "flush: write /dev/stdout: no space left on device\n"
                        + "write: 0 write /dev/stdout: no space left on device\n", r.err());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void writesToAClosedStdoutFailWithEbadf(@TempDir Path dir) throws Exception {
        // Go 1.19 binary, `prog >&-`
        Result r = redirected(dir, STDOUT_ERRORS, ">&-");
        assertEquals("println: 0 write /dev/stdout: bad file descriptor\n"
                        + "flush: write /dev/stdout: bad file descriptor\n"
                        + "write: 0 write /dev/stdout: bad file descriptor\n", r.err());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void writesToAFullStderrFailWithEnospc(@TempDir Path dir) throws Exception {
        String program = """
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	n, err := fmt.Fprintln(os.Stderr, "to stderr")
                	fmt.Println("stderr:", n, err)
                }
                """;
        Result r = redirected(dir, program, "2>/dev/full");
        assertEquals("stderr: 0 write /dev/stderr: no space left on device\n", r.out());
        assertEquals(0, r.status());
    }

    /** Prints numbers until a write fails, after making SIGPIPE do WHAT; then says why and, if NOTIFIED, the signal. */
    private static String pipeWriter(boolean notified, String what) {
        return """
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"syscall"
                )

                const notified = %b

                func main() {
                	caught := make(chan os.Signal, 1)
                	%s
                	for i := 0; ; i++ {
                		if _, err := fmt.Println(i); err != nil {
                			fmt.Fprintln(os.Stderr, "write error:", err)
                			if notified {
                				fmt.Fprintln(os.Stderr, "signal:", <-caught)
                			}
                			os.Exit(9)
                		}
                	}
                }
                """.formatted(notified, what);
    }

    /** The program's status and stderr once it wrote a first line and its stdout reader went away. */
    private static Result afterTheReaderLeaves(Path dir, String program) throws Exception {
        try (Running r = start(false, dir, program)) {
            assertEquals("0", r.nextLine());
            r.process.getInputStream().close();
            int status = r.exitStatus();
            return new Result(status, "", r.err.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void withSigpipeIgnoredABrokenStdoutPipeIsAWriteError(@TempDir Path dir) throws Exception {
        // Go 1.19 binary, `prog | head -1` after signal.Ignore(syscall.SIGPIPE)
        Result r = afterTheReaderLeaves(dir, pipeWriter(false, "signal.Ignore(syscall.SIGPIPE)"));
        assertEquals("write error: write /dev/stdout: broken pipe\n", r.err());
        assertEquals(9, r.status(), r.err());
    }

    @Test
    void withSigpipeNotifiedABrokenStdoutPipeIsAWriteErrorAndTheSignal(@TempDir Path dir) throws Exception {
        // Go 1.19 binary, `prog | head -1` after signal.Notify(caught, syscall.SIGPIPE)
        Result r = afterTheReaderLeaves(dir, pipeWriter(true, "signal.Notify(caught, syscall.SIGPIPE)"));
        assertEquals("write error: write /dev/stdout: broken pipe\nsignal: broken pipe\n", r.err());
        assertEquals(9, r.status(), r.err());
    }

    // ------------------------------------------------------------------------------------------ os/signal

    /** Waits for SIGINT on a channel (nothing else can wake it: no deadlock report), then says so and returns. */
    private static final String CATCHER = """
            package main

            import (
            \t"fmt"
            \t"os"
            \t"os/signal"
            )

            func main() {
            \tc := make(chan os.Signal, 1)
            \tsignal.Notify(c, os.Interrupt)
            \tfmt.Println("ready")
            \ts := <-c
            \tfmt.Println("got", s)
            }
            """;

    private static void catchesSigint(boolean signals, Path dir) throws Exception {
        try (Running r = start(signals, dir, CATCHER)) {
            assertEquals("ready", r.nextLine());
            r.signal("INT");
            assertEquals("got interrupt", r.nextLine());
            int status = r.exitStatus();
            assertEquals(0, status, r.err.get(60, TimeUnit.SECONDS));
            assertEquals("", r.err.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void aNotifiedSigintGoesToTheChannelAndTheProgramDecides(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        catchesSigint(true, dir);
    }

    @Test
    void withTheJvmsHandlersANotifiedSigintGoesToTheChannel(@TempDir Path dir) throws Exception {
        catchesSigint(false, dir);
    }

    @Test
    void notifyContextIsCancelledBySigterm(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        String program = """
                package main

                import (
                \t"context"
                \t"fmt"
                \t"os/signal"
                \t"syscall"
                )

                func main() {
                \tctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
                \tdefer stop()
                \tfmt.Println("ready")
                \t<-ctx.Done()
                \tfmt.Println("stopped:", ctx.Err())
                }
                """;
        try (Running r = start(true, dir, program)) {
            assertEquals("ready", r.nextLine());
            r.signal("TERM");
            assertEquals("stopped: context canceled", r.nextLine());
            assertEquals(0, r.exitStatus(), r.err.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void anIgnoredSigintIsDroppedAndSigusr1CanBeNotified(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        String program = """
                package main

                import (
                \t"fmt"
                \t"os"
                \t"os/signal"
                \t"syscall"
                )

                func main() {
                \tsignal.Ignore(os.Interrupt)
                \tc := make(chan os.Signal, 1)
                \tsignal.Notify(c, syscall.SIGUSR1)
                \tfmt.Println("ready")
                \tfmt.Println("got", <-c)
                }
                """;
        try (Running r = start(true, dir, program)) {
            assertEquals("ready", r.nextLine());
            r.signal("INT");
            Thread.sleep(1000); // the ignored signal has been taken (and dropped) by now
            assertTrue(r.process.isAlive(), "SIGINT was ignored");
            r.signal("USR1");
            assertEquals("got user defined signal 1", r.nextLine());
            assertEquals(0, r.exitStatus(), r.err.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void afterStopSigintKillsAgain(@TempDir Path dir) throws Exception {
        assumeTrue(envBlocksSignals(), "env --block-signal is not available");
        String program = """
                package main

                import (
                \t"fmt"
                \t"os"
                \t"os/signal"
                \t"time"
                )

                func main() {
                \tc := make(chan os.Signal, 1)
                \tsignal.Notify(c, os.Interrupt)
                \tsignal.Stop(c)
                \tfmt.Println("ready")
                \ttime.Sleep(time.Hour)
                }
                """;
        try (Running r = start(true, dir, program)) {
            assertEquals("ready", r.nextLine());
            r.signal("INT");
            assertEquals(128 + 2, r.exitStatus(), r.err.get(60, TimeUnit.SECONDS));
        }
    }
}
