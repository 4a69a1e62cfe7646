package gosub.language.stdlib.os;

import gosub.runtime.Goroutine;
import gosub.runtime.HostCall;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * File descriptor 0 of a program: the input stream of its polyglot context ({@code Context.Builder.in}; the
 * launcher passes the process's standard input). A read returns what one read(2) would: at least one byte, as
 * many as are there up to the buffer's size, or 0 at the end of the input.
 *
 * <p>Bytes the stream already holds are read at once on the goroutine's M. A read that would wait is a
 * {@link HostCall}: the goroutine parks and the M runs other goroutines meanwhile. Reads are serialised, as Go
 * serialises the reads of one descriptor; the lock is only tried on the M, so an M never waits for it.
 */
final class StandardInput {
    private final InputStream in;
    private final ReentrantLock reading = new ReentrantLock();

    StandardInput(InputStream in) {
        this.in = in;
    }

    /** Reads into {@code b[off, off+len)} ({@code len > 0}); returns the count, 0 at the end of the input. */
    int read(Goroutine g, byte[] b, int off, int len) throws Exception {
        if (reading.tryLock()) {
            try {
                int ready = available();
                if (ready > 0) {
                    return Math.max(0, in.read(b, off, Math.min(len, ready)));
                }
            } finally {
                reading.unlock();
            }
        }
        return HostCall.run(g, () -> {
            reading.lock();
            try {
                return Math.max(0, in.read(b, off, len));
            } finally {
                reading.unlock();
            }
        });
    }

    private int available() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0; // let the blocking read report the problem
        }
    }
}
