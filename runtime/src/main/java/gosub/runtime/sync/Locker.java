package gosub.runtime.sync;

import gosub.runtime.Goroutine;

/** Go's sync.Locker, with the current goroutine passed explicitly. */
public interface Locker {
    void lock(Goroutine g);

    void unlock(Goroutine g);
}
