package gosub.language.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * One Go runtime per context: goroutines outlive the call that started them, host threads call in at once, and
 * closing or interrupting the context stops every goroutine and leaves no thread behind.
 */
class OneRuntimeTest {
    private static final String SOURCE = """
            package rt

            import (
            	"sync"
            	"time"
            )

            var later = make(chan int)

            // StartLater starts a goroutine that sends v on a channel once the call has returned.
            func StartLater(v int) {
            	go func() {
            		time.Sleep(time.Millisecond * 20)
            		later <- v
            	}()
            }

            func ReceiveLater() int { return <-later }

            var (
            	mu    sync.Mutex
            	count int
            )

            type request struct {
            	n     int
            	reply chan int
            }

            var requests = make(chan request)

            // a server goroutine started by package initialisation serves every call
            func init() {
            	go func() {
            		for r := range requests {
            			r.reply <- r.n * r.n
            		}
            	}()
            }

            // Work adds n to the shared counter one by one, and has the server square n.
            func Work(n int) int {
            	done := make(chan bool)
            	go func() {
            		for i := 0; i < n; i++ {
            			mu.Lock()
            			count++
            			mu.Unlock()
            		}
            		done <- true
            	}()
            	<-done
            	reply := make(chan int)
            	requests <- request{n, reply}
            	return <-reply
            }

            func Count() int {
            	mu.Lock()
            	defer mu.Unlock()
            	return count
            }

            var spins int

            // Spin starts a goroutine that never blocks and never ends.
            func Spin() {
            	go func() {
            		for {
            			spins++
            		}
            	}()
            }

            // Forever tells the caller it runs, and never returns.
            func Forever(running func()) {
            	running()
            	for {
            		spins++
            	}
            }

            // Park starts a goroutine that blocks for good.
            func Park() { go func() { <-make(chan int) }() }

            func Ping() string { return "pong" }

            // Twice calls f twice: f is Java, and calls back into Go.
            func Twice(f func() int) int { return f() + f() }

            func Deadlock() { <-make(chan int) }

            // Background runs f on a goroutine of its own and returns.
            func Background(f func()) { go f() }

            // Deep recurses until Go's stack limit: a fatal error that ends the runtime.
            func Deep(n int) int { return Deep(n+1) + 1 }

            var trigger = make(chan bool)

            // PanicLater starts a goroutine that panics once triggered, after the call returned.
            func PanicLater() {
            	go func() {
            		<-trigger
            		panic("background failure")
            	}()
            }

            // TriggerAndWait triggers the panic and waits for ever.
            func TriggerAndWait() {
            	trigger <- true
            	select {}
            }
            """;

    private static Context.Builder builder() {
        return Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false");
    }

    private static Value load(Context ctx) {
        return ctx.eval(Source.newBuilder("go", SOURCE, "rt.go").buildLiteral());
    }

    /** The threads alive now. */
    private static Set<Thread> threads() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    /**
     * The threads alive now that were not in before. A thread that has done its work may still be on its way out
     * for a moment after it was joined by someone else, so give it time (a bound, not a timing assertion).
     */
    private static List<Thread> leftOver(Set<Thread> before) throws InterruptedException {
        List<Thread> left = new ArrayList<>();
        for (Thread t : threads()) {
            if (!before.contains(t) && t.isAlive() && !isJvmOwn(t)) {
                t.join(10_000);
                if (t.isAlive()) {
                    left.add(t);
                }
            }
        }
        return left;
    }

    /** Threads of the JVM and of Truffle's engine, which outlive contexts by design. */
    private static boolean isJvmOwn(Thread t) {
        String n = t.getName();
        return n.startsWith("Common-Cleaner") || n.startsWith("Truffle") || n.startsWith("ForkJoinPool")
                        || n.startsWith("Attach Listener") || n.startsWith("process reaper");
    }

    private static String names(List<Thread> ts) {
        StringBuilder sb = new StringBuilder();
        for (Thread t : ts) {
            sb.append(t.getName()).append(' ').append(t.getState()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void goroutinesOutliveTheCallThatStartedThem() {
        try (Context ctx = builder().build()) {
            Value rt = load(ctx);
            rt.getMember("StartLater").execute(42);
            rt.getMember("StartLater").execute(7);
            int a = rt.getMember("ReceiveLater").execute().asInt();
            int b = rt.getMember("ReceiveLater").execute().asInt();
            assertEquals(49, a + b);
        }
    }

    @Test
    void hostThreadsCallInAtOnce() throws Exception {
        int threads = 4;
        int calls = 25;
        try (Context ctx = builder().build()) {
            Value rt = load(ctx);
            Value work = rt.getMember("Work");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Long>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int base = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        long sum = 0;
                        for (int i = 0; i < calls; i++) {
                            int n = base * 100 + i;
                            long sq = work.execute(n).asLong();
                            assertEquals((long) n * n, sq);
                            sum += n;
                        }
                        return sum;
                    }));
                }
                long expected = 0;
                for (Future<Long> f : results) {
                    expected += f.get(5, TimeUnit.MINUTES);
                }
                assertEquals(expected, rt.getMember("Count").execute().asLong());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void javaCalledByGoCallsBackIntoGo() {
        try (Context ctx = builder().build()) {
            Value rt = load(ctx);
            rt.getMember("StartLater").execute(20);
            rt.getMember("StartLater").execute(22);
            // the callback runs on the goroutine that called it; the Go it calls blocks that goroutine (a receive
            // from the goroutines started above), not the runtime
            Value twice = rt.getMember("Twice");
            int sum = twice.execute((org.graalvm.polyglot.proxy.ProxyExecutable) a -> rt.getMember("ReceiveLater").execute().asInt()).asInt();
            assertEquals(42, sum);
        }
    }

    @Test
    void anIdleRuntimeIsNoDeadlock() {
        try (Context ctx = builder().build()) {
            Value rt = load(ctx);
            rt.getMember("Park").execute();
            // every goroutine is blocked now (the server, the parked one) and no call runs: nothing to report
            assertEquals("pong", rt.getMember("Ping").execute().asString());
            // a call that blocks with everything else blocked is Go's deadlock
            PolyglotException e = assertThrows(PolyglotException.class, () -> rt.getMember("Deadlock").execute());
            assertEquals("fatal error: all goroutines are asleep - deadlock!", e.getMessage());
            assertEquals("pong", rt.getMember("Ping").execute().asString());
        }
    }

    @Test
    void aPanicOutsideEveryCallEndsTheRuntimeNotTheContext() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = builder().err(err).build()) {
            Value rt = load(ctx);
            rt.getMember("PanicLater").execute();
            // the panic ends the runtime as it would end a Go process; a call blocked meanwhile sees the exit
            PolyglotException e = assertThrows(PolyglotException.class, () -> rt.getMember("TriggerAndWait").execute());
            assertTrue(e.isExit(), e.getMessage());
            assertEquals(2, e.getExitStatus());
            // the next call has a new runtime
            assertEquals("pong", rt.getMember("Ping").execute().asString());
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("panic: background failure"), text);
    }

    @Test
    void closeStopsEveryGoroutineAndJoinsEveryThread() throws Exception {
        Set<Thread> before = threads();
        Context ctx = builder().build();
        Value rt = load(ctx);
        rt.getMember("Spin").execute();
        rt.getMember("Park").execute();
        rt.getMember("StartLater").execute(1);
        assertEquals("pong", rt.getMember("Ping").execute().asString());
        ctx.close();
        List<Thread> left = leftOver(before);
        assertTrue(left.isEmpty(), "threads left after close:\n" + names(left));
    }

    /**
     * Calls Forever on a thread of POOL; RUNNING opens once the call is inside Go. The future gives what the call
     * threw (it never returns normally), or null.
     */
    private static Future<Throwable> callForever(ExecutorService pool, Value rt, java.util.concurrent.CountDownLatch running) {
        return pool.submit(() -> {
            try {
                rt.getMember("Forever").execute((org.graalvm.polyglot.proxy.ProxyExecutable) a -> {
                    running.countDown();
                    return null;
                });
                return null;
            } catch (PolyglotException e) {
                return e;
            }
        });
    }

    @Test
    void aStackOverflowEndsTheRuntimeAndCloseStillJoinsEveryThread() throws Exception {
        Set<Thread> before = threads();
        Context ctx = builder().build();
        Value rt = load(ctx);
        PolyglotException e = assertThrows(PolyglotException.class, () -> rt.getMember("Deep").execute(0));
        assertTrue(e.isExit() && e.getExitStatus() == 2, e.toString());
        assertEquals("pong", rt.getMember("Ping").execute().asString(), "the next call starts a new runtime");
        ctx.close();
        List<Thread> left = leftOver(before);
        assertTrue(left.isEmpty(), "threads left after close:\n" + names(left));
    }

    @Test
    void closeEndsACallbackThatWaitsInJava() throws Exception {
        Set<Thread> before = threads();
        Context ctx = builder().allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build();
        Value rt = load(ctx);
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        Runnable waits = () -> {
            entered.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
        };
        rt.getMember("Background").execute(waits);
        assertTrue(entered.await(30, java.util.concurrent.TimeUnit.SECONDS));
        ctx.close(); // no call runs: the M inside the callback is interrupted, and leaves
        List<Thread> left = leftOver(before);
        assertTrue(left.isEmpty(), "threads left after close:\n" + names(left));
    }

    @Test
    void closeRefusesWhileACallRunsAndCancelStopsIt() throws Exception {
        Set<Thread> before = threads();
        Context ctx = builder().build();
        Value rt = load(ctx);
        rt.getMember("Spin").execute();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
            Future<Throwable> caller = callForever(pool, rt, running);
            // Truffle's rule: a plain close while another thread executes in the context is refused
            running.await();
            assertThrows(IllegalStateException.class, ctx::close);
            ctx.close(true);
            Throwable t = caller.get(5, TimeUnit.MINUTES);
            assertTrue(t instanceof PolyglotException p && p.isCancelled(), String.valueOf(t));
        } finally {
            pool.shutdownNow();
        }
        List<Thread> left = leftOver(before);
        assertTrue(left.isEmpty(), "threads left after close(true):\n" + names(left));
    }

    @Test
    void interruptStopsEveryGoroutineAndTheContextGoesOn() throws Exception {
        Set<Thread> before = threads();
        Context ctx = builder().build();
        Value rt = load(ctx);
        rt.getMember("Spin").execute();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
            Future<Throwable> caller = callForever(pool, rt, running);
            running.await();
            ctx.interrupt(Duration.ofMinutes(1));
            Throwable t = caller.get(1, TimeUnit.MINUTES);
            assertTrue(t instanceof PolyglotException p && p.isInterrupted(), String.valueOf(t));
        } finally {
            pool.shutdownNow();
        }
        // the context is still usable: a new runtime runs the next call
        assertEquals("pong", rt.getMember("Ping").execute().asString());
        ctx.close();
        List<Thread> left = leftOver(before);
        assertTrue(left.isEmpty(), "threads left after interrupt and close:\n" + names(left));
    }

    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"time"
            )

            func main() {
            	done := make(chan string)
            	for i := 0; i < 3; i++ {
            		go func(i int) {
            			time.Sleep(time.Millisecond * time.Duration(5*i))
            			done <- fmt.Sprint(NAME, " ", i)
            		}(i)
            	}
            	for i := 0; i < 3; i++ {
            		fmt.Println(<-done)
            	}
            	<-time.After(10 * time.Millisecond)
            	panic(NAME + " gives up")
            }
            """;

    @Test
    void twoContextsOfOneEngineRunAtOnce() throws Exception {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String[]>> runs = new ArrayList<>();
                for (String name : List.of("left", "right")) {
                    runs.add(pool.submit(() -> runProgram(engine, name, start)));
                }
                for (int k = 0; k < 2; k++) {
                    String name = k == 0 ? "left" : "right";
                    String[] r = runs.get(k).get(5, TimeUnit.MINUTES);
                    assertEquals("2", r[0], name + " exit status");
                    List<String> lines = List.of(r[1].split("\n"));
                    assertEquals(3, lines.size(), r[1]);
                    for (String line : lines) {
                        assertTrue(line.startsWith(name + " "), name + " printed " + line);
                    }
                    assertTrue(r[2].startsWith("panic: " + name + " gives up\n\ngoroutine 1 [running]:"), r[2]);
                    assertFalse(r[2].contains(k == 0 ? "right" : "left"), r[2]);
                    assertEquals("pong " + name, r[3]);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Runs PROGRAM as NAME in a new context of engine, then a call that panics: {exit status, out, err, call}. */
    private static String[] runProgram(Engine engine, String name, CyclicBarrier start) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("go").engine(engine).allowCreateThread(true).out(out).err(err).build()) {
            Source program = Source.newBuilder("go", PROGRAM.replace("NAME", '"' + name + '"'), name + ".go").buildLiteral();
            Value lib = ctx.eval(Source.newBuilder("go", """
                    package lib

                    func Ping(name string) string {
                    	defer func() { _ = recover() }()
                    	if name == "" {
                    		panic("no name")
                    	}
                    	return "pong " + name
                    }

                    func Fail(name string) { panic(name) }
                    """, "lib.go").buildLiteral());
            start.await();
            int status = ctx.eval(program).asInt();
            PolyglotException e = assertThrows(PolyglotException.class, () -> lib.getMember("Fail").execute(name));
            assertEquals("panic: " + name, e.getMessage());
            String pong = lib.getMember("Ping").execute(name).asString();
            return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), pong};
        }
    }
}
