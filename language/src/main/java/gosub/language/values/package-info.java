/**
 * How Go values are held at run time. Every node, native and interop conversion reads and writes values in this
 * one representation:
 * <ul>
 * <li>integers of every kind are {@code long} (sign-extended for signed kinds, zero-extended for unsigned ones),
 * floats are {@code double} (float32 rounded to float precision), booleans are {@code boolean};</li>
 * <li>complex64 and complex128 values are {@link gosub.language.values.Complex}: a final class of two final
 * doubles (a complex64's parts rounded to float precision). An object rather than two slots because a complex must
 * fit everywhere one value fits (a local's slot, a field, an element, an interface, a channel buffer, a map key)
 * without a second slot in each of them; being immutable, it is shared rather than copied, and being small and
 * final, the Graal compiler scalar-replaces it in compiled arithmetic, so a loop over complex values allocates
 * nothing. Integers and floats keep their unboxed paths: nothing of theirs looks at complex values;</li>
 * <li>strings are {@code java.lang.String} with one byte per char, 0 to 255 ({@link gosub.language.values.ByteStrings}
 * converts at the edges), so length, indexing and ordering are Go's byte-wise ones;</li>
 * <li>structs are {@link gosub.language.values.StructValue}s and arrays are Java arrays ({@code byte[]},
 * {@code long[]}, {@code double[]}, {@code boolean[]} or {@code Object[]} by element type: {@code Aggregates.storageOf});
 * both are owned storage, copied on assignment, and a pointer to one is the storage object itself (or, for an
 * array that is part of a longer backing array, from a slice conversion, an {@link gosub.language.values.ArrayView}
 * of it);</li>
 * <li>a pointer to anything else is a {@link gosub.language.values.Pointer} (a heap {@link gosub.language.values.Cell},
 * an element or a field); slices are immutable {@link gosub.language.values.Slice} headers, maps
 * {@link gosub.language.values.GoMap}s, funcs {@link gosub.language.values.FuncValue}s, channels the runtime
 * module's {@code Channel}s;</li>
 * <li>a non-nil interface is an {@link gosub.language.values.Iface} (dynamic type and value); nil pointers, slices,
 * maps, funcs, channels and interfaces are all Java {@code null}.</li>
 * </ul>
 * Rules: equality and map keys follow Go ({@link gosub.language.values.Equality}, {@link gosub.language.values.MapKey})
 * and are decided by the static type, never by Java's {@code equals} on the raw value. Nothing here synchronises: a
 * slice or struct shared by goroutines without Go synchronisation is a data race, as in Go; only the atomic accessors
 * of {@code Pointer} are safe. A map is the exception Go's runtime makes too: {@code GoMap} catches goroutines that use
 * it at once and throws the runtime module's {@code FatalError} with Go's message, so its HashMap is never written by
 * two threads. The package depends on {@code gosub.language.types}, that FatalError and a little of the Truffle API
 * ({@code CallTarget}, the nil interop object), never on nodes, the checker or the interop package.
 */
package gosub.language.values;
