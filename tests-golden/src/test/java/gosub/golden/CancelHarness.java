package gosub.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measuring tool, not part of the build's tests (it runs only when asked): how often, and how fast, closing a
 * context with cancellation stops a runaway program.
 *
 * <pre>
 *   ./gosub test -pl tests-golden -Dtest=CancelHarness -Dcancel.runs=500 [-Dcancel.copies=2] [-Dcancel.hogs=1]
 *       [-Dcancel.case=4] [-Dcancel.latency=true]
 * </pre>
 *
 * {@code cancel.case} picks a program of {@link ProgramRunnerTest} (0-based, default 4: the channel ping-pong);
 * {@code cancel.copies} runs that many loops at once on one engine, {@code cancel.hogs} adds busy threads beside
 * them. Each run closes its context after 100-500 ms; a close that has not returned within ProgramRunner's bound
 * counts as a hang (ProgramRunner prints the threads' stacks). With {@code cancel.latency}, every case is run
 * {@code cancel.runs} times in turn and the close-to-return times are printed instead.
 */
@EnabledIfSystemProperty(named = "cancel.runs", matches = "\\d+")
class CancelHarness {

    @Test
    void closeRepeatedly() throws InterruptedException {
        int runs = Integer.getInteger("cancel.runs");
        int copies = Integer.getInteger("cancel.copies", 1);
        int hogs = Integer.getInteger("cancel.hogs", 0);
        boolean latency = Boolean.getBoolean("cancel.latency");
        List<String> cases = ProgramRunnerTest.PROGRAMS;
        List<Thread> hogThreads = startHogs(hogs);
        try (ProgramRunner runner = new ProgramRunner(1 << 16)) {
            if (latency) {
                for (int c = 0; c < cases.size(); c++) {
                    long[] millis = new long[runs];
                    int hangs = 0;
                    for (int i = 0; i < runs; i++) {
                        ProgramRunner.Outcome o = runner.run(source(cases.get(c)), "loop.go", 300);
                        millis[i] = o.closeMillis();
                        hangs += o.stopped() ? 0 : 1;
                    }
                    Arrays.sort(millis);
                    System.out.printf("case %d: close median %d ms, p90 %d ms, max %d ms, hangs %d of %d%n", c,
                            millis[runs / 2], millis[runs * 9 / 10], millis[runs - 1], hangs, runs);
                }
                return;
            }
            Source source = source(cases.get(Integer.getInteger("cancel.case", 4)));
            AtomicInteger done = new AtomicInteger();
            AtomicInteger hangs = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicLong slowest = new AtomicLong();
            List<Thread> loops = new ArrayList<>();
            for (int k = 0; k < copies; k++) {
                Thread t = new Thread(() -> {
                    while (done.get() < runs) {
                        ProgramRunner.Outcome o = runner.run(source, "loop.go",
                                ThreadLocalRandom.current().nextLong(100, 501));
                        slowest.accumulateAndGet(o.closeMillis(), Math::max);
                        if (!o.stopped()) {
                            System.out.println("hang after " + done.get() + " runs");
                            hangs.incrementAndGet();
                        } else if (o.failure() != null || !o.timedOut() || !o.stderr().isEmpty()) {
                            System.out.println("failure: " + o.failure() + " " + o.stderr());
                            failures.incrementAndGet();
                        }
                        int n = done.incrementAndGet();
                        if (n % 100 == 0) {
                            System.out.println(n + " runs, " + hangs.get() + " hangs");
                        }
                    }
                }, "cancel-loop-" + k);
                t.start();
                loops.add(t);
            }
            for (Thread t : loops) {
                t.join();
            }
            System.out.printf("%d runs (%d at once, %d hogs): %d hangs, %d failures, slowest close %d ms%n",
                    done.get(), copies, hogs, hangs.get(), failures.get(), slowest.get());
            assertEquals(0, hangs.get() + failures.get());
        } finally {
            for (Thread t : hogThreads) {
                t.interrupt();
            }
        }
    }

    private static Source source(String body) {
        return Source.newBuilder(ProgramRunner.LANGUAGE, "package main\n" + body + "\n", "loop.go").buildLiteral();
    }

    private static List<Thread> startHogs(int n) {
        List<Thread> hogs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    x += System.nanoTime() & 1;
                }
                if (x == 42) {
                    System.out.print("");
                }
            }, "cancel-hog-" + i);
            t.setDaemon(true);
            t.start();
            hogs.add(t);
        }
        return hogs;
    }
}
