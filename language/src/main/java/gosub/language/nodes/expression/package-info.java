/**
 * Expressions over Go's composite values: slices and arrays, strings, structs, maps, pointers, channels, function
 * values and interfaces, with the conversions between them and constants. Operators on numbers, booleans and
 * comparisons are in {@code nodes.operators}; variables in {@code nodes.local}.
 * <p>
 * What it owns: one class per kind of value ({@code SliceNodes}, {@code StringNodes}, {@code StructNodes},
 * {@code MapNodes}, {@code PointerNodes}, {@code ChannelNodes}, {@code FuncNodes}, {@code InterfaceNodes}),
 * {@link gosub.language.nodes.expression.ConversionNodes}, {@link gosub.language.nodes.expression.ConstNode}, and
 * {@link gosub.language.nodes.expression.ImplementsNode}, the DSL node that caches "does this dynamic type implement
 * I" per dynamic type for type assertions and type switches.
 * <p>
 * Rules: values are held as {@code gosub.language.values} says; element and field accesses are typed by the
 * element's representation so numbers are never boxed on the way. What Go makes a run-time panic (index out of
 * range, nil map write, nil dereference, failed type assertion, close of a closed channel) is a Go panic raised
 * through {@code RuntimeErrors}, with Go's message; a nil map reads as empty and a nil channel blocks forever. What Go
 * makes a fatal error (a map used by goroutines at once, which {@code GoMap} detects) is given the node's frames
 * ({@code Goroutines.locate}) on its way to the goroutine's top, so the report has the node's line.
 * Aggregates are copied where Go copies them (assignment, boxing into an interface), never on a read. Library-sized
 * work (string building, conversions that loop, map hashing) sits behind {@code @TruffleBoundary}; element and
 * field access does not.
 */
package gosub.language.nodes.expression;
