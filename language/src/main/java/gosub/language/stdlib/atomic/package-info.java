/**
 * sync/atomic: the functions and the methods of the typed atomics ({@code atomic.Int64}, {@code atomic.Value}, ...)
 * as DSL native nodes over {@code Pointer}'s VarHandle accessors, which are volatile and so give the sequentially
 * consistent order Go's memory model asks of atomics. A 32-bit value sits in a 64-bit word in the representation of
 * its kind, so 32-bit read-modify-writes are compare-and-set loops that wrap the result to 32 bits. These nodes are
 * meant to compile: no boundary around them.
 */
package gosub.language.stdlib.atomic;
