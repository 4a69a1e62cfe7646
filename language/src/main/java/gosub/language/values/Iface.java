package gosub.language.values;

import gosub.language.types.GoType;

/**
 * A non-nil interface value: its dynamic type and value. The nil interface is Java null; a typed nil pointer in an
 * interface is an Iface whose value is null, which is not equal to the nil interface, as in Go.
 */
public final class Iface {
    public final GoType type;
    public final Object value;

    public Iface(GoType type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iface i && i.type == type && Equality.equal(type, value, i.value);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(type) * 31 + Equality.hash(type, value);
    }

    @Override
    public String toString() {
        return "Iface(" + type + ", " + value + ")";
    }
}
