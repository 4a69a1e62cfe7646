package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.SourceFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
        Set<Object> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        checked.addAll(ck.pkg.varInits); // a standard package's tables nothing has used yet are not (LateVars)
        for (SourceFile sf : files) {
            for (Decl d : sf.decls()) {
                if (d instanceof Decl.Var v) {
                    for (Decl.VarSpec vs : v.specs()) {
                        if (checked.contains(vs)) {
                            pending.add(vs);
                        }
                    }
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
                // a loop: Go reports it at its earliest variable, with the path back to it, and goes on (the
                // program does not run, so the order no longer matters)
                next = reportLoop(pending);
            }
            pending.remove(next);
            waiting.remove(next);
            order.add(next);
        }
        ck.pkg.varInits.clear();
        ck.pkg.varInits.addAll(order);
    }

    /**
     * Reports the initialization loop through the earliest of the waiting variables that is on one, once per loop
     * (the next variable of a reported loop becomes ready when this one is taken); returns the variable to take.
     */
    private Decl.VarSpec reportLoop(List<Decl.VarSpec> pending) {
        for (Decl.VarSpec vs : pending) {
            Entity start = ck.pkgInfo.defs.get(vs.names().get(0));
            List<Entity> path = start == null ? null : pathBack(start, start, new HashSet<>());
            if (path == null) {
                continue;
            }
            StringBuilder msg = new StringBuilder("initialization loop for " + start.name);
            Entity at = start;
            for (Entity next : path) {
                msg.append("\n\t").append(ck.where(at.pos)).append(": ").append(at.name).append(" refers to");
                at = next;
            }
            msg.append("\n\t").append(ck.where(at.pos)).append(": ").append(at.name);
            ck.error(start.pos, msg.toString());
            return vs;
        }
        return pending.get(0);
    }

    /**
     * The entities a reference from "from" passes through on its way to "to" (through variables' initializers and
     * functions' bodies), ending with to; null when there is no such way.
     */
    private List<Entity> pathBack(Entity from, Entity to, Set<Entity> seen) {
        if (!seen.add(from)) {
            return null;
        }
        for (Object d : ck.deps.getOrDefault(from, Set.of())) {
            if (!(d instanceof Entity e)) {
                continue;
            }
            Entity step = declaring(e);
            if (step == to) {
                return new ArrayList<>(List.of(e));
            }
            List<Entity> rest = pathBack(step, to, seen);
            if (rest != null) {
                rest.addFirst(e);
                return rest;
            }
        }
        return null;
    }

    /** Dependencies are recorded under a spec's first variable: the entity whose references e's are. */
    private Entity declaring(Entity e) {
        if (e instanceof VarEntity ve && ck.varSpecs.get(ve) != null) {
            Entity first = ck.pkgInfo.defs.get(ck.varSpecs.get(ve).names().get(0));
            return first != null ? first : e;
        }
        return e;
    }

    /** The package-level variable specs whose variables vs's initializer reads, through functions too. */
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
            if (o instanceof VarEntity ve && ck.varSpecs.containsKey(ve)) { // vs itself too: a loop of its own
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
