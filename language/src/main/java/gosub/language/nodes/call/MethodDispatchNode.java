package gosub.language.nodes.call;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.methods.MethodTable;
import gosub.language.methods.ResolvedMethod;
import gosub.language.nodes.GoArguments;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;

/**
 * Calls method number index of an interface type on a value of some dynamic type, with a polymorphic inline cache
 * keyed by the dynamic type: for each of the first {@value #LIMIT} types a site sees it keeps that type's method (a
 * compilation constant, so the receiver adaptation folds away) and a direct call to it. A site that sees more types
 * asks the method table's itab for (type, interface) on each call, which is one hash probe and an array read.
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

    /** Calls the method with arguments whose parameter 0 is left for the receiver, which this sets. */
    public abstract Object execute(GoType type, Object value, Object[] arguments);

    final ResolvedMethod lookup(GoType type) {
        return table.method(type, iface, index);
    }

    @Specialization(guards = "type == cachedType", limit = "LIMIT")
    Object cached(@SuppressWarnings("unused") GoType type, Object value, Object[] arguments,
                    @Cached("type") @SuppressWarnings("unused") GoType cachedType,
                    @Cached("lookup(cachedType)") ResolvedMethod method,
                    @Cached("create(method.target())") DirectCallNode call) {
        GoArguments.setParam(arguments, 0, method.receiver(value));
        return call.call(arguments);
    }

    @Specialization(replaces = "cached")
    Object megamorphic(GoType type, Object value, Object[] arguments, @Cached IndirectCallNode call) {
        ResolvedMethod method = lookup(type);
        GoArguments.setParam(arguments, 0, method.receiverSlow(value));
        return call.call(method.target(), arguments);
    }
}
