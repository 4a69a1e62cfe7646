package gosub.language.values;

import gosub.language.types.ArrayType;
import gosub.language.types.GoType;

/**
 * Turns a Go key into a Java key with Go's equality: -0.0 becomes 0.0, each NaN (or complex with a NaN part) is a
 * key of its own, arrays are wrapped so that equal arrays
 * are equal keys, pointers to the same location become the same key. Everything else is its own key.
 */
public final class MapKey {
    private MapKey() {
    }

    private record ArrayKey(GoType type, Object array) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ArrayKey k && Equality.equal(type, array, k.array);
        }

        @Override
        public int hashCode() {
            return Equality.hash(array);
        }
    }

    private record PointerKey(Pointer p) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PointerKey k && p.sameLocation(k.p);
        }

        @Override
        public int hashCode() {
            return p.address();
        }
    }

    /** A pointer to a struct or array (the aggregate's storage object): equal only to itself. */
    private record IdentityKey(Object storage) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.storage == storage;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(storage);
        }
    }

    /**
     * A NaN key: NaN is not equal to itself, so every insertion with it makes a new entry that no lookup finds.
     * Java's Double.equals would make all NaNs one key; this class keeps Object's identity equality.
     */
    private static final class NaNKey {
        final Object value;

        NaNKey(Object value) {
            this.value = value;
        }
    }

    public static Object of(GoType keyType, Object key) {
        if (key instanceof Iface i && !Equality.comparableValue(i.type)) {
            throw gosub.language.runtime.RuntimeErrors.runtimeError("hash of unhashable type " + i.type);
        }
        if (key instanceof Double d) {
            if (d == 0.0) {
                return 0.0;
            }
            if (d.isNaN()) {
                return new NaNKey(d);
            }
        }
        if (key instanceof Complex c && c.hasNaN()) {
            return new NaNKey(c);
        }
        if (keyType.underlying() instanceof ArrayType) {
            // *p as a key, p an ArrayView: the key holds the elements, not the place they are in
            return new ArrayKey(keyType, key instanceof ArrayView ? Aggregates.copy(keyType, key) : key);
        }
        if (key instanceof Pointer p && !(key instanceof Cell)) {
            return new PointerKey(p);
        }
        if (key != null && !(key instanceof Pointer) && keyType.underlying() instanceof gosub.language.types.PointerType) {
            return new IdentityKey(key);
        }
        return key;
    }

    /** The Go key back from a Java key, for range and printing. */
    public static Object unwrap(Object key) {
        if (key instanceof NaNKey k) {
            return k.value;
        }
        if (key instanceof ArrayKey k) {
            return k.array;
        }
        if (key instanceof PointerKey k) {
            return k.p;
        }
        if (key instanceof IdentityKey k) {
            return k.storage;
        }
        return key;
    }
}
