package gosub.language.load;

import com.oracle.truffle.api.TruffleFile;

/**
 * How the go command names files in what it prints: relative to the working directory when that is shorter than the
 * absolute path, else absolute. Compile errors show the folder so shortened in front of the file's name, which gives
 * {@code ./a.go} for a file of the working directory; the go command's own errors give the short path itself
 * ({@code a.go}).
 */
public final class SourceNames {
    private final TruffleFile cwd;

    public SourceNames(TruffleFile cwd) {
        this.cwd = cwd.getAbsoluteFile().normalize();
    }

    /** The short form of an absolute path: relative to the working directory if that is shorter. */
    public String shortPath(TruffleFile file) {
        TruffleFile abs = file.getAbsoluteFile().normalize();
        String absolute = abs.getPath();
        String rel;
        try {
            rel = cwd.relativize(abs).getPath();
        } catch (IllegalArgumentException e) {
            return absolute;
        }
        if (rel.isEmpty()) {
            rel = ".";
        }
        return rel.length() < absolute.length() ? rel : absolute;
    }

    /** FILE as a compile error names it: its folder's short path, then its name ({@code ./a.go}, {@code sub/b.go}). */
    public String compileName(TruffleFile file) {
        TruffleFile abs = file.getAbsoluteFile().normalize();
        TruffleFile dir = abs.getParent();
        String base = abs.getName();
        return dir == null ? abs.getPath() : shortPath(dir) + "/" + base;
    }

    /** FILE as the go command's own errors name it ({@code a.go}, {@code internal/util/util.go}). */
    public String commandName(TruffleFile file) {
        return shortPath(file);
    }
}
