package gosub.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.types.GoType;
import gosub.language.types.StructType;

import java.util.Arrays;

/**
 * The storage of one struct value. A variable of struct type owns one StructValue for its whole life: assignment
 * copies fields into it, so {@code &v} can simply be this object. Numeric and bool fields live unboxed in
 * {@code prims}; the rest in {@code refs}, where a nested struct or array field is itself owned storage.
 */
public final class StructValue {
    public final StructType type;
    public final long[] prims;
    public final Object[] refs;

    public StructValue(StructType type) {
        this.type = type;
        this.prims = type.primCount == 0 ? EMPTY_PRIMS : new long[type.primCount];
        this.refs = type.refCount == 0 ? EMPTY_REFS : new Object[type.refCount];
        if (type.refCount != 0) {
            zeroRefs(type, refs);
        }
    }

    /**
     * Zeroes the reference fields: a loop over the fields that recurses for nested aggregates, kept out of compiled
     * code (a struct of numbers only is allocated inline).
     */
    @TruffleBoundary
    private static void zeroRefs(StructType type, Object[] refs) {
        for (StructType.Field f : type.fields) {
            if (!f.primitive()) {
                refs[f.slot()] = ZeroValue.of(f.type());
            }
        }
    }

    private StructValue(StructType type, long[] prims, Object[] refs) {
        this.type = type;
        this.prims = prims;
        this.refs = refs;
    }

    private static final long[] EMPTY_PRIMS = new long[0];
    private static final Object[] EMPTY_REFS = new Object[0];

    /**
     * Another StructValue on this one's storage: writes through either are seen by both. Only for a struct whose
     * own StructValue is gone (a finalizer's argument, rebuilt after the JVM found the object unreachable), since
     * two live handles would make one Go variable two pointers.
     */
    public StructValue sameStorage() {
        return new StructValue(type, prims, refs);
    }

    /** A deep copy with Go's value semantics (nested structs and arrays copied, pointers shared). */
    public StructValue copy() {
        Object[] r = refs.length == 0 ? EMPTY_REFS : refs.clone();
        for (StructType.Field f : type.fields) {
            if (!f.primitive() && Aggregates.isAggregate(f.type())) {
                r[f.slot()] = Aggregates.copy(f.type(), r[f.slot()]);
            }
        }
        return new StructValue(type, prims.length == 0 ? EMPTY_PRIMS : prims.clone(), r);
    }

    /** Whether every field of t is a number, bool or reference that a copy shares (no struct or array to copy). */
    public static boolean isFlat(StructType t) {
        for (StructType.Field f : t.fields) {
            if (!f.primitive() && Aggregates.isAggregate(f.type())) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #copy} of a value of a flat struct type ({@link #isFlat}), for compiled code that has the type as a
     * constant: the loops unroll into one read and write per field, so no call is made and escape analysis can
     * drop the copy altogether when it does not outlive the compiled code (a value method's receiver).
     */
    @ExplodeLoop
    public static StructValue copyFlat(StructType type, StructValue v) {
        int np = type.primCount;
        long[] p = np == 0 ? EMPTY_PRIMS : new long[np];
        for (int i = 0; i < np; i++) {
            p[i] = v.prims[i];
        }
        int nr = type.refCount;
        Object[] r = nr == 0 ? EMPTY_REFS : new Object[nr];
        for (int i = 0; i < nr; i++) {
            r[i] = v.refs[i];
        }
        return new StructValue(type, p, r);
    }

    /**
     * Assignment into existing storage: {@code *p = v}, {@code s = t}, {@code a[i] = t}, {@code x.f = t}, where the
     * address of s or of any of its parts may be held. Nested structs and arrays are assigned into their own storage
     * too, so a pointer to a field stays a pointer to that field.
     */
    public void assignFrom(StructValue other) {
        if (other == this) {
            return;
        }
        System.arraycopy(other.prims, 0, prims, 0, prims.length);
        for (StructType.Field f : type.fields) {
            if (!f.primitive()) {
                Object v = other.refs[f.slot()];
                refs[f.slot()] = Aggregates.isAggregate(f.type()) ? Aggregates.storedInto(f.type(), refs[f.slot()], v) : v;
            }
        }
    }

    /**
     * {@link #assignFrom} for a flat struct type ({@link #isFlat}): no nested storage, so two array copies, which
     * compiled code does without a call.
     */
    public void assignFlat(StructValue other) {
        System.arraycopy(other.prims, 0, prims, 0, prims.length);
        System.arraycopy(other.refs, 0, refs, 0, refs.length);
    }

    public Object fieldValue(StructType.Field f) {
        if (!f.primitive()) {
            return refs[f.slot()];
        }
        return PrimWords.box(f.type().rep(), prims[f.slot()]);
    }

    public static long primBits(GoType t, Object boxed) {
        return PrimWords.unbox(t.rep(), boxed);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructValue s) || s.type != type) {
            return false;
        }
        for (StructType.Field f : type.fields) {
            if (f.primitive()) {
                if (f.type().rep() == GoType.Rep.DOUBLE) {
                    if (Double.longBitsToDouble(prims[f.slot()]) != Double.longBitsToDouble(s.prims[f.slot()])) {
                        return false;
                    }
                } else if (prims[f.slot()] != s.prims[f.slot()]) {
                    return false;
                }
            } else if (!Equality.equal(f.type(), refs[f.slot()], s.refs[f.slot()])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(prims);
        for (StructType.Field f : type.fields) {
            if (!f.primitive()) {
                h = h * 31 + Equality.hash(refs[f.slot()]);
            }
        }
        return h;
    }
}
