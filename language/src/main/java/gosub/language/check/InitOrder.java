package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        // Go's rule: again and again, the earliest variable in declaration order (file after file) that is ready,
        // that is, whose initializer refers (directly or through functions and methods) to no variable still
        // waiting; a variable without an initializer is ready at once
        List<Decl.VarSpec> pending = new ArrayList<>();
        for (SourceFile sf : files) {
            for (Decl d : sf.decls()) {
                if (d instanceof Decl.Var v) {
                    pending.addAll(v.specs());
                }
            }
        }
        Map<Decl.VarSpec, Set<Decl.VarSpec>> waitsFor = new HashMap<>();
        for (Decl.VarSpec vs : pending) {
            waitsFor.put(vs, dependencies(vs));
        }
        List<Decl.VarSpec> order = new ArrayList<>();
        Set<Decl.VarSpec> waiting = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            Decl.VarSpec next = null;
            for (Decl.VarSpec vs : pending) {
                if (waitsFor.get(vs).stream().noneMatch(waiting::contains)) {
                    next = vs;
                    break;
                }
            }
            if (next == null) {
                next = pending.get(0); // a cycle, reported where it is found: any order will do
            }
            pending.remove(next);
            waiting.remove(next);
            order.add(next);
        }
        ck.pkg.varInits.clear();
        ck.pkg.varInits.addAll(order);
    }

    /** The other package-level variable specs whose variables vs's initializer reads, through functions too. */
    private Set<Decl.VarSpec> dependencies(Decl.VarSpec vs) {
        Set<Object> reach = new LinkedHashSet<>();
        for (Expr.Ident id : vs.names()) {
            Entity e = ck.pkgInfo.defs.get(id);
            if (e != null) {
                collectDeps(e, reach, new HashSet<>());
            }
        }
        Set<Decl.VarSpec> out = new HashSet<>();
        for (Object o : reach) {
            if (o instanceof VarEntity ve && ck.varSpecs.containsKey(ve) && ck.varSpecs.get(ve) != vs) {
                out.add(ck.varSpecs.get(ve));
            }
        }
        return out;
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
