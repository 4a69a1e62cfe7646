/**
 * Natives of Go's package runtime (named {@code goruntime} so as not to be taken for gosub's own run time):
 * GOMAXPROCS, NumGoroutine, Gosched and Goexit on the scheduler of the calling goroutine, heap figures from the
 * JVM, and runtime.Caller's file and line ({@link gosub.language.stdlib.goruntime.CallerPosition}), read from
 * Truffle's frames of the current thread. Finalizers ({@link gosub.language.stdlib.goruntime.Finalizers}) are kept
 * per context; GC collects only when some are set (else the JVM collects on its own).
 */
package gosub.language.stdlib.goruntime;
