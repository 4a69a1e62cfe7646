/**
 * Go's sync package (Mutex, RWMutex, WaitGroup, Once, Cond), ported from the Go sources onto
 * {@link gosub.runtime.Semaphore} and {@link gosub.runtime.NotifyList}. Methods take the current goroutine
 * explicitly; Go's {@code Wait} is {@code await} here so as not to overload {@link Object#wait()}, and
 * {@code Do} is {@link gosub.runtime.sync.Once#run}.
 */
package gosub.runtime.sync;
