/**
 * The Java side of encoding/json: what Go's json package does with reflect. {@code ValueEncoder} writes a value as
 * JSON by walking it by its Go type, {@code ValueDecoder} stores JSON text into a value the same way,
 * {@code JsonFields} works out which fields of a struct type JSON sees and under what names (tags, embedding),
 * {@code SyntaxCheck} is the one JSON grammar every entry point checks its input with (Go's messages and offsets),
 * {@code TextLayout} compacts and indents text that passed it, and {@code Base64Text} reads the base64 of []byte
 * values. {@code JsonNatives} registers the natives that
 * json.go declares.
 * <p>
 * Rules: text is bytes ({@code byte[]} in, byte strings out, as {@code gosub.language.values} holds them). The
 * engine runs Go code only through {@link gosub.language.stdlib.json.GoMethods} (MarshalJSON, MarshalText,
 * UnmarshalJSON, UnmarshalText), which the natives supply for the calling goroutine; a Go panic in one of them
 * propagates, as in Go. A failure that Go reports as an error leaves as a {@link gosub.language.stdlib.json.JsonFailure},
 * which json.go turns into the error value of Go's type; results follow Go 1.19's to the byte.
 */
package gosub.language.stdlib.json;
