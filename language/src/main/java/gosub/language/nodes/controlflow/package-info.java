/**
 * Statements that decide what runs next: blocks, if, for and range loops, switch, goto, break and continue,
 * return, defer, panic and recover, and the concurrency statements (go, select, range over a channel).
 * <p>
 * What it owns: {@link gosub.language.nodes.controlflow.ControlNodes} (blocks, if, for loops on Truffle's
 * {@code LoopNode}, return, panic, recover), {@link gosub.language.nodes.controlflow.RangeNodes},
 * {@link gosub.language.nodes.controlflow.SwitchNode}, {@link gosub.language.nodes.controlflow.GotoBlock},
 * {@link gosub.language.nodes.controlflow.DeferNode} with the per-activation
 * {@link gosub.language.nodes.controlflow.DeferList}, {@link gosub.language.nodes.controlflow.ConcurrencyNodes}, and
 * the control-flow exceptions.
 * <p>
 * Rules: an unlabelled break or continue and a return travel as the value of {@code executeResult}, not as
 * exceptions; labelled ones, goto and fallthrough unwind as {@code ControlFlowException}s (no stack trace) to the
 * statement whose target object they carry. Every loop polls for preemption ({@code Preemption.check}) every
 * {@code LoopBody.COMPILED_RUNS_PER_POLL} iterations in compiled code and without a compiler (interpreter-only), and
 * at each back-edge while it may still be compiled, so a goroutine in a loop without calls still yields. Deferred calls run last-in first-out when the function returns or
 * panics; a recover stops a panic only when called directly by a deferred call ({@code GoArguments.isDeferredCall}).
 * A {@code go} statement evaluates the function value and arguments on the caller's goroutine and hands the call to
 * the scheduler; select and channel ranges block through the runtime module, never while holding a Java monitor.
 */
package gosub.language.nodes.controlflow;
