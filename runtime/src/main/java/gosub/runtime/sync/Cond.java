package gosub.runtime.sync;

import gosub.runtime.Goroutine;
import gosub.runtime.NotifyList;

/** sync.Cond over a {@link Locker}, on a ticket {@link NotifyList} as in Go. */
public final class Cond {
    private final Locker locker;
    private final NotifyList notify = new NotifyList();

    public Cond(Locker locker) {
        this.locker = locker;
    }

    public Locker locker() {
        return locker;
    }

    /** c.Wait(): takes a ticket while still holding L, so a Signal after Unlock cannot be missed. */
    public void await(Goroutine g) {
        int ticket = notify.add();
        locker.unlock(g);
        notify.await(g, ticket);
        locker.lock(g);
    }

    public void signal(Goroutine g) {
        notify.notifyOne(g);
    }

    public void broadcast(Goroutine g) {
        notify.notifyAll(g);
    }
}
