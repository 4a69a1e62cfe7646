/**
 * Natives of Go's package runtime (named {@code goruntime} so as not to be taken for gosub's own run time):
 * GOMAXPROCS, NumGoroutine, Gosched and Goexit on the scheduler of the calling goroutine, heap figures from the
 * JVM, and runtime.Caller's file and line ({@link gosub.language.stdlib.goruntime.CallerPosition}), read from
 * Truffle's frames of the current thread. GC is a no-op: the JVM collects on its own.
 */
package gosub.language.stdlib.goruntime;
