package gosub.language.traceback;

import java.util.List;

import gosub.runtime.WaitReason;

/**
 * A live goroutine as a traceback or a debugger lists it, taken at one moment.
 *
 * @param id           Go's goroutine id (main is 1)
 * @param state        what Go prints between the brackets of the header: {@code running}, {@code runnable} or the
 *                     wait reason ({@code chan receive}, {@code semacquire}, {@code sleep}, ...)
 * @param waitReason   why it is blocked, or null when it is not
 * @param waitingSince when it started to wait ({@link System#nanoTime()} time, to within a few milliseconds), or
 *                     -1 when it is not waiting
 * @param frames       its Go frames, innermost first; the innermost is where it blocked, yielded or last called a
 *                     native (see {@link GoroutineStacks})
 * @param createdBy    the go statement that started it (its function and line), or null for goroutine 1 and
 *                     goroutines the runtime starts
 * @param creatorId    the goroutine that ran that go statement (0 when there is none)
 */
public record GoroutineSnapshot(long id, String state, WaitReason waitReason, long waitingSince,
                List<StackFrame> frames, StackFrame createdBy, long creatorId) {

    /** Nanoseconds it has waited by {@code now} (a {@link System#nanoTime()} value), or -1 if it is not waiting. */
    public long waitedNanos(long now) {
        return waitingSince < 0 ? -1 : Math.max(0, now - waitingSince);
    }
}
