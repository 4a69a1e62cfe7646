package gosub.language.natives;

import com.oracle.truffle.api.dsl.NodeChild;
import gosub.language.nodes.ExprNode;

/**
 * A standard-library function implemented in Java, as a node whose children are the Go arguments (receiver first
 * for a method). Its specialisations take them typed (long, double, boolean, String; Object for values that may be
 * nil), so numbers stay unboxed, and keep boundaries around the Java library code they call, so the rest is
 * compiled with the caller. Subclasses are annotated @GenerateNodeFactory and @NodeInfo(shortName = Go name) and
 * registered in {@link Natives}.
 */
@NodeChild(value = "arguments", type = ExprNode[].class)
public abstract class NativeNode extends ExprNode {
}
