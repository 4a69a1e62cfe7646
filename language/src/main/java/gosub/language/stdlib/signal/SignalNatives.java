package gosub.language.stdlib.signal;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoSignals;
import gosub.language.runtime.GoSignals.Disposition;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.values.FuncValue;

/**
 * os/signal's natives: what the program does with each signal, and where notified signals go. When the embedder
 * keeps the process's signals (no option go.Signals) none ever reaches the program: Notify, Stop, Ignore and
 * Reset only keep os/signal's own books then.
 */
public final class SignalNatives {
    private SignalNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("os/signal.enable", (gs, args) -> handle(ctx, (Long) args[0], Disposition.NOTIFY));
        n.register("os/signal.disable", (gs, args) -> handle(ctx, (Long) args[0], Disposition.DEFAULT));
        n.register("os/signal.ignore", (gs, args) -> handle(ctx, (Long) args[0], Disposition.IGNORE));
        n.register("syscall.kill", (gs, args) -> (long) SignalSending.kill(ctx, (Long) args[0], (Long) args[1]));
        n.register("os/signal.watch", (gs, args) -> {
            GoSignals signals = ctx.signals;
            if (signals != null) {
                signals.deliverTo(new SignalDelivery(SyncNatives.goroutine(gs).scheduler(), (FuncValue) args[0]));
            }
            return null;
        });
    }

    private static Object handle(GoContext ctx, long signo, Disposition what) {
        GoSignals signals = ctx.signals;
        if (signals != null) {
            signals.handle((int) Math.max(0, Math.min(signo, Integer.MAX_VALUE)), what);
        }
        return null;
    }
}
