/**
 * Natives of package regexp: Go's RE2 syntax read by {@code PatternParser} into {@code Node}s (with Go's error
 * codes and texts), compiled by {@code ProgramCompiler} into a {@code Program}, and run by {@code PikeMachine}, an
 * NFA simulation in which threads advance in order of preference, so leftmost-first (and, in longest mode,
 * leftmost-longest) matches and their groups are Go's. {@link gosub.language.stdlib.regexp.CompiledRegexp} is what a
 * Go Regexp holds; {@link gosub.language.stdlib.regexp.RegexpNatives} registers the natives regexp.go calls.
 * <p>
 * Rules: texts and patterns are Go byte strings and every offset is a byte offset; invalid UTF-8 reads as one
 * U+FFFD per bad byte, as Go's decoder does. Matching never backtracks or recurses on the Java stack (a pattern's
 * cost is linear in the text), so no pattern can hang or overflow. Classes are ASCII where Go's are (\d, \s, \w, \b,
 * [:name:]) and use Go 1.19's Unicode tables where Go's do (\p{..}, (?i)), never the JDK's.
 */
package gosub.language.stdlib.regexp;
