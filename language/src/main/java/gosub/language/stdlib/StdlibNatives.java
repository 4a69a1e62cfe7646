package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.Natives;
import gosub.language.runtime.GoroutineState;
import gosub.language.stdlib.fmt.MethodInvoker;

import java.util.function.Function;

/** Registers the Java implementations of every standard package's body-less functions. */
public final class StdlibNatives {
    private StdlibNatives() {
    }

    public static void registerAll(Natives natives, GoContext context, Function<GoroutineState, MethodInvoker> invokers) {
        FmtNatives.register(natives, context, invokers);
        gosub.language.stdlib.strings.StringsNatives.register(natives, context);
        gosub.language.stdlib.unicode.UnicodeNatives.register(natives, context);
        gosub.language.stdlib.strconv.StrconvNatives.register(natives, context);
        gosub.language.stdlib.sort.SortNatives.register(natives, context);
        gosub.language.stdlib.math.MathNatives.register(natives, context);
        gosub.language.stdlib.errors.ErrorsNatives.register(natives, context);
        gosub.language.stdlib.rand.RandNatives.register(natives, context);
        gosub.language.stdlib.os.OsNatives.register(natives, context);
        gosub.language.stdlib.os.FileNatives.register(natives, context);
        gosub.language.stdlib.signal.SignalNatives.register(natives, context);
        gosub.language.stdlib.sync.SyncNatives.register(natives);
        gosub.language.stdlib.atomic.AtomicNatives.register(natives);
        gosub.language.stdlib.time.TimeNatives.register(natives);
        gosub.language.stdlib.goruntime.RuntimeNatives.register(natives);
        gosub.language.stdlib.context.ContextNatives.register(natives);
    }
}
