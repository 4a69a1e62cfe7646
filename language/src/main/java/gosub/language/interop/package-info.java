/**
 * Go values and calls across the polyglot boundary, both ways.
 * <p>
 * What it owns: {@link gosub.language.interop.GoToHost} (a Go value leaving: predeclared numbers, booleans and strings
 * become interop primitives, everything else a {@link gosub.language.interop.GoValue} that keeps its Go type) and
 * {@link gosub.language.interop.HostToGo} (a host value entering, converted to the Go type that receives it or refused
 * in Go's words); the interop objects Go exposes ({@code GoValue}, {@code GoTypeObject} as meta objects,
 * {@code BoundMethod}, iterators, {@code HostArray}), all Go's own through {@link gosub.language.interop.GoObject};
 * {@link gosub.language.interop.GoCalls}, which runs Go code for a host caller; and {@code HostFunctionRoot}, a host
 * function called from Go.
 * <p>
 * Rules: Go code reached from a host message (a method, a func value, a blocking channel operation, a String method
 * for a display string) runs as a goroutine on a scheduler of the context, and the host thread waits for it; no
 * Go code runs directly on a host thread. A Go panic, fatal error or os.Exit that ends such a call comes back as a
 * {@link gosub.language.interop.GoGuestException} with the line Go would print; a host failure inside a host
 * function called from Go is a Go panic the Go caller can recover. Strings cross as UTF-8 text, converted from and
 * to Go's byte strings at this boundary only. The nodes and the checker do not depend on this package.
 */
package gosub.language.interop;
