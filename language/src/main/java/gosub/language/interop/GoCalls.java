package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.GoContext;
import gosub.language.PanicReport;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineExitException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.ProgramExitException;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.Types;
import gosub.runtime.FatalError;
import gosub.runtime.GoPanic;

import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.SliceType;
import gosub.language.values.Aggregates;
import gosub.language.values.Slice;

import java.util.List;

/**
 * Runs Go code for a caller in another language: each call is a goroutine of the context's runtime
 * ({@link EmbeddedRuntime}), and the calling thread waits for it.
 * What ends the goroutine other than a return (a panic, a fatal error, os.Exit) comes back as a
 * {@link GoGuestException} with Go's words.
 */
public final class GoCalls {
    private GoCalls() {
    }

    /** Go code run for a host caller, on goroutine g. */
    @FunctionalInterface
    public interface Body {
        Object run(GoroutineState g);
    }

    /**
     * Runs body as a goroutine named name (for traces) of the context's runtime and returns what it returns. This is
     * the one way Go code runs for a host thread: every call, channel operation and String method from another
     * language comes here. Host code that a goroutine called (a Java callback) and that calls back into Go runs the
     * body on that goroutine, as a nested call: the goroutine is blocked in its callback, so nothing else could.
     */
    @TruffleBoundary
    public static Object run(GoContext ctx, String name, Body body) {
        gosub.runtime.Goroutine current = ctx.goroutineOnThisThread();
        if (current != null && current.attachment() instanceof GoroutineState s) {
            try {
                return body.run(s);
            } catch (RuntimeException | StackOverflowError e) {
                throw ending(ctx, s, e);
            }
        }
        while (true) {
            EmbeddedRuntime runtime = ctx.embeddedRuntime();
            EmbeddedRuntime.Call call = runtime.start(name, body);
            if (call == null) {
                continue; // the runtime ended just now: the next one runs it
            }
            EmbeddedRuntime.await(call);
            ctx.flush();
            if (call.failure != null) {
                throw call.failure;
            }
            return call.result;
        }
    }

    /** What a host caller sees of a call that ended with e instead of returning. */
    static RuntimeException ending(GoContext ctx, GoroutineState s, Throwable e) {
        if (e instanceof GoPanic p) {
            e = RuntimeErrors.plain(p.getMessage());
        }
        if (e instanceof GoPanicException p) {
            p.stopTracing();
            String report;
            try {
                report = PanicReport.format(ctx, p, s);
            } catch (FatalError f) {
                return ending(ctx, s, f); // an Error or String method panicked while the report was made
            }
            int end = report.indexOf("\n\ngoroutine ");
            String message = (end < 0 ? report : report.substring(0, end)).strip();
            return GoGuestException.panic(p, message, GoToHost.export(ctx, Types.EMPTY_INTERFACE, p.value));
        }
        if (e instanceof ProgramExitException x) {
            return GoGuestException.exit(x.code);
        }
        if (e instanceof FatalError f) {
            return GoGuestException.fatal("fatal error: " + f.getMessage());
        }
        if (e instanceof StackOverflowError) {
            return GoGuestException.fatal("fatal error: stack overflow");
        }
        if (e instanceof GoroutineExitException) {
            return GoGuestException.fatal("runtime.Goexit called in a function called from another language");
        }
        return (RuntimeException) e;
    }

    /** A Go function, method or func value, given its Go arguments, run on goroutine g. */
    @FunctionalInterface
    public interface Invocation {
        Object call(GoroutineState g, Object[] params);
    }

    /**
     * Calls Go code of signature sig with arguments from another language: converts each to its parameter's type
     * (a variadic function also takes its variadic arguments one by one), runs the call as a goroutine, and
     * exports the result (several results as an array). paramNames (may be null) name parameters in errors.
     */
    @TruffleBoundary
    public static Object call(GoContext ctx, String name, FuncType sig, List<String> paramNames, Object[] args, Invocation inv)
                    throws ArityException, UnsupportedTypeException {
        int n = sig.params.size();
        boolean spread = sig.variadic && !(args.length == n && args[n - 1] instanceof GoValue gv && gv.type == sig.params.get(n - 1));
        if (spread ? args.length < n - 1 : args.length != n) {
            throw ArityException.create(spread ? n - 1 : n, spread ? -1 : n, args.length);
        }
        Object[] params = new Object[n];
        try {
            for (int i = 0; i < n; i++) {
                GoType pt = sig.params.get(i);
                String where = "argument " + paramName(paramNames, i) + " to " + name;
                if (spread && i == n - 1) {
                    GoType elem = ((SliceType) pt).elem;
                    int k = args.length - (n - 1);
                    Object arr = Aggregates.newArray(elem, k);
                    for (int j = 0; j < k; j++) {
                        Aggregates.set(arr, j, HostToGo.convert(ctx, elem, args[n - 1 + j], where));
                    }
                    params[i] = k == 0 ? null : new Slice(arr, 0, k, k);
                } else {
                    params[i] = HostToGo.convert(ctx, pt, args[i], where);
                }
            }
        } catch (HostToGo.Mismatch e) {
            throw UnsupportedTypeException.create(args, e.getMessage());
        }
        GoType resultType = sig.resultType();
        Object result = run(ctx, name, g -> inv.call(g, params));
        return GoToHost.export(ctx, resultType, result);
    }

    private static String paramName(List<String> names, int i) {
        if (names != null && i < names.size() && names.get(i) != null && !names.get(i).equals("_")) {
            return names.get(i);
        }
        return String.valueOf(i + 1);
    }
}
