package gosub.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gosub run} with Truffle's tools attached: the CPU sampler, the memory tracer and the Chrome inspector
 * driven by a DevTools Protocol client. No timing is asserted; the timeouts only keep a broken run from hanging.
 */
class ToolsTest {
    private static final long TIMEOUT_SECONDS = 180;

    private record Result(int status, String out, String err) {
    }

    private static Result gosub(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(LauncherTest.command(false, args))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<byte[]> err = inBackground(() -> readAll(p.getErrorStream()));
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gosub " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /**
     * Runs a blocking read on a thread of its own: the common pool may have a single thread on a small machine,
     * and the HTTP client's own stages need it.
     */
    private static <T> CompletableFuture<T> inBackground(java.util.function.Supplier<T> read) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> f.complete(read.get()));
        return f;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Test
    void theSamplersHistogramNamesTheHotFunctionFirst(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("hot.go");
        Files.writeString(prog, """
                package main

                import "fmt"

                func hot(n int) int {
                \ts := 0
                \tfor i := 0; i < n; i++ {
                \t\ts += i * i % 7
                \t}
                \treturn s
                }

                func cold() int { return 1 }

                func main() {
                \tt := 0
                \tfor k := 0; k < 40; k++ {
                \t\tt += hot(100000) + cold()
                \t}
                \tfmt.Println(t)
                }
                """);
        Result r = gosub("run", "--cpusampler", "--cpusampler.SummariseThreads=true", prog.toString());
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("8000000", lines[0], r.out());
        // the histogram's rows follow its header line; the first names the function with the most self time
        String first = null;
        for (int i = 0; i < lines.length - 2; i++) {
            if (lines[i].trim().startsWith("Name") && lines[i].contains("Self Time")) {
                first = lines[i + 2].trim();
                break;
            }
        }
        assertNotNull(first, r.out());
        assertTrue(first.startsWith("main.hot "), "first row: " + first + "\n" + r.out());
        assertTrue(first.contains("hot.go~5-11"), first);
    }

    @Test
    void theMemoryTracerPutsTheAllocationsOfMakeOnItsLine(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("alloc.go");
        Files.writeString(prog, """
                package main

                import "fmt"

                func main() {
                \ttotal := 0
                \tfor i := 0; i < 1000; i++ {
                \t\ts := make([]int, 100)
                \t\ttotal += len(s)
                \t}
                \tfmt.Println(total)
                }
                """);
        Result r = gosub("run", "--memtracer", prog.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("100000\n"), r.out());
        // e.g. " main.main |     1000  99.9% |     1000  99.9% | alloc.go~8:85-105": line 8, 1000 allocations of its own
        Matcher m = Pattern.compile("(?m)^\\s*main\\.main\\s*\\|\\s*(\\d+)\\s+[\\d.]+%.*\\|\\s*\\S*alloc\\.go~8:").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(1000, Integer.parseInt(m.group(1)), r.out());
    }

    /**
     * Goroutines that allocate while others park: the memory tracer keeps a stack per Java thread, which goroutines
     * moving between Ms would overflow (it then reports no data); gosub runs it with one P unless GOMAXPROCS says
     * otherwise, and each goroutine's allocations land on its line.
     */
    @Test
    void theMemoryTracerCountsTheAllocationsOfGoroutines(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("workers.go");
        Files.writeString(prog, """
                package main

                import (
                	"fmt"
                	"sync"
                )

                func worker(id int, wg *sync.WaitGroup, out []int) {
                	defer wg.Done()
                	total := 0
                	for i := 0; i < 500; i++ {
                		s := make([]int, 10)
                		total += len(s)
                	}
                	out[id] = total
                }

                func main() {
                	var wg sync.WaitGroup
                	out := make([]int, 3)
                	for g := 0; g < 3; g++ {
                		wg.Add(1)
                		go worker(g, &wg, out)
                	}
                	wg.Wait()
                	fmt.Println(out)
                }
                """);
        ProcessBuilder pb = new ProcessBuilder(LauncherTest.command(false, "run", "--memtracer", prog.toString()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("GOMAXPROCS"); // the machine's cores, as a user's run has them
        Process p = pb.start();
        CompletableFuture<byte[]> err = inBackground(() -> readAll(p.getErrorStream()));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the program did not end");
        assertEquals(0, p.exitValue(), new String(err.join(), StandardCharsets.UTF_8));
        assertTrue(out.startsWith("[5000 5000 5000]\n"), out);
        Matcher m = Pattern.compile("(?m)^\\s*main\\.worker\\s*\\|\\s*(\\d+)\\s+[\\d.]+%.*\\|\\s*\\S*workers\\.go~12:").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(1500, Integer.parseInt(m.group(1)), out);
    }

    /**
     * A file name where a tool wants its report's format is a usage error that names the option and the one that
     * takes a file; a tool option whose own check gives no reason still names the option; a tool's option without
     * the tool is a warning, and the program runs.
     */
    @Test
    void misusedToolOptionsAreExplained(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("small.go");
        Files.writeString(prog, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(6 * 7)\n}\n");
        Result r = gosub("run", "--cpusampler", "--cpusampler.Output=prof.txt", prog.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("gosub run: Invalid argument --cpusampler.Output=prof.txt specified. Output can be: "), r.err());
        assertTrue(r.err().contains("--cpusampler.OutputFile=prof.txt writes the report into prof.txt"), r.err());
        assertTrue(Files.notExists(dir.resolve("prof.txt")));

        r = gosub("run", "--memtracer", "--memtracer.Output=mem.txt", prog.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("gosub run: Invalid argument --memtracer.Output=mem.txt specified. "), r.err());

        r = gosub("run", "--cpusampler.OutputFile=" + dir.resolve("prof.txt"), prog.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("42\n", r.out(), r.err());
        assertTrue(r.err().contains("warning: --cpusampler.OutputFile=" + dir.resolve("prof.txt") + " has no effect without --cpusampler"), r.err());
    }

    /** A Chrome DevTools Protocol client: JSON messages over the JDK's WebSocket, answers matched by id. */
    private static final class DevTools implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final List<String> seen = new ArrayList<>();
        private WebSocket socket;
        private int nextId = 1;

        static DevTools connect(String url) {
            DevTools d = new DevTools();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .proxy(java.net.ProxySelector.of(null)).build();
            d.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), d)
                    .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
            return d;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        /** Sends METHOD with PARAMS (a JSON object's text) and returns the answer's text. */
        String call(String method, String params) throws InterruptedException {
            int id = nextId++;
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
            return await("\"id\":" + id + "}", "\"id\":" + id + ",");
        }

        /** The next message (answer or event) that contains TEXT; what came before stays visible to later waits. */
        String await(String... texts) throws InterruptedException {
            java.util.function.Predicate<String> wanted = m -> java.util.Arrays.stream(texts).anyMatch(m::contains);
            String text = String.join(" or ", texts);
            for (String s : seen) {
                if (wanted.test(s)) {
                    seen.remove(s);
                    return s;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                String m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (m == null) {
                    throw new AssertionError("no message with " + text + "; seen: " + seen);
                }
                if (wanted.test(m)) {
                    return m;
                }
                seen.add(m);
            }
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    private static int pausedLine(String paused) {
        Matcher m = Pattern.compile("\"location\":\\{[^}]*\"lineNumber\":(\\d+)").matcher(paused);
        assertTrue(m.find(), paused);
        return Integer.parseInt(m.group(1)) + 1; // the protocol counts lines from 0
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void chromeDevToolsAttachesSeesTheSourceAndTheProgramRunsToItsEnd(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("insp.go");
        Files.writeString(prog, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(6 * 7)\n}\n");
        Process p = new ProcessBuilder(LauncherTest.command(false, "run", "--inspect=" + freePort(), prog.toString()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<byte[]> out = inBackground(() -> readAll(p.getInputStream()));
        try {
            BufferedReader errLines = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String url = inspectorUrl(errLines);
            CompletableFuture<byte[]> restOfErr = inBackground(() -> readAll(p.getErrorStream()));
            try (DevTools dt = DevTools.connect(url)) {
                dt.call("Runtime.enable", "{}");
                dt.call("Debugger.enable", "{}");
                // the program waits for this (Suspend), then is compiled and runs; with no breakpoint to its end
                dt.call("Runtime.runIfWaitingForDebugger", "{}");
                String script = dt.await("\"method\":\"Debugger.scriptParsed\"");
                assertTrue(script.contains("insp.go"), script);
                // Suspend: it stops at main's first statement (line 6) until resumed
                assertEquals(6, pausedLine(dt.await("\"method\":\"Debugger.paused\"")));
                dt.call("Debugger.resume", "{}");
            }
            assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the program did not end");
            String err = new String(restOfErr.join(), StandardCharsets.UTF_8);
            assertEquals("42\n", new String(out.join(), StandardCharsets.UTF_8), err);
            assertEquals(0, p.exitValue(), err);
        } finally {
            p.destroyForcibly();
        }
    }

    private static String inspectorUrl(BufferedReader errLines) throws IOException {
        StringBuilder err = new StringBuilder();
        for (String line; (line = errLines.readLine()) != null; ) {
            err.append(line).append('\n');
            Matcher m = Pattern.compile("Debugger listening on (ws://\\S+)").matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no inspector address on stderr:\n" + err);
    }

    @Test
    void chromeDevToolsBreaksReadsALocalAndStepsOverAReceive(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("insp.go");
        Files.writeString(prog, """
                package main

                import "fmt"

                func main() {
                \tch := make(chan int, 1)
                \tx := 41
                \tch <- x + 1
                \tv := <-ch
                \tfmt.Println(v)
                }
                """);
        List<String> cmd = LauncherTest.command(false, "run", "--inspect=" + freePort(), prog.toString());
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<byte[]> out = inBackground(() -> readAll(p.getInputStream()));
        StringBuilder err = new StringBuilder();
        try {
            BufferedReader errLines = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String url = null;
            for (String line; url == null && (line = errLines.readLine()) != null; ) {
                err.append(line).append('\n');
                Matcher m = Pattern.compile("Debugger listening on (ws://\\S+)").matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertNotNull(url, "no inspector address on stderr:\n" + err);
            CompletableFuture<byte[]> restOfErr = inBackground(() -> {
                try {
                    StringBuilder sb = new StringBuilder();
                    for (String line; (line = errLines.readLine()) != null; ) {
                        sb.append(line).append('\n');
                    }
                    return sb.toString().getBytes(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return new byte[0];
                }
            });

            try (DevTools dt = DevTools.connect(url)) {
                dt.call("Runtime.enable", "{}");
                dt.call("Debugger.enable", "{}");
                // the program is compiled once the debugger lets it run; it then stops at main's first statement
                // (Suspend), and only from then on is its source there for a line breakpoint to resolve in
                dt.call("Runtime.runIfWaitingForDebugger", "{}");
                assertEquals(6, pausedLine(dt.await("\"method\":\"Debugger.paused\"")));
                String bp = dt.call("Debugger.setBreakpointByUrl",
                        "{\"lineNumber\":8,\"url\":\"" + prog.toUri() + "\"}");
                assertTrue(bp.contains("breakpointId"), bp);
                dt.call("Debugger.resume", "{}");
                String paused = dt.await("\"method\":\"Debugger.paused\"");
                assertEquals(9, pausedLine(paused), paused);

                Matcher scope = Pattern.compile("\"scopeChain\":\\[\\{.*?\"objectId\":\"([^\"]+)\"").matcher(paused);
                assertTrue(scope.find(), paused);
                String props = dt.call("Runtime.getProperties", "{\"objectId\":\"" + scope.group(1) + "\"}");
                Matcher x = Pattern.compile("\"name\":\"x\",[^}]*?\"value\":\\{[^}]*?\"value\":(\\d+)|"
                        + "\"value\":\\{[^}]*?\"value\":(\\d+)[^}]*\\}[^}]*?\"name\":\"x\"").matcher(props);
                assertTrue(x.find(), props);
                assertEquals("41", x.group(1) != null ? x.group(1) : x.group(2), props);

                dt.call("Debugger.stepOver", "{}");
                String stepped = dt.await("\"method\":\"Debugger.paused\"");
                assertEquals(10, pausedLine(stepped), stepped);
                dt.call("Debugger.resume", "{}");
            }
            assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the program did not end after resume");
            err.append(new String(restOfErr.join(), StandardCharsets.UTF_8));
            assertEquals("42\n", new String(out.join(), StandardCharsets.UTF_8), err.toString());
            assertEquals(0, p.exitValue(), err.toString());
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * Chrome restores its breakpoints as soon as it attaches, before the program has run (so before its source is
     * loaded), by URL or by a regular expression over URLs (urlRegex, which DevTools uses for files); both must
     * resolve once the program is compiled, and stop it.
     */
    @Test
    void chromeDevToolsBreakpointsSetBeforeTheProgramRunsByUrlRegexAndByUrl(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("regex.go");
        Files.writeString(prog, """
                package main

                import "fmt"

                func main() {
                	ch := make(chan int, 1)
                	x := 41
                	ch <- x + 1
                	v := <-ch
                	fmt.Println(v)
                }
                """);
        List<String> cmd = LauncherTest.command(false, "run", "--inspect=" + freePort(), prog.toString());
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<byte[]> out = inBackground(() -> readAll(p.getInputStream()));
        try {
            BufferedReader errLines = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String url = inspectorUrl(errLines);
            CompletableFuture<byte[]> restOfErr = inBackground(() -> readAll(p.getErrorStream()));
            try (DevTools dt = DevTools.connect(url)) {
                dt.call("Runtime.enable", "{}");
                dt.call("Debugger.enable", "{}");
                // as DevTools writes a file's pattern: any scheme and folder, the name's dot escaped
                String regex = dt.call("Debugger.setBreakpointByUrl",
                        "{\"lineNumber\":7,\"urlRegex\":\"^(file:\\\\/\\\\/)?.*\\\\/regex\\\\.go$\"}");
                Matcher id = Pattern.compile("\"breakpointId\":\"([^\"]+)\"").matcher(regex);
                assertTrue(id.find(), regex);
                String byRegex = id.group(1);
                String plain = dt.call("Debugger.setBreakpointByUrl",
                        "{\"lineNumber\":9,\"url\":\"" + prog.toUri() + "\"}");
                id = Pattern.compile("\"breakpointId\":\"([^\"]+)\"").matcher(plain);
                assertTrue(id.find(), plain);
                String byUrl = id.group(1);
                dt.call("Runtime.runIfWaitingForDebugger", "{}");
                // Suspend: the program stops at main's first statement, where the breakpoints have been resolved
                assertEquals(6, pausedLine(dt.await("\"method\":\"Debugger.paused\"")));
                dt.call("Debugger.resume", "{}");

                String first = dt.await("\"method\":\"Debugger.paused\"");
                assertEquals(8, pausedLine(first), first);
                assertTrue(first.contains("\"hitBreakpoints\":[\"" + byRegex + "\"]"), first);
                dt.call("Debugger.resume", "{}");
                String second = dt.await("\"method\":\"Debugger.paused\"");
                assertEquals(10, pausedLine(second), second);
                assertTrue(second.contains("\"hitBreakpoints\":[\"" + byUrl + "\"]"), second);
                dt.call("Debugger.resume", "{}");
            }
            assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the program did not end after resume");
            String err = new String(restOfErr.join(), StandardCharsets.UTF_8);
            assertEquals("42\n", new String(out.join(), StandardCharsets.UTF_8), err);
            assertEquals(0, p.exitValue(), err);
        } finally {
            p.destroyForcibly();
        }
    }
}
