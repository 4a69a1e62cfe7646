/**
 * The type checker: from the syntax tree of one package to its entities ({@link gosub.language.check.GoPackage}) and
 * the facts the node builder needs ({@link gosub.language.check.Info}: the type of every expression, the value of
 * every constant, what each name, selector and call denotes), or to Go's compile errors. It needs no Truffle: a
 * {@link gosub.language.check.Checker} with a {@link gosub.language.check.PackageLoader} checks the files of a package
 * alone. Each file has its own file scope (its imports); every position carries its file, so errors name the file
 * they are in.
 *
 * <p>Shape. {@code Checker} holds the state, grouped by how long it lives, and the current
 * {@link gosub.language.check.Environment} (the declaration and function body being checked, and the scope), which
 * changes in one place only. The rules are in one class per concern, each holding the checker: {@code Resolver}
 * (imports and package-level declarations), {@code Declarations} (const, var, type), {@code InitOrder},
 * {@code TypeExprs}, {@code Instantiation}, {@code Inference} and {@code GenericBodies} (generics), {@code Statements},
 * {@code Assignments}, {@code Labels} (labels, branches, goto), {@code Termination}, {@code Expressions},
 * {@code Operators}, {@code CompositeLiterals}, {@code Lookup} (fields and methods), {@code Selectors},
 * {@code Indexing}, {@code Calls}, {@code Builtins}, {@code Conversions} and {@code Predicates}. Entities
 * ({@code VarEntity}, {@code FuncEntity}, ...) live in {@link gosub.language.check.Scope}s: universe, package, file,
 * then the blocks of each function.
 *
 * <p>Rules the package keeps:
 * <ul>
 * <li>Errors are Go's: {@code FILE:LINE:COL: message} with Go 1.19's words and positions, at most
 * {@link gosub.language.check.Checker#MAX_ERRORS} for the whole program,
 * one per position, sorted by position.</li>
 * <li>No cascades: an expression that failed is an invalid {@link gosub.language.check.Operand}, and whatever uses
 * an invalid operand says nothing more; a name of a refused import is not reported again as undefined; a bad
 * declaration gets a placeholder type so that its uses can still be checked.</li>
 * <li>The checker alone decides what gosub cannot run: such code is refused here as
 * {@code FILE:LINE:COL: unsupported: what}, so the node builder never meets it.</li>
 * <li>Package-level declarations are checked lazily, on first use, and otherwise in declaration order; a cycle is
 * reported where it closes. Function bodies are checked after all package-level declarations. A standard
 * package (which has no errors to report) goes further: its function bodies and constants are checked when first
 * needed, and so are its tables (composite literals, or calls of the few natives that make tables, such as
 * package unicode's; exported ones too), which are then initialised apart from the package
 * ({@link gosub.language.check.LateVars}).</li>
 * <li>Generic code is checked once generically, as Go checks it, with each type parameter a type of its own whose
 * operations are those of its whole type set ({@link gosub.language.check.GenericBodies}); what runs is checked again
 * per instantiation with its type parameters bound, in the package that declares it. Each instance has its own
 * Info, so the node builder only ever sees concrete types.</li>
 * </ul>
 */
package gosub.language.check;
