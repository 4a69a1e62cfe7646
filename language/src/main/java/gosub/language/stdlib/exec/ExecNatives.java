package gosub.language.stdlib.exec;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.stdlib.os.Errno;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.values.Slice;

/**
 * os/exec's natives (starting a process, its pipes) and os's for the process it gives (os.Process's Wait and
 * Signal). Each returns its results and an error number, 0 for success, that the Go side turns into Go's errors.
 */
public final class ExecNatives {
    private static final long EBADF = 9;
    private static final long ECHILD = 10;

    private ExecNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("os/exec.start", (gs, args) -> ProcessStart.start(ctx, ctx.children, (String) args[0], (Slice) args[1],
                (Slice) args[2], (String) args[3], mode(args[4]), mode(args[5]), mode(args[6])));
        n.register("os/exec.inheritsStdio", (gs, args) -> ctx.inheritStdio);
        n.register("os/exec.pipeRead", (gs, args) -> {
            ChildProcess c = ctx.children.get((Long) args[0]);
            Slice b = (Slice) args[2];
            if (c == null) {
                return new Object[] {0L, EBADF};
            }
            if (b == null || b.len == 0) {
                return new Object[] {0L, 0L};
            }
            try {
                return new Object[] {(long) c.read(SyncNatives.goroutine(gs), (Long) args[1], (byte[]) b.array, b.offset, b.len), 0L};
            } catch (Exception e) {
                return new Object[] {0L, (long) Errno.of(e).number};
            }
        });
        n.register("os/exec.pipeWrite", (gs, args) -> {
            ChildProcess c = ctx.children.get((Long) args[0]);
            Slice b = (Slice) args[1];
            if (c == null) {
                return new Object[] {0L, EBADF};
            }
            if (b == null || b.len == 0) {
                return new Object[] {0L, 0L};
            }
            try {
                c.write(SyncNatives.goroutine(gs), (byte[]) b.array, b.offset, b.len);
                return new Object[] {(long) b.len, 0L};
            } catch (Exception e) {
                return new Object[] {0L, (long) Errno.of(e).number};
            }
        });
        n.register("os/exec.pipeClose", (gs, args) -> {
            ChildProcess c = ctx.children.get((Long) args[0]);
            if (c != null) {
                try {
                    c.close((Long) args[1]);
                } catch (java.io.IOException e) {
                    return (long) Errno.of(e).number;
                }
            }
            return 0L;
        });
        n.register("os.processWait", (gs, args) -> {
            ChildProcess c = ctx.children.get((Long) args[0]);
            if (c == null) {
                return new Object[] {-1L, 0L, ECHILD};
            }
            try {
                return c.await(SyncNatives.goroutine(gs));
            } catch (Exception e) {
                return new Object[] {-1L, 0L, (long) Errno.of(e).number};
            }
        });
        n.register("os.processSignal", (gs, args) -> {
            ChildProcess c = ctx.children.get((Long) args[0]);
            return (long) (c == null ? ChildProcess.DONE : c.signal((int) Math.max(0, Math.min((Long) args[1], Integer.MAX_VALUE))));
        });
        // os/exec is done with the process (waited for, its pipes read to the end): its entry goes
        n.register("os/exec.forget", (gs, args) -> {
            ctx.children.remove((Long) args[0]);
            return null;
        });
    }

    private static int mode(Object arg) {
        return (int) (long) (Long) arg;
    }
}
