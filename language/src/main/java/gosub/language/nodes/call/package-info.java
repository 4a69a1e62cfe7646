/**
 * Calls: of declared functions, of function values, of methods through interfaces, and of natives, each node
 * building the callee's arguments through {@code GoArguments}.
 * <p>
 * What it owns: {@link gosub.language.nodes.call.CallNodes} (the call sites: a static call resolves and builds its
 * callee on first execution and then calls it directly; a multi-result call yields an {@code Object[]} tuple read by
 * {@code TupleGet}); the DSL dispatch nodes with polymorphic inline caches,
 * {@link gosub.language.nodes.call.FunctionDispatchNode} keyed by call target and
 * {@link gosub.language.nodes.call.MethodDispatchNode} keyed by dynamic type, each with a limit and a megamorphic
 * fallback (indirect call; itab lookup in the context's {@code MethodTable}); the parameter read
 * {@link gosub.language.nodes.call.ArgumentNode}; and the adapter roots for method expressions (on a concrete type, and
 * on an interface type, which dispatches on its first argument).
 * <p>
 * Rules: the callee's arguments are evaluated left to right after the function value or receiver, as Go does; a
 * nil function value or nil interface receiver is a Go nil-dereference panic at the call. Every call site catches a
 * Go panic passing through it only to add the caller's frame (function, file, line) for Go's stack trace, and
 * rethrows it. Caches are keyed by identity (call targets, interned types), so a cache hit is a pointer compare.
 */
package gosub.language.nodes.call;
