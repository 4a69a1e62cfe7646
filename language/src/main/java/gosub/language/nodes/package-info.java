/**
 * The base of gosub's Truffle nodes, and the conventions every node below this package keeps. The nodes
 * themselves are in sub-packages by concern: {@code call}, {@code controlflow}, {@code expression}, {@code local}
 * and {@code operators}.
 * <p>
 * What it owns: {@link gosub.language.nodes.GoRootNode} (one Go function: runs the body, its deferred calls and
 * recovery, returns the results); {@link gosub.language.nodes.StmtNode} and {@link gosub.language.nodes.ExprNode}
 * with the typed bases {@code LongNode}, {@code DoubleNode}, {@code BoolNode}; and
 * {@link gosub.language.nodes.GoArguments}, the one owner of the call convention
 * {@code [goroutine, environment, params...]}.
 * <p>
 * Rules: the builder knows every static type, so a parent calls the typed execute method of its child's type and
 * numbers stay unboxed ({@code gosub.language.values} says how each value is held). The current goroutine is read
 * from the frame's arguments, never from the thread: a goroutine may resume on another thread. A statement reports
 * how it completed through {@code executeResult} (normally, an unlabelled break or continue, or a return value), so
 * common control transfers throw nothing; labelled ones and panics unwind as exceptions. Nodes placed in the source
 * (statements, calls, function bodies) are instrumentable through {@code @GenerateWrapper}; a wrapper answers for
 * the node's line. Run state is reached through {@code GoContext.get(node)}, never a static.
 */
package gosub.language.nodes;
