package gosub.language;

import gosub.ast.Stmt;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.types.GoType;

import java.util.function.Function;

/**
 * The bridge from Go's concurrency syntax (go, channel operations, select) to the runtime's scheduler. Until the
 * scheduler is wired in, these constructs are refused at compile time by name rather than mis-run.
 */
final class Concurrency {
    private Concurrency() {
    }

    static StmtNode goStmt(NodeBuilder b, Stmt.Go g, NodeBuilder.CallParts parts) {
        throw new NodeBuilder.Unsupported(g, "go statement (goroutines)");
    }

    static StmtNode send(NodeBuilder b, ExprNode ch, ExprNode value) {
        throw new NodeBuilder.Unsupported(null, "channel send");
    }

    static ExprNode receive(NodeBuilder b, ExprNode ch, GoType elem, boolean commaOk) {
        throw new NodeBuilder.Unsupported(null, "channel receive");
    }

    static StmtNode select(NodeBuilder b, Stmt.Select sel, Object target) {
        throw new NodeBuilder.Unsupported(sel, "select");
    }

    static StmtNode close(NodeBuilder b, ExprNode ch) {
        throw new NodeBuilder.Unsupported(null, "close of a channel");
    }

    static StmtNode rangeChan(NodeBuilder b, ExprNode ch, GoType elem, Function<ExprNode, StmtNode> assignKey, StmtNode body, Object target) {
        throw new NodeBuilder.Unsupported(null, "range over a channel");
    }

    static ExprNode lenCap(NodeBuilder b, ExprNode ch, boolean cap) {
        throw new NodeBuilder.Unsupported(null, "len/cap of a channel");
    }

    static ExprNode makeChan(NodeBuilder b, gosub.language.types.ChanType t, ExprNode size) {
        throw new NodeBuilder.Unsupported(null, "make(chan)");
    }
}
