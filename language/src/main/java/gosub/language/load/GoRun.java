package gosub.language.load;

import com.oracle.truffle.api.TruffleFile;
import gosub.ast.SourceFile;
import gosub.parser.Parser;
import gosub.parser.SyntaxError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code go run} makes of the arguments before the program's own: several {@code .go} files of one folder
 * (the package {@code command-line-arguments}), or one package given by its folder ({@code .}, {@code ./cmd/x},
 * {@code /abs/dir}) or by its import path in the main module. Each rule that go run enforces before compiling is
 * enforced here with its message: files in one folder, no test files, one package name. A folder's package is every
 * {@code .go} file in it but test files, those whose name starts with {@code _} or {@code .}, and those that
 * {@link BuildConstraints} exclude, sorted by name. Named files are taken whatever their build constraints, as go run
 * takes them, but not those whose name starts with {@code _} or {@code .}.
 */
public final class GoRun {
    /** The import path go gives the package of files named on the command line. */
    public static final String FILES_PACKAGE = "command-line-arguments";

    /** The main package, and the module it belongs to (null outside any). */
    public record Target(PackageFiles main, Module module) {
    }

    private final Function<String, TruffleFile> files;
    private final SourceNames names;

    /** FILES resolves a path against the working directory, CWD (an absolute folder) being that directory. */
    public GoRun(Function<String, TruffleFile> files, TruffleFile cwd) {
        this.files = files;
        this.names = new SourceNames(cwd);
    }

    public SourceNames names() {
        return names;
    }

    public Target resolve(List<String> args) {
        if (args.isEmpty()) {
            throw new LoadError("go: no go files listed");
        }
        if (args.get(0).endsWith(".go")) {
            return namedFiles(args);
        }
        if (args.size() > 1) {
            throw new LoadError("gosub: give one package (a folder) or .go files of one folder, not " + String.join(" ", args));
        }
        return folderOrImportPath(args.get(0));
    }

    private Target namedFiles(List<String> args) {
        List<TruffleFile> given = new ArrayList<>();
        String firstDir = null;
        TruffleFile dir = null;
        for (String a : args) {
            if (!a.endsWith(".go")) {
                throw new LoadError("named files must be .go files: " + a);
            }
            if (a.endsWith("_test.go")) {
                throw new LoadError("go: cannot run *_test.go files (" + a + ")");
            }
            TruffleFile f = files.apply(a);
            if (!f.exists()) {
                throw new LoadError("stat " + a + ": no such file or directory");
            }
            if (f.isDirectory()) {
                throw new LoadError(a + " is a directory, should be a Go file");
            }
            String d = parentAsGiven(a);
            TruffleFile fd = f.getAbsoluteFile().normalize().getParent();
            if (dir == null) {
                dir = fd;
                firstDir = d;
            } else if (!dir.equals(fd)) {
                throw new LoadError("named files must all be in one directory; have " + firstDir + " and " + d);
            }
            if (!f.getName().startsWith("_") && !f.getName().startsWith(".")) {
                given.add(f);
            }
        }
        if (given.isEmpty()) {
            throw new LoadError("package " + FILES_PACKAGE + ": no Go files in " + dir.getPath());
        }
        Module module = Module.enclosing(dir);
        return new Target(parse(FILES_PACKAGE, dir, given), module);
    }

    /** The folder part of a path as written ({@code .} for none), as go run quotes it. */
    private static String parentAsGiven(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    private Target folderOrImportPath(String arg) {
        boolean isPath = arg.equals(".") || arg.equals("..") || arg.startsWith("./") || arg.startsWith("../")
                || arg.startsWith("/");
        if (isPath) {
            TruffleFile dir = files.apply(arg);
            if (!dir.isDirectory()) {
                throw new LoadError("go: no packages loaded from " + arg);
            }
            dir = dir.getAbsoluteFile().normalize();
            Module module = Module.enclosing(dir);
            String importPath = module != null ? module.importPathOf(dir) : null;
            return new Target(mainFolder(importPath != null ? importPath : "_" + dir.getPath(), dir, arg), module);
        }
        // an import path: a package of the module around the working directory
        Module module = Module.enclosing(files.apply("."));
        if (module != null && module.contains(arg)) {
            TruffleFile dir = module.folderOf(arg);
            if (!dir.isDirectory()) {
                throw new LoadError("no required module provides package " + arg + "; to add it:\n\tgo get " + arg);
            }
            return new Target(mainFolder(arg, dir, arg), module);
        }
        if (!arg.contains(".")) {
            // what is not in the module is a standard package: none of gosub's is a main package
            throw new LoadError("package " + arg + " is not in GOROOT ($GOROOT/src/" + arg + ")");
        }
        throw new LoadError("no required module provides package " + arg
                + (module == null ? ": go.mod file not found in current directory or any parent directory; see 'go help modules'"
                        : "; to add it:\n\tgo get " + arg));
    }

    /** The main package's folder: a problem with its files is told as the package's. */
    private PackageFiles mainFolder(String importPath, TruffleFile dir, String asGiven) {
        try {
            return folder(importPath, dir, asGiven);
        } catch (FolderProblem e) {
            throw e.allExcluded ? new LoadError("package " + importPath + ": " + e.getMessage()) : e;
        }
    }

    /**
     * Why a folder gives no package, in the go command's words without the place it was asked for, which the
     * caller knows: the main package's folder or an import.
     */
    static final class FolderProblem extends LoadError {
        private static final long serialVersionUID = 1L;

        /** True when build constraints exclude every Go file; false for a file whose constraints do not parse. */
        final boolean allExcluded;

        FolderProblem(String message, boolean allExcluded) {
            super(message);
            this.allExcluded = allExcluded;
        }
    }

    /**
     * The package in DIR: its Go files but test files, those starting with _ or . and those build constraints
     * exclude, sorted by name.
     */
    PackageFiles folder(String importPath, TruffleFile dir, String asGiven) {
        List<TruffleFile> goFiles = new ArrayList<>();
        boolean testFiles = false;
        boolean excluded = false;
        try {
            for (TruffleFile f : dir.list()) {
                String n = f.getName();
                if (!n.endsWith(".go") || f.isDirectory() || n.startsWith("_") || n.startsWith(".")) {
                    continue;
                }
                if (!BuildConstraints.nameAdmits(n)) {
                    excluded = true;
                } else if (n.endsWith("_test.go")) {
                    testFiles = true;
                } else if (!admits(f)) {
                    excluded = true;
                } else {
                    goFiles.add(f);
                }
            }
        } catch (IOException | SecurityException e) {
            throw new LoadError("open " + asGiven + ": " + e.getMessage());
        }
        if (goFiles.isEmpty()) {
            if (excluded && !importPath.startsWith("_/")) {
                throw new FolderProblem("build constraints exclude all Go files in " + dir.getPath(), true);
            }
            throw new LoadError(testFiles ? "no non-test Go files in " + dir.getPath()
                    : "go: no packages loaded from " + asGiven);
        }
        goFiles.sort(Comparator.comparing(TruffleFile::getName));
        return parse(importPath, dir, goFiles);
    }

    /** A source file's text; a file that cannot be read is the error go run reports for it. */
    private String readText(TruffleFile f) {
        try {
            return new String(f.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            throw new LoadError("open " + names.commandName(f) + ": " + reason(e));
        }
    }

    /** Whether the build constraints in file f's header admit it. */
    private boolean admits(TruffleFile f) {
        String text = readText(f);
        try {
            return BuildConstraints.textAdmits(text);
        } catch (BuildConstraints.Malformed e) {
            throw new FolderProblem(f.getName() + ": " + e.getMessage(), false);
        }
    }

    /** Reads and parses the files of one package and checks that they name one package. */
    PackageFiles parse(String importPath, TruffleFile dir, List<TruffleFile> goFiles) {
        List<SourceFile> parsed = new ArrayList<>();
        List<String> absolute = new ArrayList<>();
        // Go's compiler parses every file; a syntax error in one stops it before type checking, with all it said
        List<SourceFile.ParseError> said = new ArrayList<>();
        boolean syntaxError = false;
        for (TruffleFile f : goFiles) {
            String name = names.compileName(f);
            String text = readText(f);
            try {
                SourceFile sf = Parser.parse(name, text);
                said.addAll(sf.parseErrors());
                parsed.add(sf);
            } catch (SyntaxError e) {
                said.addAll(e.fileErrors());
                syntaxError = true;
            }
            absolute.add(f.getAbsoluteFile().normalize().getPath());
        }
        if (syntaxError) {
            throw LoadError.syntax(importPath, said);
        }
        String pkgName = parsed.get(0).packageName();
        for (int i = 1; i < parsed.size(); i++) {
            if (!parsed.get(i).packageName().equals(pkgName)) {
                throw new LoadError("found packages " + pkgName + " (" + goFiles.get(0).getName() + ") and "
                        + parsed.get(i).packageName() + " (" + goFiles.get(i).getName() + ") in "
                        + dir.getAbsoluteFile().normalize().getPath());
            }
        }
        return new PackageFiles(importPath, pkgName, List.copyOf(parsed), List.copyOf(absolute));
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
