package gosub.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A host operation that may block for as long as the outside world likes (reading standard input from a terminal
 * or a pipe), run without holding the calling goroutine's M. Go lets a goroutine block in a system call on its M
 * and hands the P to another M (entersyscall/exitsyscall); gosub's Ms own their P for life, so it does it the
 * other way round: the goroutine parks with wait reason {@code syscall}, a helper thread runs the operation, and
 * the goroutine is made runnable again with its result. Meanwhile the M runs other goroutines, and the program
 * does not count as deadlocked, as a Go program blocked in read(2) does not.
 *
 * <p>Helper threads are plain daemon threads (not the embedder's): an operation may never return (a terminal
 * nobody types into), and such a thread must neither keep the process alive nor hold up closing the program.
 * They only run the host operation and never touch goroutine state.
 */
public final class HostCall<T> implements Runnable {

    /** The blocking operation; it runs on a helper thread, outside any goroutine. */
    @FunctionalInterface
    public interface Operation<T> {
        T run() throws Exception;
    }

    private static final ExecutorService HELPERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "gosub host call");
                t.setDaemon(true);
                return t;
            });

    private final Goroutine g;
    private final Operation<T> op;
    // written by the helper before it readies g, read by g after it resumed: the scheduler lock orders them
    private T result;
    private Exception failure;
    private Error fatal;

    private HostCall(Goroutine g, Operation<T> op) {
        this.g = g;
        this.op = op;
    }

    /**
     * Runs {@code op} while {@code g} is parked, and returns its result (or throws what it threw) in {@code g}.
     * With {@code g} null (code running outside the scheduler) the operation simply runs on the calling thread.
     */
    public static <T> T run(Goroutine g, Operation<T> op) throws Exception {
        if (g == null) {
            return op.run();
        }
        g.checkBlockable();
        HostCall<T> call = new HostCall<>(g, op);
        // counted before g parks, so that no M going idle in between takes the program for deadlocked
        g.scheduler.hostCallStarted();
        g.park(WaitReason.SYSCALL, Goroutine.ParkCommit.START_HOST_CALL, call);
        if (call.fatal != null) {
            throw call.fatal;
        }
        if (call.failure != null) {
            throw call.failure;
        }
        return call.result;
    }

    /** Called by the M once {@code g} is off it: from here the helper may ready {@code g} at any moment. */
    void start() {
        HELPERS.execute(this);
    }

    @Override
    public void run() {
        try {
            result = op.run();
        } catch (Exception e) {
            failure = e;
        } catch (Error e) {
            fatal = e;
        }
        g.scheduler.hostCallDone(g);
    }
}
