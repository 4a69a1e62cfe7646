/**
 * Goroutine stacks for the reports that list goroutines other than the one running: the deadlock report, the
 * SIGQUIT dump, {@code GOTRACEBACK=all}, the leak report ({@code --leaks}) and the debugger's goroutine list.
 * Truffle's frames belong to a thread, and a parked goroutine's frames sit in its unmounted continuation, so the
 * stacks come from the call chain each {@code GoroutineState} keeps (the call node of every Go call under way and
 * the node where the goroutine last blocked), read from any thread without stopping the goroutine. A snapshot is
 * a best effort of a moving program: it may be a call behind for a goroutine that is running, never wrong for one
 * that is parked. Formatting follows Go 1.22's traceback text. This package reads the runtime's goroutines and the
 * nodes' source sections; nothing on a hot path calls into it.
 */
package gosub.language.traceback;
