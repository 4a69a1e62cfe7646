package gosub.language.stdlib.goruntime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * gosub's stand-ins for program counters (runtime.Callers, Caller, FuncForPC, CallersFrames). gosub has no
 * machine code, so a "pc" is a handle: one per call site (function, file, line) seen so far, numbered in the
 * order they were first asked for. Each handle owns a block of {@link #STRIDE} values and is given out from its
 * middle, so that {@code pc-1} (which Go's callers use to get from a return address back to the call) and a few
 * bytes beyond still name the same call site; a value in no block names nothing (FuncForPC gives nil). The
 * numbers mean nothing else: they are not addresses and differ from Go's.
 */
final class ProgramCounters {
    static final long BASE = 0x100000;
    static final long STRIDE = 0x1000;

    /** A call site: the Go function's qualified name, its file and the line of the call. */
    record Site(String function, String file, long line) {
    }

    private static final List<Site> SITES = new ArrayList<>();
    private static final Map<Site, Long> HANDLES = new HashMap<>();

    private ProgramCounters() {
    }

    static synchronized long handle(Site s) {
        Long pc = HANDLES.get(s);
        if (pc == null) {
            pc = BASE + SITES.size() * STRIDE + STRIDE / 2;
            SITES.add(s);
            HANDLES.put(s, pc);
        }
        return pc;
    }

    /** The call site of pc, or null when pc is no handle's. */
    static synchronized Site site(long pc) {
        if (pc < BASE) {
            return null;
        }
        long i = (pc - BASE) / STRIDE;
        return i < SITES.size() ? SITES.get((int) i) : null;
    }
}
