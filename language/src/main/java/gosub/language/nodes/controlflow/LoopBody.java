package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gosub.language.nodes.StmtNode;

/**
 * One run of a loop's body, as every loop (for, and range over ints, slices, strings and maps) sees it: a break or
 * continue that names this loop (or no loop) ends here, one that names an outer loop goes on up, and a return leaves
 * with the function's result. The loops differ only in what they do around it (post statement, cursor, preemption).
 */
final class LoopBody {
    private LoopBody() {
    }

    /**
     * How many iterations a compiled loop runs between two preemption polls; the interpreter polls at every one.
     * The poll reads a flag that another thread sets and, when set, calls into the scheduler: inside the loop that
     * call makes the compiler reload from memory every field the loop reads (a slice's array, offset and length)
     * and keep its variables on the stack across the back-edge, which in the sieve's inner loop cost more than the
     * loop's own work. Polled from a loop around the iterations instead, it leaves the inner loop free of calls, so
     * those loads are hoisted out of it and its variables stay in registers. At this stride the poll's share of
     * the work is negligible, and a goroutine yields at most that many iterations later than it would have (loops
     * inside the body poll for themselves), a delay far below the 10 ms time slice unless each iteration is long.
     */
    static final int COMPILED_RUNS_PER_POLL = 64;

    /**
     * Whether nothing is ever compiled (the fallback runtime: {@code --interpreter}, or no Graal): then no loop
     * node counts iterations to trigger on-stack replacement either, and the interpreter may run as many iterations
     * per call of the loop node as compiled code does.
     */
    private static final boolean NEVER_COMPILED = "Interpreted".equals(Truffle.getRuntime().getName());

    /**
     * The iterations to run before the next preemption poll (see {@link #COMPILED_RUNS_PER_POLL}). A loop that may
     * still be compiled returns to its loop node after each iteration while interpreted, since the node counts those
     * returns as the iterations that trigger on-stack replacement. Without a compiler the stride saves, per
     * iteration, the loop node's call of its repeating node, its safepoint poll and the preemption check
     * (bench/loop_sum interpreter-only: see the commit that made it).
     */
    static int runsPerPoll() {
        return CompilerDirectives.inCompiledCode() || NEVER_COMPILED ? COMPILED_RUNS_PER_POLL : 1;
    }

    /**
     * Runs body once: {@link RepeatingNode#CONTINUE_LOOP_STATUS} to go on, {@link RepeatingNode#BREAK_LOOP_STATUS}
     * to stop, or the function's result when the body executed a return. target is the loop's label object.
     */
    static Object run(StmtNode body, Object target, VirtualFrame frame) {
        try {
            Object r = body.executeResult(frame);
            if (r != StmtNode.NO_RETURN && r != StmtNode.CONTINUE) {
                return r == StmtNode.BREAK ? RepeatingNode.BREAK_LOOP_STATUS : r;
            }
        } catch (BreakException b) {
            if (b.target == null || b.target == target) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            throw b;
        } catch (ContinueException c) {
            if (c.target != null && c.target != target) {
                throw c;
            }
        }
        return RepeatingNode.CONTINUE_LOOP_STATUS;
    }
}
