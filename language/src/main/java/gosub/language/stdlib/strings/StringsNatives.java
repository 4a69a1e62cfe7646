package gosub.language.stdlib.strings;

import gosub.language.natives.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.types.Types;
import gosub.language.values.Iface;
import gosub.language.values.Slice;

/**
 * The strings package's natives: one class per concern (search, case mapping, trimming, split and join, replace,
 * Builder), registered here, and what they share. Strings are gosub byte strings (one byte per char).
 */
public final class StringsNatives {
    private StringsNatives() {
    }

    public static void register(Natives n) {
        n.register(SearchNativesFactory.getFactories());
        n.register(CaseNativesFactory.getFactories());
        TrimNatives.register(n);
        SplitJoinNatives.register(n);
        n.register(ReplaceNativesFactory.getFactories());
        n.register(BuilderNativesFactory.getFactories());
    }

    // ------------------------------------------------------------------ helpers shared with other packages

    public static GoPanicException panic(String msg) {
        return new GoPanicException(new Iface(Types.STRING, msg));
    }

    public static Slice stringSlice(String[] items, int len, int cap) {
        Object[] arr = new Object[cap];
        System.arraycopy(items, 0, arr, 0, len);
        for (int i = len; i < cap; i++) {
            arr[i] = "";
        }
        return new Slice(arr, 0, len, cap);
    }
}
