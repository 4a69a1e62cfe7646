package gosub.language.stdlib.os;

import com.oracle.truffle.api.TruffleFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * What an {@code *os.File} of the program refers to: a file opened through Truffle's file system (so an embedder
 * that denies IO denies it), or a directory, which has no channel and is only listed. The methods are those of the
 * system calls Go's os package makes on a descriptor; they throw the IO exceptions that {@link Errno#of} maps.
 */
final class OpenFile {
    final TruffleFile file;
    /** Null for a directory. */
    private final SeekableByteChannel channel;
    /**
     * O_APPEND, done here: Java cannot open a channel for reading and appending, or for appending after
     * truncating, as Go's flags can ask. Every write goes to the end then.
     */
    private final boolean append;

    OpenFile(TruffleFile file, SeekableByteChannel channel, boolean append) {
        this.file = file;
        this.channel = channel;
        this.append = append;
    }

    boolean isDirectory() {
        return channel == null;
    }

    private SeekableByteChannel channel() throws IOException {
        if (channel == null) {
            throw new IOException("Is a directory");
        }
        return channel;
    }

    /** read(2): the bytes read, 0 at the end of the file. */
    synchronized int read(byte[] b, int off, int len) throws IOException {
        int n = channel().read(ByteBuffer.wrap(b, off, len));
        return Math.max(n, 0);
    }

    /** pread(2): reads at POS without moving the file's offset. */
    synchronized int readAt(byte[] b, int off, int len, long pos) throws IOException {
        SeekableByteChannel c = channel();
        long saved = c.position();
        try {
            c.position(pos);
            return Math.max(c.read(ByteBuffer.wrap(b, off, len)), 0);
        } finally {
            c.position(saved);
        }
    }

    /** write(2), all of it. */
    synchronized int write(byte[] b, int off, int len) throws IOException {
        SeekableByteChannel c = channel();
        if (append) {
            c.position(c.size());
        }
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        while (buf.hasRemaining()) {
            c.write(buf);
        }
        return len;
    }

    /** pwrite(2): writes at POS without moving the file's offset. */
    synchronized int writeAt(byte[] b, int off, int len, long pos) throws IOException {
        SeekableByteChannel c = channel();
        long saved = c.position();
        try {
            c.position(pos);
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                c.write(buf);
            }
            return len;
        } finally {
            c.position(saved);
        }
    }

    /** lseek(2) with whence 0 (start), 1 (current) or 2 (end); the caller has checked whence. */
    synchronized long seek(long offset, int whence) throws IOException {
        if (channel == null) {
            return 0; // Go's Seek on a directory rewinds its listing, which the Go side keeps
        }
        long base = switch (whence) {
            case 1 -> channel.position();
            case 2 -> channel.size();
            default -> 0;
        };
        long pos = base + offset;
        if (pos < 0 || (offset > 0 && pos < base)) {
            throw new IOException("Invalid argument");
        }
        channel.position(pos);
        return pos;
    }

    /** ftruncate(2): shortens the file or extends it with zero bytes. */
    synchronized void truncate(long size) throws IOException {
        SeekableByteChannel c = channel();
        if (size < 0) {
            throw new IOException("Invalid argument");
        }
        long length = c.size();
        if (size < length) {
            long pos = c.position();
            c.truncate(size);
            c.position(pos); // ftruncate leaves the offset alone; Java's truncate may pull it back
        } else if (size > length) {
            writeAt(new byte[] {0}, 0, 1, size - 1);
        }
    }

    /** fsync(2). A channel that is not a file channel has nothing to flush. */
    synchronized void sync() throws IOException {
        if (channel() instanceof FileChannel fc) {
            fc.force(true);
        }
    }

    synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
