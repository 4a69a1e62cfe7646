/**
 * The syntax tree of a Go source file, shaped like go/ast: sealed interfaces of records for declarations
 * ({@link gosub.ast.Decl}), statements ({@link gosub.ast.Stmt}) and expressions ({@link gosub.ast.Expr}), with
 * operators, assignment operators and branch kinds as enums whose {@code toString} is Go's spelling.
 * <p>
 * Rules: the tree is immutable and holds syntax only; what a name denotes, whether an expression is a type or a
 * value, and every type are the checker's to decide, so types and values share expression nodes. Every node carries
 * the {@link gosub.ast.Pos} where it starts, file included, so errors and traces name the right file of a package.
 * The package depends on nothing but the JDK: no ANTLR, no Truffle.
 */
package gosub.ast;
