package gosub.parser;

/**
 * Runs work that recurses once per level of nesting in a Go source (the parser, and after it the type checker and
 * node builder) on a thread of its own with a stack as large as the one Go gives a goroutine. Go programs may nest
 * expressions and blocks hundreds of thousands deep; a thread's default stack (1 MB or less) overflows after a few
 * thousand levels.
 */
public final class DeepStack {
    /**
     * Reserved, not committed: the pages are touched only as deep as the recursion goes. Measured on JDK 25 with
     * gosub's compiler: 1 GB is enough for a million nested parentheses (Go's compiler stops at a few hundred
     * thousand).
     */
    public static final long STACK_BYTES = 1L << 30;

    /** The work: like {@link java.util.concurrent.Callable}, with the checked exception it may throw. */
    @FunctionalInterface
    public interface Task<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * How the caller waits for the worker: {@code Thread::join}, or a join that lets the caller's host run its
     * thread-local work meanwhile (a Truffle safepoint) and may throw to stop waiting.
     */
    @FunctionalInterface
    public interface Joiner {
        void join(Thread worker) throws InterruptedException;
    }

    private DeepStack() {
    }

    /**
     * Returns what TASK returns, computed on a deep-stack thread while the caller waits; whatever TASK throws is
     * thrown here, including a {@link StackOverflowError} when even this stack is not enough.
     */
    public static <T, E extends Exception> T call(String threadName, Task<T, E> task) throws E {
        return call(threadName, task, Thread::join);
    }

    /**
     * {@link #call(String, Task)}, waiting with JOINER. If JOINER throws, the caller still waits for the work to
     * finish (it cannot be abandoned half way), then passes the throw on.
     */
    public static <T, E extends Exception> T call(String threadName, Task<T, E> task, Joiner joiner) throws E {
        Outcome<T> outcome = new Outcome<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.value = task.run();
            } catch (Throwable t) {
                outcome.thrown = t;
            }
        }, threadName, STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                joiner.join(worker);
                break;
            } catch (InterruptedException e) {
                // the work cannot be abandoned half way (it may be filling shared tables): finish, then re-flag
                interrupted = true;
            } catch (RuntimeException | Error stop) {
                joinUninterruptibly(worker);
                throw stop;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (outcome.thrown instanceof RuntimeException e) {
            throw e;
        }
        if (outcome.thrown instanceof Error e) {
            throw e;
        }
        if (outcome.thrown != null) {
            throw DeepStack.<E>rethrow(outcome.thrown);
        }
        return outcome.value;
    }

    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Throws t, a checked exception, which TASK can only have thrown if it is an E: the cast tells the compiler. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Throwable t) throws E {
        throw (E) t;
    }

    /** Written by the worker, read by the caller after join (which orders the two). */
    private static final class Outcome<T> {
        T value;
        Throwable thrown;
    }
}
