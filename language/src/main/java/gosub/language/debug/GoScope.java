package gosub.language.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.GoContext;
import gosub.language.GoLanguage;
import gosub.language.interop.GoToHost;
import gosub.language.interop.HostArray;
import gosub.language.types.GoType;
import gosub.language.values.NilObject;
import gosub.language.values.ZeroValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A scope as Truffle's tools see it: named Go variables with their values (read when the scope is made, each seen
 * as a debugger sees a Go value: {@link GoToHost#exportForDebugger}), and the enclosing scope. As the interop
 * protocol asks, the members are this scope's names followed by all of the parent's, and a name reads the
 * innermost variable. Read-only.
 */
@ExportLibrary(InteropLibrary.class)
public final class GoScope implements TruffleObject {
    private final String name;
    private final String[] names;
    private final Object[] values;
    private final GoScope parent;

    private GoScope(String name, String[] names, Object[] values, GoScope parent) {
        this.name = name;
        this.names = names;
        this.values = values;
        this.parent = parent;
    }

    /** The scope of vars in frame (null: their names only, each value nil); atEntry as in {@link Variable#read}. */
    static GoScope of(GoContext ctx, String name, List<Variable> vars, Frame frame, boolean atEntry, GoScope parent) {
        List<String> ns = new ArrayList<>();
        List<Object> vs = new ArrayList<>();
        for (Variable v : vars) {
            Object raw = v.read(frame, atEntry);
            if (frame != null && raw == null && !(v.type().rep() == GoType.Rep.OBJECT && ZeroValue.of(v.type()) == null)) {
                continue; // not given a value yet (nil is a value only for pointers, slices, maps, ...)
            }
            ns.add(v.name());
            vs.add(frame == null ? NilObject.INSTANCE : GoToHost.exportForDebugger(ctx, v.type(), raw));
        }
        return new GoScope(name, ns.toArray(String[]::new), vs.toArray(), parent);
    }

    /** A scope of names and values made elsewhere (the package-level variables). */
    public static GoScope of(String name, List<String> names, List<Object> values) {
        return new GoScope(name, names.toArray(String[]::new), values.toArray(), null);
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return GoLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        List<String> all = new ArrayList<>();
        for (GoScope s = this; s != null; s = s.parent) {
            all.addAll(List.of(s.names));
        }
        return new HostArray(all.toArray(String[]::new));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return lookup(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = lookup(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return v;
    }

    private Object lookup(String member) {
        for (GoScope s = this; s != null; s = s.parent) {
            for (int i = 0; i < s.names.length; i++) {
                if (s.names[i].equals(member)) {
                    return s.values[i];
                }
            }
        }
        return null;
    }

    @ExportMessage
    boolean hasScopeParent() {
        return parent != null;
    }

    @ExportMessage
    Object getScopeParent() throws UnsupportedMessageException {
        if (parent == null) {
            throw UnsupportedMessageException.create();
        }
        return parent;
    }
}
