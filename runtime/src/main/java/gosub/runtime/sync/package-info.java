/**
 * Go's sync primitives for the runtime. {@link gosub.runtime.sync.WordMutex}, {@link gosub.runtime.sync.WordRWMutex}
 * and {@link gosub.runtime.sync.WordWaitGroup} keep their whole state in words of a {@code long[]} (the
 * interpreter's struct fields), with sleepers in the {@link gosub.runtime.SemaTable}; {@link gosub.runtime.sync.Mutex},
 * {@link gosub.runtime.sync.RWMutex} and {@link gosub.runtime.sync.WaitGroup} are Java objects over the same code.
 * Cond and Once are built on {@link gosub.runtime.NotifyList} and Mutex. Methods take the current goroutine
 * explicitly; Go's {@code Wait} is {@code await} here so as not to overload {@link Object#wait()}, and
 * {@code Do} is {@link gosub.runtime.sync.Once#run}.
 */
package gosub.runtime.sync;
