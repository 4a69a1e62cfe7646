package gosub.language.stdlib.regexp;

import gosub.language.GoContext;
import gosub.language.interop.ForeignValues;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.values.Slice;
import java.util.List;

/**
 * The natives of package regexp (regexp.go): compiling a pattern into a {@link CompiledRegexp}, which a Regexp
 * keeps in a func() field as polyglot keeps its references, and the three searches the Go API is built on.
 */
public final class RegexpNatives {
    private RegexpNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("regexp.compile", (JavaNative) (g, a) -> compile(ctx, (String) a[0], (Boolean) a[1]));
        n.register("regexp.match", (JavaNative) (g, a) -> of(a[0]).matches((String) a[1]));
        n.register("regexp.find", (JavaNative) (g, a) -> ints(of(a[0]).findAll((String) a[1], (Long) a[2],
                (int) (long) (Long) a[3], (Boolean) a[4])));
        n.register("regexp.replaced", (JavaNative) (g, a) -> ints(of(a[0]).replaced((String) a[1],
                (int) (long) (Long) a[2], (Boolean) a[3])));
    }

    private static CompiledRegexp of(Object ref) {
        return (CompiledRegexp) ForeignValues.object(ref);
    }

    /** (program, names, literal prefix, prefix is complete, "") or (nil, nil, "", false, Go's message). */
    private static Object[] compile(GoContext ctx, String pattern, boolean posix) {
        CompiledRegexp re;
        try {
            re = CompiledRegexp.compile(pattern, posix);
        } catch (SyntaxError e) {
            return new Object[] {null, null, "", false, e.getMessage()};
        }
        List<String> names = re.names();
        Object[] goNames = names.toArray();
        return new Object[] {ForeignValues.ref(ctx, re), new Slice(goNames, 0, goNames.length, goNames.length),
                re.prefix(), re.prefixComplete(), ""};
    }

    private static Slice ints(long[] a) {
        return a.length == 0 ? null : new Slice(a, 0, a.length, a.length);
    }
}
