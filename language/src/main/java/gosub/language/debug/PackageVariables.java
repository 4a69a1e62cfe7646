package gosub.language.debug;

import gosub.language.GoContext;
import gosub.language.check.Entity;
import gosub.language.check.GoPackage;
import gosub.language.check.VarEntity;
import gosub.language.interop.GoToHost;
import gosub.language.nodes.local.CellNodes;
import gosub.language.values.Cell;

import java.util.ArrayList;
import java.util.List;

/** The package-level variables of the running program's main package: the language's top scope for tools. */
public final class PackageVariables {
    private PackageVariables() {
    }

    /** The variables of pkg (null: none yet) with their current values, in declaration order. */
    public static GoScope scope(GoContext ctx, GoPackage pkg) {
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (pkg != null) {
            for (Entity e : pkg.scope.entries().values()) {
                if (e instanceof VarEntity v && v.global) {
                    Cell c;
                    synchronized (ctx.functionTargets) { // the builders' lock over the cells
                        c = ctx.globalCells.get(v);
                    }
                    if (c != null) {
                        names.add(v.name);
                        values.add(GoToHost.exportForDebugger(ctx, v.type, CellNodes.loadBoxed(c, v.type.rep())));
                    }
                }
            }
        }
        return GoScope.of(pkg == null ? "package" : "package " + pkg.name, names, values);
    }
}
