package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.Natives;
import gosub.language.values.Slice;

/** The fmt package's functions. Formatting itself is {@link ValueFormatter}. */
public final class FmtNatives {
    private FmtNatives() {
    }

    static Object[] operands(Object arg) {
        Slice s = (Slice) arg;
        if (s == null) {
            return new Object[0];
        }
        Object[] out = new Object[s.len];
        System.arraycopy(s.array, s.offset, out, 0, s.len);
        return out;
    }

    public static void register(Natives n, GoContext ctx, ValueFormatter f) {
        n.register("fmt.Println", a -> {
            String s = f.sprintln(operands(a[2]));
            ctx.write(1, s);
            return new Object[] {(long) s.length(), null};
        });
        n.register("fmt.Print", a -> {
            String s = f.sprint(operands(a[2]));
            ctx.write(1, s);
            return new Object[] {(long) s.length(), null};
        });
        n.register("fmt.Printf", a -> {
            String s = f.sprintf((String) a[2], operands(a[3]));
            ctx.write(1, s);
            return new Object[] {(long) s.length(), null};
        });
        n.register("fmt.Sprintf", a -> f.sprintf((String) a[2], operands(a[3])));
        n.register("fmt.Sprint", a -> f.sprint(operands(a[2])));
        n.register("fmt.Sprintln", a -> f.sprintln(operands(a[2])));
        n.register("fmt.Errorf", a -> f.errorf((String) a[2], operands(a[3])));
        n.register("os.Exit", a -> {
            throw new gosub.language.runtime.GoExitException((int) (long) (Long) a[2]);
        });
    }
}
