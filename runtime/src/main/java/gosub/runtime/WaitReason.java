package gosub.runtime;

/**
 * Why a goroutine is blocked, with the text Go prints in {@code goroutine N [text]:} headers (runtime2.go
 * waitReasonStrings). gosub matches Go 1.19, which prints {@code semacquire} for a goroutine blocked in
 * sync.Mutex, RWMutex or WaitGroup (Go 1.20+ print {@code sync.Mutex.Lock} and so on); the constants keep the
 * finer distinction.
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
    SYNC_MUTEX_LOCK("semacquire"),
    SYNC_RWMUTEX_RLOCK("semacquire"),
    SYNC_RWMUTEX_LOCK("semacquire"),
    SYNC_WAITGROUP_WAIT("semacquire"),
    SYNC_COND_WAIT("sync.Cond.Wait"),
    /** In a host call that may block for long ({@link HostCall}), as a Go goroutine in a blocking system call. */
    SYSCALL("syscall");

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
