/**
 * Go's fmt engine in Java: Print, Println, Printf and Errorf formatting over gosub values
 * ({@link gosub.language.stdlib.fmt.Printer}, with {@code DirectiveReader} for Printf formats, {@code FieldWriter} for
 * one operand under flags, width and precision, {@code MapOrder} for the order maps print in, {@code Addresses} for
 * the numbers pointers print as), and what Scan needs of reflection ({@code ScanTargets}); the scanning itself is Go
 * code.
 * <p>
 * Rules: operands arrive as interface values and results are byte strings (one byte per char). The engine never
 * runs Go code itself: a String, Error, GoString or Format method is called through a
 * {@link gosub.language.stdlib.fmt.MethodInvoker} the caller supplies for its goroutine ({@code MethodInvoker.NONE}
 * where no Go code may run), so this package depends on no node or context. Output follows the fmt documentation
 * and Go 1.19's results to the byte, bad verbs included ({@code %!d(string=x)}).
 */
package gosub.language.stdlib.fmt;
