/**
 * The native of package html: the table of HTML5's named character references ({@code &amp;amp;},
 * {@code &amp;NotEqualTilde;}) that UnescapeString looks names up in; the rest of the package is Go
 * ({@code stdlib/html.go}).
 * <p>
 * Rules: the table is a fact of the HTML standard as Go 1.19 knows it, kept as a resource ({@code entities.txt})
 * and read once per JVM on first use, as the Unicode tables of regexp are: it never changes, so it is no state of a
 * run. A lookup answers with code points only; deciding how much of the text a reference takes is Go code.
 */
package gosub.language.stdlib.html;
