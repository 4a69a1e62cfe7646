/**
 * The language side of Go's run time: goroutines as runtime-module goroutines running call targets
 * ({@link gosub.language.runtime.Goroutines}), each goroutine's state ({@link gosub.language.runtime.GoroutineState}),
 * panics ({@link gosub.language.runtime.GoPanicException}) and run-time errors, os.Exit
 * ({@link gosub.language.runtime.ProgramExitException}), runtime.Goexit
 * ({@link gosub.language.runtime.GoroutineExitException}), preemption and signals.
 * <p>
 * Rules: no run state in statics. What a run needs (its scheduler, its panic printer, its streams) is reached
 * through its context ({@code GoContext}) or its goroutine's state, so several contexts can run programs in one
 * JVM at the same time without seeing each other (ContextIsolationTest). Control transfers that Go programs
 * cannot catch (exits) are exceptions without stack traces.
 */
package gosub.language.runtime;
