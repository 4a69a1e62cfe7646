package gosub.language.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.methods.MethodTable;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;

/**
 * Whether a dynamic type implements one interface type (x.(I), case I:), with a polymorphic inline cache keyed by the
 * dynamic type: the answer for each of the first {@value #LIMIT} types is a compilation constant; a site that sees
 * more asks the method table, which works each answer out once per program.
 */
@GenerateInline(false)
public abstract class ImplementsNode extends Node {
    static final int LIMIT = 4;

    protected final MethodTable table;
    protected final InterfaceType iface;

    protected ImplementsNode(MethodTable table, InterfaceType iface) {
        this.table = table;
        this.iface = iface;
    }

    public static ImplementsNode create(MethodTable table, InterfaceType iface) {
        return ImplementsNodeGen.create(table, iface);
    }

    public abstract boolean execute(GoType type);

    final boolean lookup(GoType type) {
        return table.implementsIface(type, iface);
    }

    @Specialization(guards = "type == cachedType", limit = "LIMIT")
    boolean cached(@SuppressWarnings("unused") GoType type,
                    @Cached("type") @SuppressWarnings("unused") GoType cachedType,
                    @Cached("lookup(cachedType)") boolean answer) {
        return answer;
    }

    @Specialization(replaces = "cached")
    boolean megamorphic(GoType type) {
        return lookup(type);
    }
}
