package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * An idle M must not sleep through the wake-up that takes it off the idle list, whatever its host's blocker does
 * with the thread meanwhile (Machine's class comment).
 */
class IdleWakeUpTest {

    /**
     * The blocker here behaves as Truffle's does for a thread-local action: it takes an interrupt of its own, and
     * then calls the wait again. It holds an idle M back from its sleep until the program is stopping, so that the
     * stop's unpark reaches the thread first, then interrupts the thread: the sleep's first park returns at once
     * and throws, and the repeated call finds no permit left. A sleep that trusted the permit slept for ever there,
     * and its M outlived the program (the hang of a polyglot context closed with cancellation).
     */
    @Test
    void anIdleMWokenWhileItsHostInterruptsItLeavesWithTheProgram() throws InterruptedException {
        List<Thread> ms = new CopyOnWriteArrayList<>();
        Scheduler s = new Scheduler(2, r -> {
            Thread t = new Thread(r, "idle-wake-up-M");
            t.setDaemon(true);
            ms.add(t);
            return t;
        });
        AtomicInteger repeatedSleeps = new AtomicInteger();
        s.setThreadBlocker(new ThreadBlocker() {
            @Override
            public <T> void block(Wait<T> wait, T on) throws InterruptedException {
                if (!(on instanceof Machine)) {
                    wait.await(on);
                    return;
                }
                while (!s.isStopping()) {
                    Thread.sleep(1); // on the idle list, not asleep yet: the stop comes now
                }
                Thread.currentThread().interrupt(); // the host's own interrupt
                while (true) {
                    try {
                        wait.await(on);
                        return;
                    } catch (InterruptedException mine) {
                        repeatedSleeps.incrementAndGet(); // the host ran its action; the wait goes on
                    }
                }
            }
        });

        int code = s.runMain(main -> {
            // main keeps one M busy for a while, so that the other goes idle
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        });

        assertEquals(0, code);
        assertTrue(repeatedSleeps.get() > 0, "no idle M was interrupted in its sleep");
        List<String> alive = new ArrayList<>();
        for (Thread m : ms) {
            m.join(5_000);
            if (m.isAlive()) {
                alive.add(m + " " + List.of(m.getStackTrace()));
            }
        }
        assertTrue(alive.isEmpty(), "Ms still alive after the program ended: " + alive);
    }
}
