package gosub.launcher.debug;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.debug.Breakpoint;

/** A breakpoint the user set: its number, where it is, its condition, and how often it stopped, per goroutine. */
final class UserBreakpoint {
    final int id;
    /** Where, as shown: {@code main.main() ./prog.go:12} or {@code ./prog.go:12}. */
    final String where;
    final Breakpoint truffle;
    Expression condition;
    int total;
    final Map<Long, Integer> perGoroutine = new HashMap<>();

    UserBreakpoint(int id, String where, Breakpoint truffle) {
        this.id = id;
        this.where = where;
        this.truffle = truffle;
    }

    /** Counts a stop in goroutine g; returns Delve's {@code (hits goroutine(1):1 total:1)}. */
    String hit(long g) {
        total++;
        int n = perGoroutine.merge(g, 1, Integer::sum);
        return "(hits goroutine(" + g + "):" + n + " total:" + total + ")";
    }
}
