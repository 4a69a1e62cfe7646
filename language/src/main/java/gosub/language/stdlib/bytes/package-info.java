/**
 * Natives of package bytes: only the searches a buffered reader makes on every buffer ({@code IndexByte} and
 * friends), straight on the {@code byte[]} behind the slice. The rest of package bytes is Go code that reaches the
 * strings natives through a string copy, which is fine everywhere except on these hot paths.
 */
package gosub.language.stdlib.bytes;
