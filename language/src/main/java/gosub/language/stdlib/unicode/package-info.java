/**
 * Natives of packages unicode and unicode/utf8, on Go 1.19's Unicode 13.0.0 data: {@code UnicodeTables} (generated
 * range tables and case ranges, the one table file of the language module) and {@link gosub.language.stdlib.unicode.Runes}
 * (classification and case mapping: ASCII inline, the rest by binary search; UTF-8 over byte strings). Answers must
 * be Go 1.19's for every code point, not the JDK's, whose Unicode version differs.
 */
package gosub.language.stdlib.unicode;
