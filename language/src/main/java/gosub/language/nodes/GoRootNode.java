package gosub.language.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.source.SourceSection;
import gosub.language.debug.FunctionVariables;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.controlflow.DeferList;
import gosub.language.nodes.controlflow.ReturnException;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.StackOverflow;
import gosub.language.types.GoType.Rep;

import java.util.function.BooleanSupplier;


/**
 * The root of one Go function, called with arguments laid out by {@link GoArguments}.
 */
public final class GoRootNode extends RootNode {
    private final String goName;
    private final String file;
    @Child private StmtNode body;
    @Child private ExprNode namedResults;
    /** The zero values of unnamed results: what the function returns when a deferred call recovers its panic. */
    @Child private ExprNode zeroResults;
    private final int deferSlot;
    /** From the function's func keyword to its closing brace; null for the functions the builder makes itself. */
    private final SourceSection sourceSection;
    /** The function's variables for debuggers (null for the functions the builder makes itself). */
    private FunctionVariables variables;
    /** For the root of a range-over-function body, the root of the function whose loop it is; else null. */
    private GoRootNode rangeBodyOf;
    /**
     * Whether a run of this function may record the goroutine's position (gosub.language.build.PositionRecording);
     * null: it may. Asked by the inline caches of calls through function values and interfaces, which note their
     * call site only for a callee that may.
     */
    private volatile BooleanSupplier recordsPosition;
    /** The slot its return statements leave the result in (ControlNodes.Return.RESULT_IN_SLOT), or -1: none. */
    @CompilationFinal private int resultSlot = -1;
    @CompilationFinal private Rep resultRep = Rep.OBJECT;

    /**
     * namedResults reads the named result variables (null without them); zeroResults makes the zero values of
     * unnamed results (null without results or deferred calls); section is where the function is in its source.
     */
    public GoRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String goName, String file, SourceSection section, StmtNode body, int deferSlot,
                    ExprNode namedResults, ExprNode zeroResults) {
        super(language, descriptor);
        this.sourceSection = section;
        this.goName = goName;
        this.file = file;
        this.body = body;
        this.deferSlot = deferSlot;
        this.namedResults = namedResults;
        this.zeroResults = zeroResults;
    }

    /** Tells where the function's return statements leave its one result, of representation rep (the builder, once). */
    public GoRootNode resultIn(int slot, Rep rep) {
        this.resultSlot = slot;
        this.resultRep = rep;
        return this;
    }

    /** Gives debuggers the function's variables (the builder, once, before the function runs). */
    public GoRootNode withVariables(FunctionVariables vars) {
        this.variables = vars;
        return this;
    }

    /** Tells how to find out whether this function may record the goroutine's position (the builder, once). */
    public GoRootNode recordsPositionWhen(BooleanSupplier answer) {
        this.recordsPosition = answer;
        return this;
    }

    /**
     * Whether a call of target must note its call site (GoArguments.enter): unless target is a Go function known
     * never to record the goroutine's position, itself or through what it calls. Not for compiled code: the answer
     * may take a walk of the function's body.
     */
    public static boolean callNotesSite(CallTarget target) {
        if (target instanceof RootCallTarget rct && rct.getRootNode() instanceof GoRootNode root) {
            BooleanSupplier answer = root.recordsPosition;
            return answer == null || answer.getAsBoolean();
        }
        return true;
    }

    public FunctionVariables variables() {
        return variables;
    }

    /** Makes this the root of a range-over-function body of function (the builder, once, before it runs). */
    public void rangeBodyOf(GoRootNode function) {
        this.rangeBodyOf = function;
    }

    /**
     * For the root of a range-over-function body (a Go function's part, run in its frame), that function's root;
     * null for the roots of functions.
     */
    public GoRootNode rangeBodyOf() {
        return rangeBodyOf;
    }

    public String goName() {
        return goName;
    }

    public String file() {
        return file;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return goName;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        // recursion that never reaches a loop must still notice a context closed with cancellation
        TruffleSafepoint.poll(this);
        GoroutineState g = GoArguments.goroutine(frame);
        if (++g.depth > g.depthLimit) {
            g.depth--;
            throw StackOverflow.caughtIn(this);
        }
        try {
            // a function with defers goes straight to their handling: until the JIT has inlined these methods, a
            // call between is one more frame in the saved stack of every goroutine parked in such a function
            return deferSlot >= 0 ? executeWithDefers(frame, g) : executeBody(frame);
        } catch (StackOverflowError e) {
            throw StackOverflow.caughtIn(this);
        } catch (StackOverflow o) {
            throw o.passing(g);
        } finally {
            g.depth--;
        }
    }

    /** The body of a function without defers. */
    private Object executeBody(VirtualFrame frame) {
        if (resultSlot >= 0) {
            // The body can only end at a return statement (Go's rule for functions with results), and every one
            // leaves the result in the slot: the one box is made here, after all paths have joined, where an
            // inlined caller's unboxing cancels it.
            try {
                body.executeResult(frame);
            } catch (ReturnException e) {
                // its result is RESULT_IN_SLOT
            }
            return result(frame, ControlNodes.Return.RESULT_IN_SLOT);
        }
        Object r;
        try {
            r = body.executeResult(frame);
        } catch (ReturnException e) {
            return result(frame, e.result);
        }
        if (r != StmtNode.NO_RETURN) {
            return result(frame, r);
        }
        return namedResults == null ? null : namedResults.execute(frame);
    }

    private Object executeWithDefers(VirtualFrame frame, GoroutineState g) {
        frame.setObjectStatic(deferSlot, null);
        Object result = null;
        boolean returned = false;
        GoPanicException panic = null;
        try {
            Object r = body.executeResult(frame);
            if (r != StmtNode.NO_RETURN) {
                result = r;
                returned = true;
            }
        } catch (ReturnException r) {
            result = r.result;
            returned = true;
        } catch (GoPanicException p) {
            panic = p;
        } catch (gosub.language.runtime.GoroutineExitException e) {
            GoPanicException p = DeferList.runAllAtExit(frame, deferSlot, g);
            if (p != null) {
                throw p;
            }
            throw e;
        }
        panic = DeferList.runAll(frame, deferSlot, g, panic, this);
        if (panic != null) {
            throw panic;
        }
        if (namedResults != null) {
            return namedResults.execute(frame);
        }
        if (!returned && zeroResults != null) {
            return zeroResults.execute(frame); // the panic that stopped the body was recovered
        }
        return result(frame, result);
    }

    private Object result(VirtualFrame frame, Object r) {
        return ControlNodes.Return.result(frame, r, resultSlot, resultRep);
    }

    @Override
    public String toString() {
        return goName;
    }
}
