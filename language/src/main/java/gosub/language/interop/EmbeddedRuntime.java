package gosub.language.interop;

import com.oracle.truffle.api.TruffleSafepoint;
import gosub.language.GoContext;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.runtime.ProgramExitException;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The Go runtime of a polyglot context for calls from other languages: one scheduler whose Ms live until the
 * context closes (or the runtime ends, see below), so that goroutines a call starts go on running after it returns
 * and a later call can talk to them. Each call is a goroutine; any number of host threads may call at once.
 *
 * <p>The runtime ends as a Go process does: os.Exit, a panic no goroutine recovers outside a call, a fatal error,
 * or the host stopping it (closing or interrupting the context). Then every goroutine stops where it is, the calls
 * still running fail, and the next call starts a new runtime ({@link GoContext#embeddedRuntime()}).
 *
 * <p>Deadlock: with no main there is no program to end, so a runtime whose goroutines are all blocked simply waits
 * for the host. Only a call that is blocked then (with every other goroutine, and no timer pending) fails with Go's
 * deadlock error: nothing inside the runtime can wake it, and its caller would otherwise wait for ever.
 */
public final class EmbeddedRuntime implements Scheduler.Host {
    /** Go's words for a deadlock. */
    static final String DEADLOCK = "fatal error: all goroutines are asleep - deadlock!";

    private final GoContext ctx;
    private final Scheduler scheduler;
    /** The calls under way, by their goroutine (a call is added before its goroutine is submitted). */
    private final Map<Call, Boolean> calls = new ConcurrentHashMap<>();

    /** One call from a host thread: its goroutine, and how it ended. */
    static final class Call {
        final CountDownLatch done = new CountDownLatch(1);
        volatile Goroutine goroutine;
        Object result;
        volatile RuntimeException failure;

        void finish(Object r, RuntimeException f) {
            if (done.getCount() == 0) {
                return;
            }
            result = r;
            failure = f;
            done.countDown();
        }
    }

    public EmbeddedRuntime(GoContext ctx) {
        this.ctx = ctx;
        this.scheduler = ctx.newScheduler();
        scheduler.setStackPrinter(ctx.stackPrinter());
        scheduler.setErrorOutput(ctx.errorStream());
        scheduler.startWithoutMain(this);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** Whether this runtime has ended: a new call needs a new one. */
    public boolean ended() {
        return scheduler.isStopping();
    }

    /**
     * Runs body as a new goroutine named name and waits for it on the calling host thread, in a way that closing
     * or interrupting the context can stop. Returns null without running anything if the runtime has ended.
     */
    Call start(String name, GoCalls.Body body) {
        Call call = new Call();
        calls.put(call, Boolean.TRUE);
        Goroutine g = scheduler.submit(gr -> {
            call.goroutine = gr;
            GoroutineState s = Goroutines.stateFor(gr, name);
            boolean endsRuntime = false;
            try {
                call.finish(body.run(s), null);
            } catch (ProgramExitException x) {
                // os.Exit ends the runtime, as it ends a Go process: this call and every other one see the exit
                calls.remove(call);
                call.finish(null, GoGuestException.exit(x.code));
                scheduler.exit(gr, x.code, null);
            } catch (RuntimeException | Error e) {
                if (Goroutines.hostStops(e)) {
                    // the context is cancelled or interrupted: every goroutine stops, with nothing to report
                    call.finish(null, e instanceof RuntimeException r ? r : null);
                    scheduler.exit(gr, 2, null);
                }
                if (!(e instanceof RuntimeException || e instanceof StackOverflowError)) {
                    // a fatal error of the JVM's (out of memory): the goroutine's top reports it and ends the
                    // runtime, and ended() then fails this call as it fails every other one
                    endsRuntime = true;
                    throw e;
                }
                call.finish(null, GoCalls.ending(ctx, s, e));
            } finally {
                if (!endsRuntime) {
                    calls.remove(call);
                }
            }
        });
        if (g == null) {
            calls.remove(call);
            return null;
        }
        return call;
    }

    /** Waits for call to end, interruptibly for the context (close with cancellation, interrupt). */
    static void await(Call call) {
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(null, CountDownLatch::await, call.done);
        } catch (RuntimeException | Error stopped) {
            call.finish(null, null);
            throw stopped;
        }
    }

    /** Stops every goroutine and waits for the Ms to leave (the context closes). */
    public boolean shutdown() {
        return scheduler.shutdown();
    }

    @Override
    public void allAsleep() {
        for (Call c : calls.keySet()) {
            Goroutine g = c.goroutine;
            // re-checked for each call: a call submitted meanwhile may be what wakes the others
            if (g != null && g.waitReason() != null && scheduler.allAsleep()) {
                calls.remove(c);
                c.finish(null, GoGuestException.fatal(DEADLOCK));
            }
        }
    }

    @Override
    public void ended(int code, Runnable printer) {
        if (printer != null) {
            printer.run();
        }
        ctx.flush();
        for (Call c : calls.keySet()) {
            calls.remove(c);
            c.finish(null, GoGuestException.exit(code));
        }
    }
}
