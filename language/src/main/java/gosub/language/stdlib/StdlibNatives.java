package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.Natives;

/** Registers the Java implementations of every standard package's body-less functions. */
public final class StdlibNatives {
    private StdlibNatives() {
    }

    public static void registerAll(Natives natives, GoContext context, ValueFormatter formatter) {
        FmtNatives.register(natives, context, formatter);
    }
}
