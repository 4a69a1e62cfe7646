package gosub.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.debug.FunctionVariables;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A Go statement. The nodes the builder places in the source ({@link #placeAs}: the statements of the program, its
 * calls, and each function's body) are instrumentable, so debuggers and tracers see them; with no tool attached
 * nothing is wrapped, and the nodes run as they would without. A debugger asks a placed node for the variables it
 * sees ({@link NodeLibrary}), answered from its function's {@link FunctionVariables}, made when it was built.
 */
@GenerateWrapper
@ExportLibrary(NodeLibrary.class)
public abstract class StmtNode extends GoNode implements InstrumentableNode {
    /** What a node placed in the source is, for tools. */
    public enum Role {
        /** A statement of the source: {@link StandardTags.StatementTag}. */
        STATEMENT,
        /** A call of a function: {@link StandardTags.CallTag}. */
        CALL,
        /** The body of a function: {@link StandardTags.RootTag} and {@link StandardTags.RootBodyTag}. */
        FUNCTION_BODY
    }

    /** Null for nodes the builder does not place (the parts of a statement, and the nodes it makes for itself). */
    private SourceSection sourceSection;
    private Role role;

    /** Places the node at section as role; a node keeps its first place (a labelled statement is its statement). */
    public final void placeAs(Role r, SourceSection section) {
        if (this.role == null && section != null) {
            this.role = r;
            this.sourceSection = section;
        }
    }

    @Override
    public final SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public final boolean isInstrumentable() {
        return sourceSection != null;
    }

    @Override
    public final boolean hasTag(Class<? extends Tag> tag) {
        if (role == null) {
            return false;
        }
        return switch (role) {
            case STATEMENT -> tag == StandardTags.StatementTag.class;
            case CALL -> tag == StandardTags.CallTag.class;
            case FUNCTION_BODY -> tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class;
        };
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new StmtNodeWrapper(this, probe);
    }

    private FunctionVariables variables() {
        return getRootNode() instanceof GoRootNode r ? r.variables() : null;
    }

    @ExportMessage
    final boolean hasScope(@SuppressWarnings("unused") Frame frame) {
        return variables() != null;
    }

    @ExportMessage
    final Object getScope(Frame frame, boolean nodeEnter) throws UnsupportedMessageException {
        FunctionVariables vars = variables();
        if (vars == null) {
            throw UnsupportedMessageException.create();
        }
        // entering a function's body: its prologue has not copied the arguments into the parameters' slots yet
        boolean atEntry = nodeEnter && role == Role.FUNCTION_BODY;
        return scopeAt(vars, frame == null ? null : frame.materialize(), atEntry);
    }

    @TruffleBoundary
    private Object scopeAt(FunctionVariables vars, MaterializedFrame frame, boolean atEntry) {
        return vars.scopeAt(this, frame, atEntry);
    }

    @ExportMessage
    final boolean hasReceiverMember(@SuppressWarnings("unused") Frame frame) {
        FunctionVariables vars = variables();
        return vars != null && vars.receiverName() != null;
    }

    @ExportMessage
    final Object getReceiverMember(@SuppressWarnings("unused") Frame frame) throws UnsupportedMessageException {
        FunctionVariables vars = variables();
        if (vars == null || vars.receiverName() == null) {
            throw UnsupportedMessageException.create();
        }
        return vars.receiverName();
    }

    /** What {@link #executeResult} returns when the statement completed without executing a return. */
    public static final Object NO_RETURN = new Object() {
        @Override
        public String toString() {
            return "<no return>";
        }
    };

    /** An unlabelled break, passed up by {@link #executeResult} to the innermost loop, switch or select. */
    public static final Object BREAK = new Object() {
        @Override
        public String toString() {
            return "<break>";
        }
    };

    /** An unlabelled continue, passed up by {@link #executeResult} to the innermost loop. */
    public static final Object CONTINUE = new Object() {
        @Override
        public String toString() {
            return "<continue>";
        }
    };

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Whether executeResult may return anything but {@link #NO_RETURN}: whether this node's class has an
     * executeResult of its own (control statements, and instrumentation wrappers, which pass it on). For the others a
     * block calls executeVoid directly. Either way is correct for any statement (executeVoid passes a return, break
     * or continue as an exception), so the answer only has to be right to be fast.
     */
    public final boolean passesControl() {
        return PASSES_CONTROL.get(getClass());
    }

    private static final ClassValue<Boolean> PASSES_CONTROL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                Class<?> declaring = type.getMethod("executeResult", VirtualFrame.class).getDeclaringClass();
                return declaring != StmtNode.class && declaring != ExprNode.class;
            } catch (NoSuchMethodException e) {
                return true;
            }
        }
    };

    /**
     * Executes the statement and returns how it completed: {@link #NO_RETURN} normally, {@link #BREAK} or
     * {@link #CONTINUE} for an unlabelled break/continue, or the function's result for a return. Blocks, ifs,
     * switches and loops pass these up, so the common control transfers need no exceptions (labelled ones and
     * those inside constructs that only implement executeVoid still unwind with exceptions).
     */
    public Object executeResult(VirtualFrame frame) {
        executeVoid(frame);
        return NO_RETURN;
    }
}
