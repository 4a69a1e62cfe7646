package gosub.language.stdlib.json;

import gosub.language.values.Iface;

/**
 * An error encoding/json returns, described for json.go's failure function, which builds the Go value: its kind
 * (the fail constants of json.go) and the parts that kind needs. Thrown to end an encode or decode at once.
 */
public final class JsonFailure extends RuntimeException {
    // the fail* constants of json.go
    static final long SYNTAX = 1;
    static final long UNSUPPORTED_TYPE = 2;
    static final long UNSUPPORTED_VALUE = 3;
    static final long MARSHALER = 4;
    static final long MARSHALER_SYNTAX = 5;
    static final long UNMARSHAL_TYPE = 6;
    static final long INVALID_UNMARSHAL = 7;
    static final long INVALID_UNMARSHAL_NIL = 8;
    static final long MESSAGE = 9;
    static final long CAUSE = 10;

    final long kind;
    final String typeName;
    final String text;
    final long offset;
    String struct = "";
    String field = "";
    final Iface cause;
    /**
     * What the slot being filled when the walk ended holds by then, if that is new (a slice grown, a map or
     * pointer made): Go fills values in place, so an error leaves them part done, and each level of the walk
     * stores this on the way out. NO_PARTIAL when there is nothing to store.
     */
    Object partial = NO_PARTIAL;

    static final Object NO_PARTIAL = new Object();

    JsonFailure(long kind, String typeName, String text, long offset, Iface cause) {
        super(null, null, false, false);
        this.kind = kind;
        this.typeName = typeName;
        this.text = text;
        this.offset = offset;
        this.cause = cause;
    }

    static JsonFailure message(String text) {
        return new JsonFailure(MESSAGE, "", text, 0, null);
    }

    /** The tuple json.go's decode returns: kind, type, text, offset, struct, field, cause. */
    Object[] tuple() {
        return new Object[] {kind, typeName, text, offset, struct, field, cause};
    }

    static final Object[] NONE = {0L, "", "", 0L, "", "", null};
}
