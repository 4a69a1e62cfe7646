package gosub.language.stdlib.cryptorand;

import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.values.Slice;
import java.security.SecureRandom;

/** crypto/rand.fill: random bytes into a Go byte slice. */
public final class CryptoRandNatives {
    private CryptoRandNatives() {
    }

    public static void register(Natives n) {
        SecureRandom source = new SecureRandom();
        n.register("crypto/rand.fill", (JavaNative) (g, a) -> {
            Slice p = (Slice) a[0];
            if (p != null && p.len > 0) {
                byte[] fresh = new byte[p.len];
                source.nextBytes(fresh);
                System.arraycopy(fresh, 0, (byte[]) p.array, p.offset, p.len);
            }
            return null;
        });
    }
}
