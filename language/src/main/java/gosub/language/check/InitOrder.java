package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The initialization order of package-level variables: each after the variables its initializer refers to, directly
 * or through the functions it calls, and otherwise in declaration order. The dependencies are recorded while
 * initializers and function bodies are checked ({@link #recordDep}).
 */
final class InitOrder {
    private final Checker ck;

    InitOrder(Checker ck) {
        this.ck = ck;
    }

    void computeInitOrder(List<SourceFile> files) {
        // package vars in declaration order (file after file), each after the vars it depends on (through functions
        // too), whichever file declares them
        List<Decl.VarSpec> order = new ArrayList<>();
        Set<Decl.VarSpec> done = new HashSet<>();
        Set<Decl.VarSpec> visiting = new HashSet<>();
        for (SourceFile sf : files) {
            for (Decl d : sf.decls()) {
                if (d instanceof Decl.Var v) {
                    for (Decl.VarSpec vs : v.specs()) {
                        visitInit(vs, order, done, visiting);
                    }
                }
            }
        }
        ck.pkg.varInits.clear();
        ck.pkg.varInits.addAll(order);
    }

    private void visitInit(Decl.VarSpec vs, List<Decl.VarSpec> order, Set<Decl.VarSpec> done, Set<Decl.VarSpec> visiting) {
        if (done.contains(vs) || !visiting.add(vs)) {
            return;
        }
        Set<Object> reach = new LinkedHashSet<>();
        for (Expr.Ident id : vs.names()) {
            Entity e = ck.pkgInfo.defs.get(id);
            if (e != null) {
                collectDeps(e, reach, new HashSet<>());
            }
        }
        for (Object o : reach) {
            if (o instanceof VarEntity ve && ck.varSpecs.containsKey(ve) && ck.varSpecs.get(ve) != vs) {
                visitInit(ck.varSpecs.get(ve), order, done, visiting);
            }
        }
        visiting.remove(vs);
        done.add(vs);
        order.add(vs);
    }

    private void collectDeps(Object from, Set<Object> out, Set<Object> seen) {
        if (!seen.add(from)) {
            return;
        }
        for (Object d : ck.deps.getOrDefault(from, Set.of())) {
            out.add(d);
            if (d instanceof FuncEntity) {
                collectDeps(d, out, seen);
            }
        }
    }

    void recordDep(Entity e) {
        if (ck.env.decl != null && (e instanceof FuncEntity || (e instanceof VarEntity ve && ve.global))) {
            ck.deps.computeIfAbsent(ck.env.decl, k -> new LinkedHashSet<>()).add(e);
        }
    }
}
