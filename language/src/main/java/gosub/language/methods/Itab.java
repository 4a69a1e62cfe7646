package gosub.language.methods;

import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What a dynamic type is to one interface type, worked out once per program: whether the type implements it (the
 * answer to {@code x.(I)} and {@code case I:}), the first method it lacks if not, and, for a type that implements
 * it, the type's method for each of the interface's methods in the interface's order (resolved on first call, since
 * resolving builds the method's code).
 */
public final class Itab {
    final GoType type;
    final InterfaceType iface;
    private final boolean implemented;
    private final String missing;
    private final AtomicReferenceArray<ResolvedMethod> methods;

    Itab(GoType type, InterfaceType iface, String missing) {
        this.type = type;
        this.iface = iface;
        this.implemented = missing == null;
        this.missing = missing;
        this.methods = new AtomicReferenceArray<>(implemented ? iface.methods.size() : 0);
    }

    public boolean implemented() {
        return implemented;
    }

    /** The first method of the interface (in name order) that the type lacks, or null when it implements it. */
    public String missingMethod() {
        return missing;
    }

    /** The type's method for the interface's method number index (sorted by name, as InterfaceType keeps them). */
    ResolvedMethod method(int index, MethodTable table) {
        ResolvedMethod m = methods.get(index);
        if (m == null) {
            m = table.resolve(type, iface.methods.get(index).name());
            methods.compareAndSet(index, null, m); // the table memoises resolution, so racing threads agree
        }
        return m;
    }
}
