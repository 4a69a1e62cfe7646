package gosub.language.stdlib.json;

import gosub.language.types.GoType;
import gosub.language.values.Iface;

/**
 * How the JSON engine reaches Go: whether a type has one of the four methods json honours, and calling it on the
 * calling goroutine. A Go panic in a method propagates to the caller of Marshal or Unmarshal.
 */
interface GoMethods {
    /** The methods json honours, with their Go signatures. */
    enum Method {
        MARSHAL_JSON("MarshalJSON"), // () ([]byte, error)
        MARSHAL_TEXT("MarshalText"), // () ([]byte, error)
        UNMARSHAL_JSON("UnmarshalJSON"), // ([]byte) error
        UNMARSHAL_TEXT("UnmarshalText"); // ([]byte) error

        final String goName;

        Method(String goName) {
            this.goName = goName;
        }
    }

    /** Whether the method set of t (Go's rules: *T has T's methods, not the reverse) has m with its signature. */
    boolean has(GoType t, Method m);

    /** Calls a Marshal method: the bytes (as a Java byte array, null for a nil slice) and the error (null for nil). */
    Marshalled marshal(Iface receiver, Method m);

    /** Calls an Unmarshal method with a copy of text; its error, or null. */
    Iface unmarshal(Iface receiver, Method m, byte[] text);

    /** The text of an error value, from its Error method. */
    String errorText(Iface err);

    record Marshalled(byte[] bytes, Iface error) {
    }
}
