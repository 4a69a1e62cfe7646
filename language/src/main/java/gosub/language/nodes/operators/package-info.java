/**
 * Go's operators as nodes: arithmetic, shifts, comparisons, the boolean operators, unary minus and complement,
 * numeric conversions and the min/max built-ins. Each is a small final node class doing one operation on one
 * representation, and a factory per family picks the class from the operator and the operand kinds when the node
 * is built, since Go's static types are known then ({@link gosub.language.nodes.operators.IntArithmetic},
 * {@link gosub.language.nodes.operators.Comparison}, ...). Where the static type says nothing about the values
 * (== on interfaces), a Truffle DSL node specialises on the dynamic types it meets.
 * <p>
 * Rules: integers of every kind are held in longs, sign-extended for signed kinds and zero-extended for unsigned
 * ones; an operation whose result may leave a narrow kind's range ends in {@link
 * gosub.language.nodes.operators.IntTruncation}, so results wrap around exactly as in Go. float32 values are doubles
 * rounded to float precision after every operation. Run-time errors (division by zero, negative shift counts,
 * uncomparable interface operands) are Go panics raised through {@code RuntimeErrors}.
 */
package gosub.language.nodes.operators;
