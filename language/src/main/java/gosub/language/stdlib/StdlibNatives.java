package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.stdlib.atomic.AtomicNatives;
import gosub.language.stdlib.big.BigNatives;
import gosub.language.stdlib.bufio.SplitNatives;
import gosub.language.stdlib.bytes.BytesNatives;
import gosub.language.stdlib.context.ContextNatives;
import gosub.language.stdlib.cryptorand.CryptoRandNatives;
import gosub.language.stdlib.errors.ErrorsNatives;
import gosub.language.stdlib.exec.ExecNatives;
import gosub.language.stdlib.flag.FlagNatives;
import gosub.language.stdlib.goruntime.RuntimeNatives;
import gosub.language.stdlib.hashing.HashingNatives;
import gosub.language.stdlib.html.HtmlNatives;
import gosub.language.stdlib.json.JsonNatives;
import gosub.language.stdlib.math.MathNatives;
import gosub.language.stdlib.os.FileNatives;
import gosub.language.stdlib.os.OsNatives;
import gosub.language.stdlib.polyglot.PolyglotNatives;
import gosub.language.stdlib.rand.RandNatives;
import gosub.language.stdlib.reflect.ReflectNatives;
import gosub.language.stdlib.regexp.RegexpNatives;
import gosub.language.stdlib.signal.SignalNatives;
import gosub.language.stdlib.sort.SortNatives;
import gosub.language.stdlib.strconv.StrconvNatives;
import gosub.language.stdlib.strings.StringsNatives;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.stdlib.time.TimeNatives;
import gosub.language.stdlib.unicode.UnicodeNatives;
import java.util.List;
import java.util.function.BiConsumer;

/** Registers the Java implementations of every standard package's body-less functions. */
public final class StdlibNatives {
    private StdlibNatives() {
    }

    /** A class of natives: how it registers them, and every Go package whose names it registers. */
    record Registrar(List<String> packages, BiConsumer<Natives, GoContext> register) {
    }

    /** Every class of natives; StdlibNativesTest checks each one's packages against the names it registers. */
    static final List<Registrar> REGISTRARS = List.of(
            new Registrar(List.of("fmt", "os"), (n, c) -> FmtNatives.register(n)),
            new Registrar(List.of("strings"), (n, c) -> StringsNatives.register(n)),
            new Registrar(List.of("bytes"), (n, c) -> BytesNatives.register(n)),
            new Registrar(List.of("bufio"), (n, c) -> SplitNatives.register(n)),
            new Registrar(List.of("flag"), (n, c) -> FlagNatives.register(n)),
            new Registrar(List.of("unicode", "unicode/utf8"), UnicodeNatives::register),
            new Registrar(List.of("strconv"), (n, c) -> StrconvNatives.register(n)),
            new Registrar(List.of("sort", "slices"), SortNatives::register),
            new Registrar(List.of("math", "math/bits"), (n, c) -> MathNatives.register(n)),
            new Registrar(List.of("errors"), (n, c) -> ErrorsNatives.register(n)),
            new Registrar(List.of("math/rand"), RandNatives::register),
            new Registrar(List.of("math/big"), BigNatives::register),
            new Registrar(List.of("os", "syscall"), OsNatives::register),
            new Registrar(List.of("os"), FileNatives::register),
            new Registrar(List.of("os/signal", "syscall"), SignalNatives::register),
            new Registrar(List.of("os/exec", "os"), ExecNatives::register),
            new Registrar(List.of("sync"), (n, c) -> SyncNatives.register(n)),
            new Registrar(List.of("sync/atomic"), (n, c) -> AtomicNatives.register(n)),
            new Registrar(List.of("time"), TimeNatives::register),
            new Registrar(List.of("runtime"), (n, c) -> RuntimeNatives.register(n)),
            new Registrar(List.of("context"), (n, c) -> ContextNatives.register(n)),
            new Registrar(List.of("polyglot"), PolyglotNatives::register),
            new Registrar(List.of("regexp"), RegexpNatives::register),
            new Registrar(List.of("internal/hashing", "hash/crc32"), HashingNatives::register),
            new Registrar(List.of("encoding/json"), JsonNatives::register),
            new Registrar(List.of("reflect"), ReflectNatives::register),
            new Registrar(List.of("html"), (n, c) -> HtmlNatives.register(n)),
            new Registrar(List.of("crypto/rand"), (n, c) -> CryptoRandNatives.register(n)));

    /** Leaves each class of natives to register when a name of its packages is first asked for. */
    public static void registerAll(Natives natives, GoContext context) {
        for (Registrar r : REGISTRARS) {
            natives.registerWhenAsked(n -> r.register().accept(n, context), r.packages());
        }
    }
}
