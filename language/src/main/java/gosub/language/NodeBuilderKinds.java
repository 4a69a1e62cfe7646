package gosub.language;

import gosub.language.types.GoType;
import gosub.language.types.Kind;

/** The basic kind of a type, for nodes that specialise on it. */
public final class NodeBuilderKinds {
    private NodeBuilderKinds() {
    }

    public static Kind kind(GoType t) {
        return NodeBuilder.kindOf(t);
    }
}
