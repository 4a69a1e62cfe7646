package gosub.language;

import com.oracle.truffle.api.frame.FrameSlotKind;
import gosub.ast.AssignOp;
import gosub.ast.Expr;
import gosub.ast.Stmt;
import gosub.language.check.Entity;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.controlflow.ConcurrencyNodes;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.controlflow.RangeNodes;
import gosub.language.nodes.expression.ChannelNodes;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/** Builds the nodes of Go's concurrency syntax (go, channel operations, select) on the runtime's scheduler. */
final class Concurrency {
    private Concurrency() {
    }

    static StmtNode goStmt(NodeBuilder b, Stmt.Go g, NodeBuilder.CallParts parts) {
        String name = g.call().fun() instanceof Expr.FuncLit ? "main.main.func" : gosub.language.check.ExprPrinter.print(g.call().fun());
        if (!name.contains(".")) {
            name = "main." + name;
        }
        return new ConcurrencyNodes.Go(parts.fnValue, parts.target, name, parts.args);
    }

    static StmtNode send(NodeBuilder b, ExprNode ch, ExprNode value) {
        return new ChannelNodes.Send(ch, value);
    }

    static ExprNode receive(NodeBuilder b, ExprNode ch, GoType elem, boolean commaOk) {
        return new ChannelNodes.Receive(ch, commaOk);
    }

    static StmtNode close(NodeBuilder b, ExprNode ch) {
        return new ChannelNodes.Close(ch);
    }

    static ExprNode lenCap(NodeBuilder b, ExprNode ch, boolean cap) {
        return new ChannelNodes.LenCap(ch, cap);
    }

    static ExprNode makeChan(NodeBuilder b, ChanType t, ExprNode size) {
        return new ChannelNodes.Make(size, t.elem);
    }

    static StmtNode rangeChannel(NodeBuilder b, ExprNode ch, StmtNode assign, StmtNode body, Object target, int slot) {
        return new ConcurrencyNodes.RangeChannel(ch, assign, body, target, slot);
    }

    static StmtNode select(NodeBuilder b, Stmt.Select sel, Object target) {
        if (target == null) {
            target = b.target(null, sel);
        }
        int valueSlot = b.tempSlot(FrameSlotKind.Object);
        int okSlot = b.tempSlot(FrameSlotKind.Object);
        List<ExprNode> chans = new ArrayList<>();
        List<ExprNode> sends = new ArrayList<>();
        List<StmtNode> bodies = new ArrayList<>();
        StmtNode defaultBody = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            List<StmtNode> body = new ArrayList<>();
            if (cc.comm() == null) {
                defaultBody = b.statements(body, cc.body());
                continue;
            }
            switch (cc.comm()) {
                case Stmt.Send s -> {
                    chans.add(b.expr(s.chan()));
                    GoType elem = ((ChanType) b.type(s.chan()).underlying()).elem;
                    sends.add(b.valueTo(s.value(), elem));
                }
                case Stmt.ExprStmt es -> {
                    Expr.Unary u = (Expr.Unary) NodeBuilder.unparen(es.x());
                    chans.add(b.expr(u.x()));
                    sends.add(null);
                }
                case Stmt.Assign a -> {
                    Expr.Unary u = (Expr.Unary) NodeBuilder.unparen(a.rhs().get(0));
                    chans.add(b.expr(u.x()));
                    sends.add(null);
                    GoType elem = ((ChanType) b.type(u.x()).underlying()).elem;
                    ExprNode value = new RangeNodes.Current(valueSlot);
                    ExprNode ok = new RangeNodes.Current(okSlot);
                    Expr[] lhs = {a.lhs().get(0), a.lhs().size() > 1 ? a.lhs().get(1) : null};
                    ExprNode[] src = {value, ok};
                    GoType[] types = {elem, Types.BOOL};
                    for (int i = 0; i < 2; i++) {
                        if (lhs[i] == null || NodeBuilder.unparen(lhs[i]) instanceof Expr.Ident id && id.name().equals("_")) {
                            continue;
                        }
                        if (a.op() == AssignOp.DEFINE) {
                            Entity e = b.defOf(lhs[i]);
                            if (e instanceof VarEntity v) {
                                body.add(b.declare(v, b.convert(src[i], types[i], v.type)));
                            }
                        } else {
                            body.add(b.store(lhs[i], b.convert(src[i], types[i], b.type(lhs[i]))));
                        }
                    }
                }
                default -> throw new NodeBuilder.Unbuildable(cc.comm(), "select case");
            }
            bodies.add(b.statements(body, cc.body()));
        }
        if (defaultBody != null) {
            bodies.add(defaultBody);
        }
        StmtNode node = new ConcurrencyNodes.SelectNode(chans.toArray(new ExprNode[0]), sends.toArray(new ExprNode[0]), defaultBody != null,
                        bodies.toArray(new StmtNode[0]), valueSlot, okSlot);
        return new ControlNodes.Breakable(node, target);
    }
}
