package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.natives.Natives;

/** Registers the Java implementations of every standard package's body-less functions. */
public final class StdlibNatives {
    private StdlibNatives() {
    }

    public static void registerAll(Natives natives, GoContext context) {
        FmtNatives.register(natives);
        gosub.language.stdlib.strings.StringsNatives.register(natives);
        gosub.language.stdlib.bytes.BytesNatives.register(natives);
        gosub.language.stdlib.bufio.SplitNatives.register(natives);
        gosub.language.stdlib.flag.FlagNatives.register(natives);
        gosub.language.stdlib.unicode.UnicodeNatives.register(natives, context);
        gosub.language.stdlib.strconv.StrconvNatives.register(natives);
        gosub.language.stdlib.sort.SortNatives.register(natives, context);
        gosub.language.stdlib.math.MathNatives.register(natives);
        gosub.language.stdlib.errors.ErrorsNatives.register(natives);
        gosub.language.stdlib.rand.RandNatives.register(natives, context);
        gosub.language.stdlib.os.OsNatives.register(natives, context);
        gosub.language.stdlib.os.FileNatives.register(natives, context);
        gosub.language.stdlib.signal.SignalNatives.register(natives, context);
        gosub.language.stdlib.sync.SyncNatives.register(natives);
        gosub.language.stdlib.atomic.AtomicNatives.register(natives);
        gosub.language.stdlib.time.TimeNatives.register(natives);
        gosub.language.stdlib.goruntime.RuntimeNatives.register(natives);
        gosub.language.stdlib.context.ContextNatives.register(natives);
        gosub.language.stdlib.polyglot.PolyglotNatives.register(natives, context);
    }
}
