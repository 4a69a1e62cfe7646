package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.types.GoType;

/** min(...) / max(...) over ordered values (NaN wins for floats, as in Go). */
public final class MinMaxNode extends ExprNode {
    private final boolean min;
    private final GoType type;
    @Children private final ExprNode[] values;

    public MinMaxNode(boolean min, GoType type, ExprNode[] values) {
        this.min = min;
        this.type = type;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        if (type.isInteger()) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                int c = IntOps.compare(gosub.language.NodeBuilder.kindOf(type), v, r);
                if (min ? c < 0 : c > 0) {
                    r = v;
                }
            }
            return r;
        }
        if (type.isFloat()) {
            double r = values[0].executeDouble(frame);
            for (int i = 1; i < values.length; i++) {
                double v = values[i].executeDouble(frame);
                r = min ? Math.min(r, v) : Math.max(r, v);
            }
            return r;
        }
        String r = (String) values[0].execute(frame);
        for (int i = 1; i < values.length; i++) {
            String v = (String) values[i].execute(frame);
            int c = v.compareTo(r);
            if (min ? c < 0 : c > 0) {
                r = v;
            }
        }
        return r;
    }
}
