package gosub.language.stdlib.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * The processes a program started and has not released, by handle (an index the Go side keeps in its os.Process;
 * not the process id, which an embedder's process handler may not have). One table per running program (context).
 */
public final class ChildProcesses {
    private final List<ChildProcess> slots = new ArrayList<>(); // null when free

    synchronized long add(ChildProcess c) {
        int i = slots.indexOf(null);
        if (i < 0) {
            slots.add(c);
            return slots.size() - 1;
        }
        slots.set(i, c);
        return i;
    }

    /** The process with handle H, or null. */
    synchronized ChildProcess get(long h) {
        return h < 0 || h >= slots.size() ? null : slots.get((int) h);
    }

    synchronized void remove(long h) {
        if (get(h) != null) {
            slots.set((int) h, null);
        }
    }

    /**
     * The program's context closes. A Go process that ends leaves its children running, but Truffle refuses to
     * close a context whose processes are alive: they are killed. (The gosub command ends the JVM without closing
     * the context, so there they live on, as in Go.)
     */
    public void killAll() {
        List<ChildProcess> alive;
        synchronized (this) {
            alive = new ArrayList<>(slots);
            slots.clear();
        }
        for (ChildProcess c : alive) {
            if (c != null) {
                c.kill();
            }
        }
    }
}
