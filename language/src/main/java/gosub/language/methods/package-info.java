/**
 * Method sets at run time: what a dynamic type (the type inside an interface value) does for a method name or an
 * interface type. {@link gosub.language.methods.MethodTable} resolves a method once per (type, name) into a
 * {@link gosub.language.methods.ResolvedMethod} (its call target and how to reach the receiver from the interface's
 * value) and answers "does T implement I" once per (type, interface) in an {@link gosub.language.methods.Itab}.
 * <p>
 * Rules: one table per context (a program's types and call targets are its own); every answer is memoised and
 * immutable once published, and lookups are safe from any number of goroutines at once; nodes keep answers in
 * their inline caches and come here only on a miss or when megamorphic, so a lookup never walks method sets twice.
 * Method resolution follows the checker's lookup: breadth-first through embedded fields, shallowest depth wins.
 */
package gosub.language.methods;
