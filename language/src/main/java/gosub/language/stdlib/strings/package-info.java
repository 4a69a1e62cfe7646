/**
 * Natives of package strings, one class per concern (search, case mapping, trimming, split and join, replace,
 * Builder) registered by {@link gosub.language.stdlib.strings.StringsNatives}, with {@code ByteBuf}, the append
 * that grows a {@code []byte} as Go's append does (shared with Builder and other packages that build byte slices).
 * <p>
 * Rules: strings are byte strings (one byte per char), so Java's String operations give Go's byte-wise results and
 * indexes are byte offsets; case mapping and classification decode UTF-8 and use Go 1.19's Unicode tables
 * ({@code stdlib.unicode}). Natives are DSL nodes with String and long parameters; those that loop over a string run
 * behind a boundary, the constant-time ones (HasPrefix, Compare) compile.
 */
package gosub.language.stdlib.strings;
