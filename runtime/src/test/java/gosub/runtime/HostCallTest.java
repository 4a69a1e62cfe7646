package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostCallTest {

    /** The M of a goroutine waiting in a host call keeps running the others, even with a single P. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void otherGoroutinesRunWhileOneWaitsInAHostCall(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            CountDownLatch release = new CountDownLatch(1);
            Channel done = new Channel(1, null);
            Goroutine reader = s.go(main, g -> {
                try {
                    String got = HostCall.run(g, () -> {
                        release.await();
                        return "line";
                    });
                    done.send(g, got);
                } catch (Exception e) {
                    done.send(g, e);
                }
            });
            // main itself keeps running on the only M until the reader is parked in its call
            while (!"syscall".equals(reader.stateText())) {
                s.gosched(main);
            }
            release.countDown();
            assertEquals("line", done.receive(main));
        });
    }

    /** A program whose only goroutine waits for the outside world is not deadlocked. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void aPendingHostCallIsNoDeadlock(int procs) {
        AtomicReference<Object> got = new AtomicReference<>();
        GoTesting.runOk(procs, main -> {
            try {
                got.set(HostCall.run(main, () -> {
                    TimeUnit.MILLISECONDS.sleep(200);
                    return 42;
                }));
            } catch (Exception e) {
                got.set(e);
            }
        });
        assertEquals(42, got.get());
    }

    /**
     * What the operation throws is thrown in the goroutine; a channel wait afterwards is a deadlock again. Repeated:
     * the goroutine may block again before the helper has stopped counting the call (a race once lost here).
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void failuresReachTheGoroutineAndDeadlockDetectionResumes(int procs) {
        for (int i = 0; i < 50; i++) {
            AtomicReference<Exception> thrown = new AtomicReference<>();
            GoTesting.Outcome o = GoTesting.run(procs, main -> {
                thrown.set(assertThrows(IOException.class, () -> HostCall.run(main, () -> {
                    throw new IOException("bad file descriptor");
                })));
                new Channel(0, null).receive(main);
            });
            assertEquals("bad file descriptor", thrown.get().getMessage());
            assertEquals(2, o.exitCode());
            assertTrue(o.stderr().contains("all goroutines are asleep - deadlock!"), o.stderr());
        }
    }
}
