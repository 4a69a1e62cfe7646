package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;

import java.util.ArrayList;

/**
 * The deferred calls of one function activation, run last-in first-out when it returns or panics. A deferred call
 * that recovers stops the panic; one that panics replaces it (Go chains the two in the report).
 */
public final class DeferList {
    /** One deferred call with its arguments already evaluated. */
    public interface Deferred {
        void run(GoroutineState g);
    }

    private final ArrayList<Deferred> calls = new ArrayList<>();

    @TruffleBoundary
    private static DeferList create() {
        return new DeferList();
    }

    public static void push(VirtualFrame frame, int slot, Deferred d) {
        Object o = frame.getObject(slot);
        DeferList list;
        if (o == null) {
            list = create();
            frame.setObject(slot, list);
        } else {
            list = (DeferList) o;
        }
        list.add(d);
    }

    @TruffleBoundary
    private void add(Deferred d) {
        calls.add(d);
    }

    public static GoPanicException runAll(VirtualFrame frame, int slot, GoroutineState g, GoPanicException panic) {
        Object o = frame.getObject(slot);
        if (o == null) {
            return panic;
        }
        return ((DeferList) o).run(g, panic);
    }

    @TruffleBoundary
    private GoPanicException run(GoroutineState g, GoPanicException panic) {
        DeferList list = this;
        GoPanicException outer = g.panicking;
        GoPanicException outerAtReturn = g.panickingAtReturn;
        while (!list.calls.isEmpty()) {
            Deferred d = list.calls.remove(list.calls.size() - 1);
            g.panicking = panic;
            g.panickingAtReturn = panic == null ? outer : null;
            try {
                d.run(g);
            } catch (GoPanicException p) {
                if (panic != null && p != panic) {
                    p.previous = panic; // Go reports the chain, marking the recovered ones
                }
                panic = p;
            } finally {
                g.panicking = outer;
                g.panickingAtReturn = outerAtReturn;
            }
            if (panic != null && panic.recovered) {
                panic = null;
            }
        }
        return panic;
    }
}
