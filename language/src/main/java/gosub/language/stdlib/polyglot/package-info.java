/**
 * The Java side of gosub's own package {@code polyglot} (its Go API is {@code stdlib/polyglot.go}): Go code reaching
 * the other languages of its context and, where the embedder allows host access, Java classes. A foreign value
 * never leaves this package as a Java object a Go program could inspect: it travels inside a {@code polyglot.Value}
 * (a func value's environment), and every conversion in either direction goes through the embedding's own
 * conversions in {@code gosub.language.interop}, so Go and Java see the same rules and error texts as when Java
 * calls Go. Everything the other side may refuse or throw becomes a Go error, never a Java exception in the
 * program.
 */
package gosub.language.stdlib.polyglot;
