package gosub.language.build;

import gosub.ast.Node;

/**
 * Thrown when the builder meets code it cannot build. The checker refuses all such code (as unsupported, or as a
 * compile error), so reaching this is a bug of gosub: an internal error, never a message for the user.
 */
public final class Unbuildable extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Unbuildable(Node node, String what) {
        super((node != null && node.pos() != null ? node.pos() + ": " : "") + what + " reached the node builder");
    }
}
