package gosub.language.stdlib.rand;

import gosub.language.GoContext;
import gosub.language.Natives;

/** math/rand's natives: seeding a source's ring, and the shared source of the top-level functions. */
public final class RandNatives {
    private RandNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("math/rand.seedState", a -> {
            LaggedFibonacci.seed((long[]) a[2], (Long) a[3]);
            return null;
        });
        // Go 1.19 seeds the shared source with 1 until the program calls rand.Seed.
        LaggedFibonacci shared = new LaggedFibonacci(1);
        n.register("math/rand.globalInt63", a -> shared.next() & Long.MAX_VALUE);
        n.register("math/rand.globalUint64", a -> shared.next());
        n.register("math/rand.globalSeed", a -> {
            shared.reseed((Long) a[2]);
            return null;
        });
    }
}
