package gosub.language.load;

import com.oracle.truffle.api.TruffleFile;
import gosub.ast.SourceFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main module's packages a program imports, found by following imports from the main package before anything is
 * type-checked, as the go command loads packages before it compiles them. What the go command refuses at this stage
 * is refused here with its words: import cycles, imports of a module other than the main one (gosub fetches none),
 * programs imported as packages, and internal packages imported from outside the tree they belong to. Standard
 * packages are left to the checker, which knows which of them gosub provides.
 */
public final class ImportGraph {
    private final GoRun run;
    private final Module module;
    private final Map<String, PackageFiles> packages = new LinkedHashMap<>();
    /** The import paths from the main package down to the one being visited. */
    private final List<String> stack = new ArrayList<>();

    private ImportGraph(GoRun run, Module module) {
        this.run = run;
        this.module = module;
    }

    /** The module packages the target imports, directly or not, by import path. */
    public static Map<String, PackageFiles> of(GoRun run, GoRun.Target target) {
        ImportGraph g = new ImportGraph(run, target.module());
        g.visit(target.main());
        return g.packages;
    }

    private void visit(PackageFiles p) {
        stack.add(p.importPath());
        for (SourceFile sf : p.files()) {
            for (SourceFile.ImportSpec imp : sf.imports()) {
                String path = imp.path();
                if (module != null && module.contains(path)) {
                    moduleImport(p, sf, imp);
                } else if (path.equals("internal") || path.startsWith("internal/")) {
                    // the standard library's internal packages are its own; the go command refuses them, not the compiler
                    throw new LoadError(at(sf, imp) + "use of internal package " + path + " not allowed");
                } else if (isModulePath(path)) {
                    String required = module == null ? null : module.requiredModuleOf(path);
                    throw new LoadError(at(sf, imp) + (required != null
                            ? "unsupported: package " + path + " of module " + required
                                    + " (gosub runs only the packages of the main module)"
                            : "no required module provides package " + path + (module == null
                                    ? ": go.mod file not found in current directory or any parent directory; see 'go help modules'"
                                    : "; to add it:\n\tgo get " + path)));
                }
            }
        }
        stack.remove(stack.size() - 1);
    }

    private void moduleImport(PackageFiles importer, SourceFile sf, SourceFile.ImportSpec imp) {
        String path = imp.path();
        if (stack.contains(path)) {
            StringBuilder sb = importStack();
            sb.append("\n\timports ").append(path).append(": import cycle not allowed");
            throw new LoadError(sb.toString());
        }
        String parent = internalParent(path);
        if (parent != null && !importer.importPath().equals(GoRun.FILES_PACKAGE)
                && !importer.importPath().equals(parent) && !importer.importPath().startsWith(parent + "/")) {
            // the go command prints the import stack down to the importer, then the import itself
            StringBuilder sb = importStack();
            sb.append("\n\t").append(at(sf, imp)).append("use of internal package ").append(path).append(" not allowed");
            throw new LoadError(sb.toString());
        }
        PackageFiles q = packages.get(path);
        if (q == null) {
            TruffleFile dir = module.folderOf(path);
            if (!dir.isDirectory()) {
                throw new LoadError(at(sf, imp) + "no required module provides package " + path + "; to add it:\n\tgo get " + path);
            }
            try {
                q = run.folder(path, dir, run.names().shortPath(dir));
            } catch (GoRun.FolderProblem e) {
                if (!e.allExcluded) {
                    throw new LoadError(at(sf, imp) + e.getMessage());
                }
                StringBuilder sb = importStack();
                sb.append("\n\timports ").append(path).append(": ").append(e.getMessage());
                throw new LoadError(sb.toString());
            }
            if (q.name().equals("main")) {
                throw new LoadError(at(sf, imp) + "import \"" + path + "\" is a program, not an importable package");
            }
            packages.put(path, q);
            visit(q);
        }
    }

    /** The import stack down to the package being visited, as the go command prints it before a problem. */
    private StringBuilder importStack() {
        StringBuilder sb = new StringBuilder("package ").append(stack.get(0));
        for (int i = 1; i < stack.size(); i++) {
            sb.append("\n\timports ").append(stack.get(i));
        }
        return sb;
    }

    /** For a path with an internal element, the path of the tree allowed to import it; else null. */
    private static String internalParent(String path) {
        if (path.endsWith("/internal")) {
            return path.substring(0, path.length() - "/internal".length());
        }
        int i = path.lastIndexOf("/internal/");
        return i < 0 ? null : path.substring(0, i);
    }

    /** A path whose first element has a dot names a package of some module, never a standard one. */
    private static boolean isModulePath(String path) {
        int slash = path.indexOf('/');
        return (slash < 0 ? path : path.substring(0, slash)).contains(".");
    }

    /** Where an import is, as the go command prints it: {@code main.go:8:2: }. */
    private static String at(SourceFile sf, SourceFile.ImportSpec imp) {
        String file = sf.fileName().startsWith("./") ? sf.fileName().substring(2) : sf.fileName();
        return imp.pathPos().where(file) + ": ";
    }
}
