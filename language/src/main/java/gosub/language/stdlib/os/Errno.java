package gosub.language.stdlib.os;

import java.io.IOException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/**
 * Linux error numbers for the failures of file operations, the one place where a Java exception becomes what a Go
 * program sees: the number goes to Go as a {@code syscall.Errno}, whose Error() gives Go's text ("no such file or
 * directory"). The JDK reports most errors as an exception class or, for the rest, as a {@link FileSystemException}
 * whose reason is the C library's text for the number ("Is a directory"), so both are recognised.
 */
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    EIO(5, "Input/output error"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EBUSY(16, "Device or resource busy"),
    EEXIST(17, "File exists"),
    EXDEV(18, "Invalid cross-device link"),
    ENOTDIR(20, "Not a directory"),
    EISDIR(21, "Is a directory"),
    EINVAL(22, "Invalid argument"),
    EMFILE(24, "Too many open files"),
    ETXTBSY(26, "Text file busy"),
    EFBIG(27, "File too large"),
    ENOSPC(28, "No space left on device"),
    ESPIPE(29, "Illegal seek"),
    EROFS(30, "Read-only file system"),
    EMLINK(31, "Too many links"),
    EPIPE(32, "Broken pipe"),
    ENAMETOOLONG(36, "File name too long"),
    ENOTEMPTY(39, "Directory not empty"),
    ELOOP(40, "Too many levels of symbolic links"),
    EDQUOT(122, "Disk quota exceeded"),
    ENOTSUP(95, "Operation not supported");

    public final int number;
    /** The C library's strerror text, as the JDK puts it in exception reasons. */
    private final String reason;

    Errno(int number, String reason) {
        this.number = number;
        this.reason = reason;
    }

    /**
     * The error number for a failure of a file operation. A {@link SecurityException} is the embedder's refusal
     * (e.g. {@code IOAccess.NONE}): EPERM, which Go programs know as {@code fs.ErrPermission}. Anything not
     * recognised is EIO.
     */
    public static Errno of(Throwable e) {
        return switch (e) {
            case NoSuchFileException x -> ENOENT;
            case FileAlreadyExistsException x -> EEXIST;
            case DirectoryNotEmptyException x -> ENOTEMPTY;
            case NotDirectoryException x -> ENOTDIR;
            case AccessDeniedException x -> EACCES;
            case NotLinkException x -> EINVAL;
            case AtomicMoveNotSupportedException x -> EXDEV;
            case FileSystemLoopException x -> ELOOP;
            case FileSystemException x -> byReason(x.getReason());
            case IOException x -> byReason(x.getMessage());
            // reading a file opened only for writing, or the other way round: read(2) and write(2) say EBADF
            case NonReadableChannelException x -> EBADF;
            case NonWritableChannelException x -> EBADF;
            case SecurityException x -> EPERM;
            case UnsupportedOperationException x -> ENOTSUP;
            default -> EIO;
        };
    }

    /** Go's text for the number (syscall.Errno's Error): the C library's, in lower case. */
    public String text() {
        return reason.toLowerCase(Locale.ROOT);
    }

    private static Errno byReason(String reason) {
        if (reason != null) {
            String r = reason.trim().toLowerCase(Locale.ROOT);
            for (Errno e : values()) {
                // startsWith: the JDK extends ELOOP's text ("... or unable to access attributes of symbolic link")
                if (r.startsWith(e.reason.toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
        }
        return EIO;
    }
}
