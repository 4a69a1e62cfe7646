package gosub.language.stdlib.context;

import gosub.language.natives.Natives;
import gosub.language.stdlib.errors.TypeOps;
import gosub.language.values.Iface;

/** The context package is Go code; it asks Java only what reflect would tell it. */
public final class ContextNatives {
    private ContextNatives() {
    }

    public static void register(Natives n) {
        n.register("context.comparable", (gs, args) -> args[0] == null || TypeOps.comparable(((Iface) args[0]).type));
    }
}
