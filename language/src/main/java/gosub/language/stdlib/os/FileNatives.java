package gosub.language.stdlib.os;

import com.oracle.truffle.api.TruffleFile;
import gosub.runtime.Goroutine;
import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.values.ByteStrings;
import gosub.language.stdlib.os.KernelPaths.Last;
import gosub.language.values.Slice;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The os package's file natives: one per system call Go's os package makes, on a descriptor of the program's
 * {@link FileTable} or on a path. Everything goes through Truffle's file system ({@code Env.getPublicTruffleFile}),
 * so the embedder's IO policy applies. Each returns its results and an error number (0 for success, see
 * {@link Errno}); the Go side (os.go) turns the number into Go's error values.
 */
public final class FileNatives {
    private FileNatives() {
    }

    /** Go's open flags (Linux values), as os.go passes them. */
    private static final int O_WRONLY = 0x1;
    private static final int O_RDWR = 0x2;
    private static final int O_CREAT = 0x40;
    private static final int O_EXCL = 0x80;
    private static final int O_TRUNC = 0x200;
    private static final int O_APPEND = 0x400;
    private static final int O_SYNC = 0x101000;

    /** The types of st_mode (S_IFMT), for file systems that only say "directory", "link" or "regular file". */
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;

    /** An IO action of a native; its exception becomes the error number. */
    @FunctionalInterface
    private interface Action {
        Object run() throws IOException;
    }

    /** Runs ACTION and returns {result, 0}, or {FAILED, errno}. */
    private static Object[] attempt(Object failed, Action action) {
        try {
            return new Object[] {action.run(), 0L};
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException | IllegalStateException e) {
            return new Object[] {failed, errno(e)};
        }
    }

    /** Runs ACTION for its effect: the error number, 0 for success. */
    private static long errnoOf(Action action) {
        return (Long) attempt(null, action)[1];
    }

    private static long errno(Throwable e) {
        // a name Java cannot even represent as a path (e.g. one with a NUL byte) is Go's EINVAL
        return e instanceof IllegalArgumentException ? Errno.EINVAL.number : Errno.of(e).number;
    }

    /**
     * The file NAME (a Go byte string) names, relative to the program's working directory, its last component taken
     * as LAST says. The empty name names nothing; a name Java would read otherwise than the kernel ({@code a.txt/..},
     * {@code link/..}, a final slash) is walked as the kernel walks it ({@link KernelPaths}).
     */
    static TruffleFile resolve(GoContext ctx, String name, KernelPaths.Last last) throws IOException {
        if (name.isEmpty()) {
            throw new NoSuchFileException(name);
        }
        String path = ByteStrings.toJava(name);
        if (KernelPaths.needsWalk(path)) {
            return KernelPaths.walk(ctx.env.getPublicTruffleFile("/"), ctx.env.getCurrentWorkingDirectory(), path, last);
        }
        return ctx.env.getPublicTruffleFile(path);
    }

    /**
     * Why F cannot be found: the JDK reports both ENOENT and ENOTDIR from stat(2) as a missing file, but Linux says
     * ENOTDIR when a directory on the way to F is a file ({@code stat a.txt/x}), and Go programs tell the two apart.
     * The components are tried from the root down, as the kernel walks them.
     */
    private static IOException whyMissing(TruffleFile f) {
        java.util.ArrayDeque<TruffleFile> ancestors = new java.util.ArrayDeque<>();
        try {
            for (TruffleFile a = f.getAbsoluteFile().getParent(); a != null; a = a.getParent()) {
                ancestors.push(a);
            }
            for (TruffleFile a : ancestors) {
                if (!a.exists()) {
                    break;
                }
                if (!a.isDirectory()) {
                    return new NotDirectoryException(f.getPath());
                }
            }
        } catch (SecurityException | IllegalArgumentException e) {
            // no access to look: what the JDK said stays
        }
        return new NoSuchFileException(f.getPath());
    }

    private static OpenFile open(GoContext ctx, long fd) throws IOException {
        OpenFile f = ctx.files.get(fd);
        if (f == null) {
            throw new IOException("Bad file descriptor");
        }
        return f;
    }

    /** A read of descriptor 0; a failure of the context's input stream is an error number, as read(2) gives. */
    private static Object[] readStandardInput(StandardInput stdin, Goroutine g, Slice b) {
        if (len(b) == 0) {
            return new Object[] {0L, 0L};
        }
        try {
            return new Object[] {(long) stdin.read(g, array(b), offset(b), len(b)), 0L};
        } catch (Exception e) {
            return new Object[] {0L, errno(e)};
        }
    }

    private static int len(Slice b) {
        return b == null ? 0 : b.len;
    }

    private static byte[] array(Slice b) {
        return b == null ? new byte[0] : (byte[]) b.array;
    }

    private static int offset(Slice b) {
        return b == null ? 0 : b.offset;
    }

    private static StandardInput standardInput(StandardInput[] made, GoContext ctx) {
        synchronized (made) {
            if (made[0] == null) {
                made[0] = new StandardInput(ctx.env.in());
            }
            return made[0];
        }
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("os.openFile", (gs, args) -> attempt(-1L, () -> openFile(ctx, (String) args[0], (int) (long) (Long) args[1], (Long) args[2])));
        // made on the first read: registering reads nothing of the context (StdlibNatives registers on demand)
        StandardInput[] stdin = {null};
        n.register("os.fileRead", (gs, args) -> {
            Slice b = (Slice) args[1];
            if ((Long) args[0] == 0) {
                return readStandardInput(standardInput(stdin, ctx), SyncNatives.goroutine(gs), b);
            }
            return attempt(0L, () -> (long) open(ctx, (Long) args[0]).read(array(b), offset(b), len(b)));
        });
        n.register("os.filePread", (gs, args) -> {
            Slice b = (Slice) args[1];
            return attempt(0L, () -> (long) open(ctx, (Long) args[0]).readAt(array(b), offset(b), len(b), (Long) args[2]));
        });
        n.register("os.fileWrite", (gs, args) -> {
            long fd = (Long) args[0];
            Slice b = (Slice) args[1];
            if (fd == 1 || fd == 2) {
                int errno = ctx.write((int) fd, ByteStrings.fromBytes(array(b), offset(b), len(b)));
                return new Object[] {errno == 0 ? (long) len(b) : 0L, (long) errno};
            }
            return attempt(0L, () -> (long) open(ctx, fd).write(array(b), offset(b), len(b)));
        });
        n.register("os.filePwrite", (gs, args) -> {
            Slice b = (Slice) args[1];
            return attempt(0L, () -> (long) open(ctx, (Long) args[0]).writeAt(array(b), offset(b), len(b), (Long) args[2]));
        });
        n.register("os.fileSeek", (gs, args) -> attempt(0L, () -> open(ctx, (Long) args[0]).seek((Long) args[1], (int) (long) (Long) args[2])));
        n.register("os.fileTruncate", (gs, args) -> errnoOf(() -> {
            open(ctx, (Long) args[0]).truncate((Long) args[1]);
            return null;
        }));
        n.register("os.fileSync", (gs, args) -> errnoOf(() -> {
            open(ctx, (Long) args[0]).sync();
            return null;
        }));
        n.register("os.fileClose", (gs, args) -> errnoOf(() -> {
            OpenFile f = ctx.files.remove((Long) args[0]);
            if (f == null) {
                throw new IOException("Bad file descriptor");
            }
            f.close();
            return null;
        }));
        n.register("os.fstat", (gs, args) -> {
            long fd = (Long) args[0];
            if (fd >= 0 && fd <= 2) {
                String stream = fd == 0 ? "/dev/stdin" : fd == 1 ? "/dev/stdout" : "/dev/stderr";
                return stat(() -> ctx.env.getPublicTruffleFile(stream), true);
            }
            return stat(() -> open(ctx, fd).file, true);
        });
        n.register("os.fileEntries", (gs, args) -> {
            try {
                return entries(open(ctx, (Long) args[0]));
            } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException | IllegalStateException e) {
                return new Object[] {null, null, errno(e)};
            }
        });
        n.register("os.stat", (gs, args) -> stat(() -> resolve(ctx, (String) args[0], (Boolean) args[1] ? Last.FOLLOW : Last.LINK), (Boolean) args[1]));
        n.register("os.mkdir", (gs, args) -> errnoOf(() -> {
            resolve(ctx, (String) args[0], Last.NEW).createDirectory(permissions((Long) args[1]));
            return null;
        }));
        n.register("os.remove", (gs, args) -> errnoOf(() -> {
            resolve(ctx, (String) args[0], Last.ENTRY).delete();
            return null;
        }));
        // rename(2): an atomic move replaces what is there and refuses to cross file systems, as Go's Rename
        n.register("os.rename", (gs, args) -> errnoOf(() -> {
            resolve(ctx, (String) args[0], Last.ENTRY).move(resolve(ctx, (String) args[1], Last.ENTRY), StandardCopyOption.ATOMIC_MOVE);
            return null;
        }));
        n.register("os.chmod", (gs, args) -> errnoOf(() -> {
            resolve(ctx, (String) args[0], Last.FOLLOW).setPosixPermissions(permissionSet((Long) args[1]));
            return null;
        }));
        n.register("os.chtimes", (gs, args) -> errnoOf(() -> {
            TruffleFile f = resolve(ctx, (String) args[0], Last.FOLLOW);
            f.setLastAccessTime(FileTime.from((Long) args[1], TimeUnit.NANOSECONDS));
            f.setLastModifiedTime(FileTime.from((Long) args[2], TimeUnit.NANOSECONDS));
            return null;
        }));
        n.register("os.symlink", (gs, args) -> errnoOf(() -> {
            TruffleFile target = ctx.env.getPublicTruffleFile(ByteStrings.toJava((String) args[0]));
            resolve(ctx, (String) args[1], Last.NEW).createSymbolicLink(target);
            return null;
        }));
        n.register("os.link", (gs, args) -> errnoOf(() -> {
            resolve(ctx, (String) args[1], Last.NEW).createLink(resolve(ctx, (String) args[0], Last.LINK));
            return null;
        }));
        n.register("os.readlink", (gs, args) -> attempt("", () -> ByteStrings.fromJava(resolve(ctx, (String) args[0], Last.LINK).readSymbolicLink().getPath())));
        n.register("os.getwd", (gs, args) -> attempt("", () -> ByteStrings.fromJava(ctx.env.getCurrentWorkingDirectory().getPath())));
        n.register("os.chdir", (gs, args) -> errnoOf(() -> {
            TruffleFile dir = resolve(ctx, (String) args[0], Last.FOLLOW).getAbsoluteFile();
            if (!dir.exists()) {
                throw whyMissing(dir);
            }
            if (!dir.isDirectory()) {
                throw new NotDirectoryException(dir.getPath());
            }
            ctx.env.setCurrentWorkingDirectory(dir);
            return null;
        }));
        // Linux's way, as Go's: the link /proc/self/exe (the JVM running the program)
        n.register("os.executable", (gs, args) -> attempt("", () -> ByteStrings.fromJava(ctx.env.getPublicTruffleFile("/proc/self/exe").readSymbolicLink().getPath())));
    }

    private static Long openFile(GoContext ctx, String name, int flag, long perm) throws IOException {
        TruffleFile file = resolve(ctx, name, Last.FOLLOW);
        int access = flag & 3;
        boolean write = access == O_WRONLY || access == O_RDWR;
        boolean create = (flag & O_CREAT) != 0;
        if (create && name.length() > 1 && name.endsWith("/") && !file.exists(LinkOption.NOFOLLOW_LINKS)) {
            // open(2) makes no directory, and a name with a final slash can be nothing else
            throw new FileSystemException(name, null, Errno.EISDIR.text());
        }
        if (!write && !create && file.isDirectory()) {
            return (long) ctx.files.add(new OpenFile(file.getAbsoluteFile(), null, false));
        }
        Set<OpenOption> options = new HashSet<>();
        if (access != O_WRONLY) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        if (create) {
            if (!write && !file.exists(LinkOption.NOFOLLOW_LINKS)) {
                // Java ignores CREATE when only reading; Go creates the file all the same
                file.createFile(permissions(perm));
            }
            options.add((flag & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flag & O_TRUNC) != 0 && write) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flag & O_SYNC) == O_SYNC) {
            options.add(StandardOpenOption.SYNC);
        }
        var channel = file.newByteChannel(options, permissions(perm));
        return (long) ctx.files.add(new OpenFile(file.getAbsoluteFile(), channel, (flag & O_APPEND) != 0));
    }

    /** Go's permission bits (the low nine) as the mode of a new file; the kernel applies the umask. */
    private static FileAttribute<?>[] permissions(long perm) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissionSet(perm))};
    }

    private static Set<PosixFilePermission> permissionSet(long perm) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((perm & (1L << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    @FunctionalInterface
    private interface FileSource {
        TruffleFile get() throws IOException;
    }

    private static final List<TruffleFile.AttributeDescriptor<?>> UNIX_ATTRIBUTES = List.of(TruffleFile.UNIX_MODE,
                    TruffleFile.SIZE, TruffleFile.LAST_MODIFIED_TIME, TruffleFile.UNIX_DEV, TruffleFile.UNIX_INODE);
    private static final List<TruffleFile.AttributeDescriptor<?>> BASIC_ATTRIBUTES = List.of(TruffleFile.IS_DIRECTORY,
                    TruffleFile.IS_SYMBOLIC_LINK, TruffleFile.IS_REGULAR_FILE, TruffleFile.SIZE, TruffleFile.LAST_MODIFIED_TIME);

    /**
     * stat(2) (FOLLOW) or lstat(2): {st_mode, size, mtime seconds, mtime nanoseconds, dev, inode, errno}. On a
     * file system without Unix attributes the mode is made from the file's type and permissions.
     */
    private static Object[] stat(FileSource source, boolean follow) {
        LinkOption[] links = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        TruffleFile f = null;
        try {
            f = source.get();
            long mode;
            long size;
            FileTime mtime;
            long dev = 0;
            long ino = 0;
            try {
                TruffleFile.Attributes at = f.getAttributes(UNIX_ATTRIBUTES, links);
                mode = at.get(TruffleFile.UNIX_MODE) & 0xFFFFFFFFL;
                size = at.get(TruffleFile.SIZE);
                mtime = at.get(TruffleFile.LAST_MODIFIED_TIME);
                dev = at.get(TruffleFile.UNIX_DEV);
                ino = at.get(TruffleFile.UNIX_INODE);
            } catch (UnsupportedOperationException e) {
                TruffleFile.Attributes at = f.getAttributes(BASIC_ATTRIBUTES, links);
                mode = at.get(TruffleFile.IS_DIRECTORY) ? S_IFDIR : at.get(TruffleFile.IS_SYMBOLIC_LINK) ? S_IFLNK : S_IFREG;
                mode |= permissionBits(f.getPosixPermissions(links));
                size = at.get(TruffleFile.SIZE);
                mtime = at.get(TruffleFile.LAST_MODIFIED_TIME);
            }
            java.time.Instant t = mtime.toInstant();
            return new Object[] {mode, size, t.getEpochSecond(), (long) t.getNano(), dev, ino, 0L};
        } catch (NoSuchFileException e) {
            return new Object[] {0L, 0L, 0L, 0L, 0L, 0L, errno(f == null ? e : whyMissing(f))};
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException | IllegalStateException e) {
            return new Object[] {0L, 0L, 0L, 0L, 0L, 0L, errno(e)};
        }
    }

    private static long permissionBits(Set<PosixFilePermission> perms) {
        long bits = 0;
        for (PosixFilePermission p : perms) {
            bits |= 1L << (8 - p.ordinal()); // the enum runs from OWNER_READ (0400) down to OTHERS_EXECUTE (01)
        }
        return bits;
    }

    /** A directory's entries, sorted by name: {names, st_mode of each (links not followed), errno}. */
    private static Object[] entries(OpenFile dir) throws IOException {
        if (!dir.isDirectory()) {
            throw new NotDirectoryException(dir.file.getPath());
        }
        Collection<TruffleFile> list = dir.file.list();
        List<String> names = new ArrayList<>(list.size());
        for (TruffleFile f : list) {
            names.add(ByteStrings.fromJava(f.getName()));
        }
        names.sort(null); // Go byte strings in Latin-1 chars: String order is Go's byte order
        Object[] nameArr = new Object[names.size()];
        long[] modes = new long[names.size()];
        for (int i = 0; i < nameArr.length; i++) {
            String name = names.get(i);
            nameArr[i] = name;
            Object[] st = stat(() -> dir.file.resolve(ByteStrings.toJava(name)), false);
            modes[i] = (Long) st[0];
        }
        return new Object[] {new Slice(nameArr, 0, nameArr.length, nameArr.length), new Slice(modes, 0, modes.length, modes.length), 0L};
    }
}
