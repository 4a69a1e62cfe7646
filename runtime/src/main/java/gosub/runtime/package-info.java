/**
 * The gosub concurrency runtime: Go's M:P:G scheduler, channels, select, timers and address-keyed semaphores on
 * {@code jdk.internal.vm.Continuation}, in plain Java (no Truffle). {@link gosub.runtime.sync} builds Go's sync
 * package on top.
 *
 * <p>How an interpreter uses it:
 * <ul>
 * <li>{@link gosub.runtime.Scheduler#runMain} runs {@code main} as goroutine 1 on Ms made by the embedder's
 * ThreadFactory and returns the exit status; {@link gosub.runtime.Scheduler#go} is the {@code go} statement.</li>
 * <li>Every call that may block takes the <em>current goroutine</em> as its first argument. The interpreter
 * receives it as the argument of {@link gosub.runtime.Goroutine.Body#run} and passes it down; nothing is found
 * through the current thread, because a goroutine may resume on another M.</li>
 * <li>At loop back-edges and function entries it polls {@link gosub.runtime.Goroutine#preemptRequested()} and
 * then calls {@link gosub.runtime.Scheduler#gosched} (or calls {@link gosub.runtime.Scheduler#checkPreempt}).</li>
 * <li>It catches Go panics at a goroutine's top; an unrecovered one ends the program through
 * {@link gosub.runtime.Scheduler#exit} with a printer. Runtime errors arrive as {@link gosub.runtime.GoPanic}
 * (recoverable) and {@link gosub.runtime.FatalError} (not recoverable).</li>
 * <li>It must never yield (block in a runtime call) while holding a Java monitor.</li>
 * </ul>
 */
package gosub.runtime;
