package gosub.language.stdlib.os;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a program has open, by descriptor number, as a Go process has them: 0, 1 and 2 are the standard
 * streams (handled by the natives themselves, never stored here), and a new file gets the lowest free number from
 * 3 up, so {@code f.Fd()} shows what Go would show. One table per running program (context).
 */
public final class FileTable {
    /** Descriptors below this are the standard streams. */
    static final int FIRST = 3;

    private final List<OpenFile> slots = new ArrayList<>(); // index fd - FIRST; null when free

    synchronized int add(OpenFile f) {
        int i = slots.indexOf(null);
        if (i < 0) {
            slots.add(f);
            return FIRST + slots.size() - 1;
        }
        slots.set(i, f);
        return FIRST + i;
    }

    /** The open file with number FD, or null if there is none (Go's EBADF). */
    synchronized OpenFile get(long fd) {
        long i = fd - FIRST;
        return i < 0 || i >= slots.size() ? null : slots.get((int) i);
    }

    /** Frees FD and returns what it referred to, or null. */
    synchronized OpenFile remove(long fd) {
        OpenFile f = get(fd);
        if (f != null) {
            slots.set((int) (fd - FIRST), null);
        }
        return f;
    }

    /** The program has ended: whatever it left open is closed, as the kernel does for an exiting process. */
    public void closeAll() {
        List<OpenFile> open;
        synchronized (this) {
            open = new ArrayList<>(slots);
            slots.clear();
        }
        for (OpenFile f : open) {
            if (f != null) {
                try {
                    f.close();
                } catch (IOException e) {
                    // nothing left to tell the program
                }
            }
        }
    }
}
