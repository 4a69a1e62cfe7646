/**
 * From Go source text to a {@link gosub.ast.SourceFile}, or to the first syntax error in Go's words. The facade is
 * {@link gosub.parser.Parser}; inside, the ANTLR lexer and parser generated from GoLexer.g4 and GoParser.g4, Go's
 * automatic semicolons ({@code SemicolonInserter}), the checks of literals and of what Go's parser refuses after
 * reading it, the error wording ({@code GoErrorStrategy}, {@code TokenWords}) and the tree conversion
 * ({@code AstBuilder}).
 * <p>
 * Rules: no ANTLR type leaves this package; only the first error of a file is reported, as
 * {@code FILE:LINE:COL: syntax error: ...} with Go's message and position. Parsing recurses once per level of
 * nesting, so callers with deeply nested input run it (and the checker and builder after it) on a
 * {@link gosub.parser.DeepStack} thread rather than risk a stack overflow.
 */
package gosub.parser;
