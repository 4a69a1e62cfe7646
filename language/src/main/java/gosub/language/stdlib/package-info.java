/**
 * The Java side of gosub's standard packages. Each standard package is Go source under
 * {@code resources/gosub/stdlib/} whose body-less functions are natives implemented here, one sub-package per Go
 * package ({@code strings}, {@code strconv}, {@code os}, ...); this package holds
 * {@link gosub.language.stdlib.StdlibNatives}, which registers them all in a context's {@code Natives} table, and the
 * natives with no package of their own: fmt's entry points ({@code FmtNatives}, over the engine in
 * {@code stdlib.fmt}) and the print/println built-ins ({@code BuiltinPrint}).
 * <p>
 * Rules every sub-package keeps: a native does only what Go does with assembly, the runtime or reflect, or what
 * would be too slow in interpreted Go; the rest of a package stays Go code. A native is registered under its Go name
 * ({@code "strings.Index"}, {@code "sync.Mutex.Lock"}) as a DSL node with typed parameters or as a lambda; it takes
 * and returns values as {@code gosub.language.values} holds them (strings are byte strings, one byte per char) and
 * reports failure as Go does: a Go panic, an error number or code the Go side turns into an error value, or a fatal
 * error. Blocking goes through the runtime module on the calling goroutine, never a Java wait on an M. Run state
 * (open files, signal handlers, the random source) belongs to the context, not to a static.
 */
package gosub.language.stdlib;
