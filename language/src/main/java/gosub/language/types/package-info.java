/**
 * Go's types as the checker and the nodes see them: basic, named, and composite types built by
 * {@link gosub.language.types.Types}.
 * <p>
 * Rules: composite types are interned, so identical types are the same object and the run time compares types by
 * identity (type switches, assertions, interface equality). The intern table is the one static of this package and
 * is a canonicalisation of immutable values, not run state: its entries live only as long as their types, so a
 * finished program's types do not stay behind. Named types are unique per declaration and belong to the program
 * that declared them.
 */
package gosub.language.types;
