package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.methods.MethodTable;
import gosub.language.methods.ResolvedMethod;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.GoRootNode;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;

/**
 * Calls method number index of an interface type on a value of some dynamic type, with a polymorphic inline cache
 * keyed by the dynamic type: for each of the first {@value #LIMIT} types a site sees it keeps that type's method (a
 * compilation constant, so the receiver adaptation folds away) and a direct call to it. A site that sees more types
 * asks the method table's itab for (type, interface) on each call, which is one hash probe and an array read.
 * <p>
 * Given a site, the call is noted as made there (GoArguments.enter) only if the method may record the goroutine's
 * position (GoRootNode.callNotesSite), decided once per cached type: calls of small methods then cost no store
 * into the goroutine's call-site table.
 */
@GenerateInline(false)
public abstract class MethodDispatchNode extends Node {
    static final int LIMIT = 4;

    protected final MethodTable table;
    protected final InterfaceType iface;
    protected final int index;

    protected MethodDispatchNode(MethodTable table, InterfaceType iface, int index) {
        this.table = table;
        this.iface = iface;
        this.index = index;
    }

    public static MethodDispatchNode create(MethodTable table, InterfaceType iface, String name) {
        int index = -1;
        for (int i = 0; i < iface.methods.size(); i++) {
            if (iface.methods.get(i).name().equals(name)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no method " + name + " in " + iface);
        }
        return MethodDispatchNodeGen.create(table, iface, index);
    }

    /**
     * Calls the method with arguments whose parameter 0 is left for the receiver, which this sets. site is the call
     * node of frame's function that makes the call, or null when the arguments' depth is already set (nothing to
     * note).
     */
    public abstract Object execute(VirtualFrame frame, Node site, GoType type, Object value, Object[] arguments);

    final ResolvedMethod lookup(GoType type) {
        return table.method(type, iface, index);
    }

    static boolean callNotesSite(CallTarget target) {
        return GoRootNode.callNotesSite(target);
    }

    @Specialization(guards = "type == cachedType", limit = "LIMIT")
    Object cached(VirtualFrame frame, Node site, @SuppressWarnings("unused") GoType type, Object value, Object[] arguments,
                    @Cached("type") @SuppressWarnings("unused") GoType cachedType,
                    @Cached("lookup(cachedType)") ResolvedMethod method,
                    @Cached("callNotesSite(method.target())") boolean notesSite,
                    @Cached("create(method.target())") DirectCallNode call) {
        GoArguments.setParam(arguments, 0, method.receiver(value));
        if (notesSite && site != null) {
            GoArguments.enter(arguments, frame, site);
        }
        return call.call(arguments);
    }

    @Specialization(replaces = "cached")
    Object megamorphic(VirtualFrame frame, Node site, GoType type, Object value, Object[] arguments, @Cached IndirectCallNode call) {
        ResolvedMethod method = lookup(type);
        GoArguments.setParam(arguments, 0, method.receiverSlow(value));
        if (site != null) {
            GoArguments.enter(arguments, frame, site);
        }
        return call.call(method.target(), arguments);
    }
}
