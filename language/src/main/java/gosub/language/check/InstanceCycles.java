package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.GoType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guards monomorphisation against instantiations that never end: {@code func (l *List[T]) Pairs() *List[Pair[T, int]]}
 * makes List[Pair[string, int]] out of List[string], whose Pairs makes a larger one, and so on. Go rejects such a
 * package ("instantiation cycle") by a flow analysis of the generic code; gosub only ever checks instances, so it
 * follows instead what made each instance: the instance whose declaration or body was being checked when it was
 * asked for. When one generic shows up {@link #LIMIT} times along that chain, its arguments are growing without end,
 * and the latest instantiation is refused with Go's message: it still gets a type, so that the code using it is
 * checked to the end, but no bodies, which would only ask for more.
 */
final class InstanceCycles {
    /** More instances of one generic along a chain than any program writes out by hand. */
    static final int LIMIT = 12;

    /** How an instance came to be: the instance that asked for it (null: none), and of what with what. */
    private record Origin(Object parent, Object generic, List<GoType> args) {
    }

    private final Checker ck;
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    /** The type instances whose declarations are being elaborated, innermost first. */
    private final Deque<Object> elaborating = new ArrayDeque<>();
    /** How many of those were refused: what they ask for is not elaborated any further. */
    private int refusedDepth;
    private boolean reported;

    InstanceCycles(Checker ck) {
        this.ck = ck;
    }

    /** The instance the checker is working for now: a type being elaborated, else the function whose body it checks. */
    private Object current() {
        if (!elaborating.isEmpty()) {
            return elaborating.peek();
        }
        for (Environment.Function f = ck.env.func; f != null; f = f.outer) {
            if (f.entity != null) {
                return f.entity;
            }
        }
        return null;
    }

    /**
     * Whether generic may be instantiated with args here; when it may not, the cycle is reported. argExprs: the
     * type arguments as written, or null when they were inferred.
     */
    boolean allowed(Object generic, List<Expr.TypeParam> tps, List<GoType> args, List<Pos> argPos, List<Expr> argExprs) {
        Origin here = new Origin(current(), generic, args);
        Origin same = null;
        int seen = 0;
        for (Origin o = here; o != null; o = o.parent() == null ? null : origins.get(o.parent())) {
            if (o.generic() == generic) {
                seen++;
                if (o != here && same == null) {
                    same = o;
                }
            }
        }
        if (seen < LIMIT || same == null) {
            return true;
        }
        if (reported) {
            return false; // Go names one cycle, the first it finds
        }
        reported = true;
        int i = 0;
        while (i < args.size() - 1 && args.get(i) == same.args().get(i)) {
            i++;
        }
        Expr written = argExprs != null && i < argExprs.size() ? argExprs.get(i) : null;
        String as = written != null ? ExprPrinter.print(written) : generically(args.get(i), same.args(), tps);
        ck.error(tps.get(i).pos(), "instantiation cycle:\n\t" + ck.where(argPos.get(i)) + ": " + tps.get(i).name() + " instantiated as " + as);
        return false;
    }

    /**
     * An inferred argument as Go names it, in terms of the type parameters: where it holds the previous instance's
     * argument for a parameter (Box[Box[int]] after Box[int]), that parameter's name stands instead (Box[T]).
     */
    private static String generically(GoType arg, List<GoType> previous, List<Expr.TypeParam> tps) {
        String s = arg.toString();
        for (int j = 0; j < previous.size() && j < tps.size(); j++) {
            String p = previous.get(j).toString();
            int at = s.lastIndexOf(p);
            if (at >= 0) {
                s = s.substring(0, at) + tps.get(j).name() + s.substring(at + p.length());
            }
        }
        return s;
    }

    /** Records that instance was made from generic for args, by whatever the checker is working for now. */
    void record(Object instance, Object generic, List<GoType> args) {
        origins.put(instance, new Origin(current(), generic, args));
    }

    /** Records that method belongs to type instance recv: what its body asks for was asked for by recv. */
    void recordMethod(Object method, Object recv) {
        origins.put(method, new Origin(recv, null, List.of()));
    }

    /** Runs the elaboration of type instance t (its underlying type and methods) with t as what asks. */
    void elaborate(Object t, boolean refused, Runnable r) {
        elaborating.push(t);
        refusedDepth += refused ? 1 : 0;
        try {
            r.run();
        } finally {
            refusedDepth -= refused ? 1 : 0;
            elaborating.pop();
        }
    }

    /** Whether a refused instance is being elaborated. */
    boolean insideRefused() {
        return refusedDepth > 0;
    }
}
