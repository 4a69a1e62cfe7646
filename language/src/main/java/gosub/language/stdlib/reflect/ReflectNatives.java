package gosub.language.stdlib.reflect;

import gosub.language.GoContext;
import gosub.language.natives.Natives;

/** Registers the natives reflect.go declares, over one {@link Reflection} per context. */
public final class ReflectNatives {
    private ReflectNatives() {
    }

    public static void register(Natives n, GoContext context) {
        Reflection r = new Reflection(context);
        TypeNatives.register(n, r);
        ChannelNatives.register(n, r, ValueNatives.register(n, r));
    }
}
