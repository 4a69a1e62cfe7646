/**
 * The registry of the standard library's functions and methods that are written in Java ("natives": the Go source
 * of a package declares them without a body), with the nodes that run them.
 * <p>
 * What it owns: {@link gosub.language.natives.Natives}, one table per context from a Go name ("strings.Index",
 * "sync.Mutex.Lock") to a node factory; {@link gosub.language.natives.NativeNode}, the base of the builtin nodes
 * that the Truffle DSL generates factories for; {@link gosub.language.natives.AdaptedNative}, the one node for the
 * natives still written as {@link gosub.language.natives.JavaNative} lambdas; and
 * {@link gosub.language.natives.NativeRootNode}, a native as a call target for when it is used as a function value.
 * <p>
 * Rules: a call of a native gets the native's node at the call site, so nothing is called indirectly and typed
 * parameters (long, double, boolean, String) stay unboxed. A native receives its Go parameters only, receiver
 * first; it asks for the goroutine or the context through the frame ({@code GoArguments}) or the node
 * ({@code GoContext.get}), never through a static. Library code with loops, blocking or I/O stays behind a
 * {@code @TruffleBoundary}; what compiles well (arithmetic, atomics, field access) does not. A panic a native
 * raises is a Go panic ({@code GoPanicException}), never a Java exception. The packages under
 * {@code gosub.language.stdlib} own the natives themselves and register them in {@code StdlibNatives}.
 */
package gosub.language.natives;
