package gosub.language.stdlib.rand;

import gosub.language.GoContext;
import gosub.language.natives.Natives;

/** math/rand's natives: seeding a source's ring, and the shared source of the top-level functions. */
public final class RandNatives {
    private RandNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("math/rand.seedState", (gs, args) -> {
            LaggedFibonacci.seed((long[]) args[0], (Long) args[1]);
            return null;
        });
        // Go 1.19 seeds the shared source with 1 until the program calls rand.Seed.
        LaggedFibonacci shared = new LaggedFibonacci(1);
        n.register("math/rand.globalInt63", (gs, args) -> shared.next() & Long.MAX_VALUE);
        n.register("math/rand.globalUint64", (gs, args) -> shared.next());
        n.register("math/rand.globalSeed", (gs, args) -> {
            shared.reseed((Long) args[0]);
            return null;
        });
    }
}
