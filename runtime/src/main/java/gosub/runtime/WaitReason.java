package gosub.runtime;

/**
 * Why a goroutine is blocked, with the text Go prints in {@code goroutine N [text]:} headers (runtime2.go
 * waitReasonStrings). The sync ones use the names Go 1.20+ prints ({@code sync.Mutex.Lock},
 * {@code sync.WaitGroup.Wait} is Go 1.25's); Go 1.19 printed {@code semacquire} for all of them.
 */
public enum WaitReason {
    CHAN_RECEIVE("chan receive"),
    CHAN_SEND("chan send"),
    CHAN_RECEIVE_NIL_CHAN("chan receive (nil chan)"),
    CHAN_SEND_NIL_CHAN("chan send (nil chan)"),
    SELECT("select"),
    SELECT_NO_CASES("select (no cases)"),
    SLEEP("sleep"),
    SEMACQUIRE("semacquire"),
    SYNC_MUTEX_LOCK("sync.Mutex.Lock"),
    SYNC_RWMUTEX_RLOCK("sync.RWMutex.RLock"),
    SYNC_RWMUTEX_LOCK("sync.RWMutex.Lock"),
    SYNC_WAITGROUP_WAIT("sync.WaitGroup.Wait"),
    SYNC_COND_WAIT("sync.Cond.Wait");

    private final String text;

    WaitReason(String text) {
        this.text = text;
    }

    /** The text Go prints between the brackets of a goroutine header. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
