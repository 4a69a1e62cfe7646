package gosub.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A program still running at its time limit is stopped by closing its context with cancellation, however it
 * runs: a loop in main or in a goroutine, a goto loop, a loop under a thousand frames, a sleep. Stopped means: the close
 * returns, the thread that ran main comes back, and nothing is reported on stderr (the program did not fail).
 */
class ProgramRunnerTest {
    private static final ProgramRunner RUNNER = new ProgramRunner(1 << 16);

    @AfterAll
    static void closeEngine() {
        RUNNER.close();
    }

    /** The runaway programs (bodies after the package clause); CancelHarness measures their cancellation. */
    static final List<String> PROGRAMS = List.of(
        "func main() { for {} }",
        "func main() { go func() { for {} }(); select {} }",
        "func main() { x := 0\nL:\n\tx++\n\tgoto L }",
        "func f(n int) int { if n == 0 { for {} }; return f(n-1) + 1 }\nfunc main() { println(f(1000)) }",
        "func main() { ch := make(chan int); go func() { for { ch <- 1 } }(); for { <-ch } }",
        "import \"time\"\nfunc main() { go func() { for {} }(); time.Sleep(time.Hour) }",
        "import \"time\"\nfunc main() { time.Sleep(time.Hour) }");

    static List<String> programs() {
        return PROGRAMS;
    }

    @ParameterizedTest
    @MethodSource("programs")
    void aRunawayProgramIsStoppedAtItsLimit(String body) {
        Source source = Source.newBuilder(ProgramRunner.LANGUAGE, "package main\n" + body + "\n", "loop.go").buildLiteral();
        long started = System.nanoTime();
        ProgramRunner.Outcome o = RUNNER.run(source, "loop.go", 500);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertNull(o.failure());
        assertTrue(o.timedOut(), "still running at the limit");
        assertTrue(o.stopped(), "stopped by the close");
        assertEquals("", o.stderr());
        // a cancel reaches every M within a safepoint poll or an interruptible sleep: closes took 2-9 ms (median)
        // and at most ~1 s (a cold one) over 50 runs of each program on a 2-core machine at load average 15
        // (CancelHarness); a hang fails here
        assertTrue(millis < 5_000, "stopped in " + millis + " ms");
    }

    /**
     * The dump of a context that would not close shows the top of each thread only. A whole-stack dump of a thread
     * a million Go calls deep made the JVM decode every frame at a safepoint, gigabytes of native memory: the golden
     * module run was killed by the OOM killer. A plain Java recursion stands in for the goroutine.
     */
    @Test
    void aHungCloseDumpsTheTopOfEachThread() throws InterruptedException {
        CountDownLatch deep = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(null, () -> descend(100_000, deep, release), "deep-thread", 256L << 20);
        t.setDaemon(true);
        t.start();
        try {
            deep.await();
            String dump = ProgramRunner.threadDump();
            String[] sections = dump.split("\n\"");
            String thread = List.of(sections).stream().filter(x -> x.startsWith("deep-thread\"")).findFirst().orElseThrow();
            long frames = thread.lines().filter(l -> l.startsWith("\tat ")).count();
            assertTrue(frames <= 60, frames + " frames of the deep thread dumped");
            assertTrue(thread.contains("descend"), thread);
            assertTrue(thread.endsWith("\t...\n"), "the elision is marked");
        } finally {
            release.countDown();
            t.join();
        }
    }

    private static int descend(int n, CountDownLatch deep, CountDownLatch release) {
        if (n == 0) {
            deep.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        return descend(n - 1, deep, release) + 1;
    }
}
