package gosub.language.debug;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import gosub.language.GoContext;
import gosub.language.nodes.controlflow.RangeFunc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables of one Go function, recorded by the node builder for debuggers: the receiver, parameters and named
 * results, the captured variables of a closure, and the locals of each block. A block's locals are kept under the
 * node that runs the block (a statement list, or an if, for, switch or select statement with its header's
 * variables), so the locals a statement sees are those of the blocks around its node, declared before it starts;
 * where names repeat, the innermost (the one declared last) wins, as Go's scopes nest. The body of a
 * range-over-function loop is a root of its own that runs in the function's frame ({@code RangeFunc}); it shares
 * the function's variables, and its blocks continue outwards at the loop statement. Built once with the function's
 * nodes; a scope is only made when a tool asks for one.
 */
public final class FunctionVariables {
    private final String function;
    private final Variable receiver;
    private final List<Variable> parameters;
    private final List<Variable> captured;
    private final Map<Node, List<Variable>> blocks;
    /** The root of each range-over-function body, to the loop statement in the function it belongs to. */
    private final Map<Node, Node> rangeBodies;

    private FunctionVariables(String function, Variable receiver, List<Variable> parameters, List<Variable> captured, Map<Node, List<Variable>> blocks,
                    Map<Node, Node> rangeBodies) {
        this.function = function;
        this.receiver = receiver;
        this.parameters = parameters;
        this.captured = captured;
        this.blocks = blocks;
        this.rangeBodies = rangeBodies;
    }

    /** The receiver's name, or null for a function that is not a method (or whose receiver has no name). */
    public String receiverName() {
        return receiver == null ? null : receiver.name();
    }

    /**
     * The scope a debugger sees at node (a statement or call of this function) in frame (null: names only): the
     * visible locals, whose parent is the function's receiver, parameters and results, whose parent is the
     * closure's captured variables, if any. In a range-over-function body, frame may be the body's own (a caller's
     * frame in a stack walk): the variables are read from the function's frame it runs in. atEntry: frame is at the
     * function's entry, before its prologue ran ({@link Variable#read}).
     */
    public GoScope scopeAt(Node node, Frame frame, boolean atEntry) {
        GoContext ctx = GoContext.get(node);
        if (frame != null && !rangeBodies.isEmpty()) {
            frame = RangeFunc.variablesFrame(frame);
        }
        GoScope outer = captured.isEmpty() ? null : GoScope.of(ctx, "closure of " + function, captured, frame, atEntry, null);
        List<Variable> fn = new ArrayList<>();
        if (receiver != null) {
            fn.add(receiver);
        }
        fn.addAll(parameters);
        GoScope function = GoScope.of(ctx, this.function, fn, frame, atEntry, outer);
        return GoScope.of(ctx, "block", visibleLocals(node), frame, atEntry, function);
    }

    /** The locals of the blocks around node declared before it starts, one per name (the innermost), in source order. */
    List<Variable> visibleLocals(Node node) {
        SourceSection at = null;
        for (Node n = node; n != null && at == null; n = n.getParent()) {
            SourceSection s = n.getSourceSection();
            if (s != null && s.isAvailable()) {
                at = s;
            }
        }
        if (at == null) {
            return List.of();
        }
        List<Variable> seen = new ArrayList<>();
        for (Node n = node; n != null; n = outwards(n)) {
            List<Variable> declared = blocks.get(n);
            if (declared != null) {
                for (Variable v : declared) {
                    if (v.declaredBefore(at.getStartLine(), at.getStartColumn())) {
                        seen.add(v);
                    }
                }
            }
        }
        // scopes nest, so of two visible variables of one name the one declared later is the inner one
        seen.sort((a, b) -> a.line() != b.line() ? Integer.compare(b.line(), a.line()) : Integer.compare(b.col(), a.col()));
        Set<String> names = new HashSet<>();
        List<Variable> out = new ArrayList<>();
        for (Variable v : seen) {
            if (names.add(v.name())) {
                out.add(v);
            }
        }
        java.util.Collections.reverse(out); // shown in the order the source declares them
        return out;
    }

    /** The node around n: its parent, or for the root of a range-over-function body, its loop statement. */
    private Node outwards(Node n) {
        Node loop = rangeBodies.get(n);
        return loop != null ? loop : n.getParent();
    }

    /** Records a function's variables while its nodes are built. */
    public static final class Builder {
        private final String function;
        private Variable receiver;
        private final List<Variable> parameters = new ArrayList<>();
        private final List<Variable> captured = new ArrayList<>();
        private final Map<Node, List<Variable>> blocks = new IdentityHashMap<>();
        private final Map<Node, Node> rangeBodies = new IdentityHashMap<>();
        /** The locals of the blocks being built, innermost last. */
        private final Deque<List<Variable>> open = new ArrayDeque<>();

        public Builder(String function) {
            this.function = function;
        }

        public void receiver(Variable v) {
            receiver = named(v) ? v : null;
        }

        /** A parameter or a named result. */
        public void parameter(Variable v) {
            if (named(v)) {
                parameters.add(v);
            }
        }

        public void captured(Variable v) {
            if (named(v)) {
                captured.add(v);
            }
        }

        /** Starts a block: the locals declared until {@link #closeBlock} belong to it. */
        public void openBlock() {
            open.push(new ArrayList<>());
        }

        /** Ends the innermost block, whose locals are seen from inside owner, the node that runs it. */
        public void closeBlock(Node owner) {
            List<Variable> vars = open.pop();
            if (!vars.isEmpty() && owner != null) {
                blocks.computeIfAbsent(owner, k -> new ArrayList<>()).addAll(vars);
            }
        }

        /** A local declared in the innermost open block (none open: a parameter or result, recorded already). */
        public void local(Variable v) {
            if (!open.isEmpty() && named(v)) {
                open.peek().add(v);
            }
        }

        /** The root of a range-over-function body, whose blocks nest in the loop statement's. */
        public void rangeBody(Node root, Node loop) {
            rangeBodies.put(root, loop);
        }

        private static boolean named(Variable v) {
            return !v.name().isEmpty() && !v.name().equals("_");
        }

        public FunctionVariables build() {
            return new FunctionVariables(function, receiver, List.copyOf(parameters), List.copyOf(captured), blocks, rangeBodies);
        }
    }
}
