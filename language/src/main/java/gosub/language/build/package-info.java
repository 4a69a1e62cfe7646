/**
 * From checked syntax to Truffle nodes. {@link gosub.language.build.PackageBuilder} builds a package: each
 * function on its first call, and the package's initialisation. A {@code FunctionBuilder} builds one function (a
 * function literal gets its own, made from its parent's) and owns one builder per concern, which share its state:
 * statements, assignments, expressions, composite literals, members (fields, methods, receivers), calls, the
 * built-in functions and the concurrency syntax. Every node is chosen by the static types the checker recorded;
 * the checker has refused what cannot be built, so {@link gosub.language.build.Unbuildable} is a bug of gosub.
 * Operands are evaluated in the order of Go's compiler, not strictly left to right: where the two differ, the
 * {@code OperandOrder} step evaluates a statement's calls (and what else Go copies first) into frame slots before
 * the statement is built, and the statement reads those slots.
 * The builder also places the function roots, statements and calls in the source, for Truffle's tools.
 */
package gosub.language.build;
