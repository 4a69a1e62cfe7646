package gosub.language.stdlib.os;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Paths resolved the way Linux resolves them for a system call (see path_resolution(7)), where Java would not: a
 * {@code java.nio} path, and so a {@link TruffleFile}, takes {@code a.txt/..} for the directory of a.txt without
 * looking at a.txt, and {@code link/..} for the directory that holds the link rather than the parent of its target,
 * and drops a trailing slash. The kernel walks the name a component at a time: every component but the last must be
 * a directory (or a symbolic link to one, followed at once, so that a {@code ..} after it leaves the target), and a
 * name that ends in a slash must name a directory.
 *
 * <p>{@link #walk} does that walk and hands back a file whose path Java cannot misread: its directories are real
 * (no {@code .}, {@code ..} or symbolic link left in them), and only its last component is as the name gave it. Names
 * without a dot component or a trailing slash need no walk: Java passes them to the system as they are.
 */
final class KernelPaths {
    /** Linux's limit on the symbolic links followed in one walk (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;

    private KernelPaths() {
    }

    /** What a system call does with the last component of its name. */
    enum Last {
        /** Follows a symbolic link there (stat, open, chdir, chmod). */
        FOLLOW,
        /** Takes the link itself, unless the name ends in a slash (lstat, readlink). */
        LINK,
        /** Takes the directory entry itself, which a final slash says must be a directory (unlink, rmdir, rename). */
        ENTRY,
        /** Makes the entry, refusing one that is there whatever it is (mkdir, symlink, link). */
        NEW
    }

    /** Whether Java could resolve NAME otherwise than the kernel: it has a {@code ..} or inner {@code .}, or a final slash. */
    static boolean needsWalk(String name) {
        if (name.length() > 1 && name.endsWith("/")) {
            return true;
        }
        List<String> parts = components(name);
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (p.equals("..") || p.equals(".") && i > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file NAME names from the directory CWD (ROOT for an absolute name), its last component taken as LAST says.
     * A followed last component must be a directory when NAME ends in a slash. A missing last component is no error
     * here: the operation decides (mkdir makes it, stat reports it).
     */
    static TruffleFile walk(TruffleFile root, TruffleFile cwd, String name, Last lastTaken) throws IOException {
        boolean mustBeDirectory = name.length() > 1 && name.endsWith("/");
        boolean follow = lastTaken == Last.FOLLOW || lastTaken == Last.LINK && mustBeDirectory;
        List<String> given = components(name);
        Deque<String> todo = new ArrayDeque<>(given);
        TruffleFile current = name.startsWith("/") ? root : cwd.getCanonicalFile();
        int links = 0;
        while (!todo.isEmpty()) {
            String part = todo.pollFirst();
            boolean last = todo.isEmpty();
            if (part.equals(".")) {
                continue; // current is a directory: the walk only enters directories
            }
            if (part.equals("..")) {
                TruffleFile parent = current.getParent();
                current = parent != null ? parent : current;
                continue;
            }
            TruffleFile next = current.resolve(part);
            if (last && !follow) {
                if (lastTaken == Last.ENTRY && mustBeDirectory && next.exists(LinkOption.NOFOLLOW_LINKS)
                                && !next.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                    throw new NotDirectoryException(name);
                }
                return next;
            }
            if (!next.exists(LinkOption.NOFOLLOW_LINKS)) {
                if (last) {
                    return next;
                }
                throw new NoSuchFileException(name);
            }
            if (next.isSymbolicLink()) {
                if (++links > MAX_LINKS) {
                    throw new FileSystemLoopException(name);
                }
                String target = next.readSymbolicLink().getPath();
                List<String> targetParts = components(target);
                for (int i = targetParts.size() - 1; i >= 0; i--) {
                    todo.addFirst(targetParts.get(i));
                }
                if (target.startsWith("/")) {
                    current = root;
                }
                continue;
            }
            if ((!last || mustBeDirectory) && !next.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                throw new NotDirectoryException(name);
            }
            current = next;
        }
        if (!given.isEmpty() && (lastTaken == Last.ENTRY || lastTaken == Last.NEW)) {
            // the name ends in . or ..: the directory is no entry of its own to remove, rename or make
            String end = given.getLast();
            if (end.equals(".") || end.equals("..")) {
                if (lastTaken == Last.NEW) {
                    throw new FileAlreadyExistsException(name);
                }
                if (end.equals(".")) {
                    throw new IllegalArgumentException(name);
                }
                throw new DirectoryNotEmptyException(name);
            }
        }
        return current;
    }

    /** The components of NAME, without the empty ones that repeated and final slashes make. */
    private static List<String> components(String name) {
        List<String> parts = new ArrayList<>();
        for (String p : name.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }
}
