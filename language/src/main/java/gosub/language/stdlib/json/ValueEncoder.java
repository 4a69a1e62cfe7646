package gosub.language.stdlib.json;

import gosub.language.stdlib.strconv.FloatFormat;
import gosub.language.stdlib.strconv.Quoting;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.ByteStrings;
import gosub.language.values.ElementPointer;
import gosub.language.values.FieldPointer;
import gosub.language.values.GoMap;
import gosub.language.values.MapKey;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marshal's walk: writes a value as JSON by its Go type. At every value, a MarshalJSON method comes first, then
 * MarshalText (the result as a string), then the kind: numbers, strings, structs by {@link JsonFields}, maps with
 * their keys as sorted strings, slices and arrays, []byte as base64, pointers and interfaces as what they hold,
 * nil as null. A value reached through a pointer, a slice or an addressable array or struct also offers the
 * methods of its pointer type, as Go does for addressable values. Output is a byte string.
 */
final class ValueEncoder {
    /** Past this many nested pointers and maps, a value met again on the way down is a cycle (Go's threshold). */
    private static final int CYCLE_CHECK_DEPTH = 1000;

    private final StringBuilder out = new StringBuilder();
    private final GoMethods methods;
    private final JsonFields fields;
    private final boolean escapeHTML;
    private final GoType numberType;
    private int depth;
    private final Map<Object, Boolean> onPath = new IdentityHashMap<>();

    ValueEncoder(GoMethods methods, JsonFields fields, boolean escapeHTML, GoType numberType) {
        this.methods = methods;
        this.fields = fields;
        this.escapeHTML = escapeHTML;
        this.numberType = numberType;
    }

    /** The JSON text of an interface value (null for nil). */
    String encode(Iface v) {
        if (v == null) {
            out.append("null");
        } else {
            value(v.type, v.value, null, false);
        }
        return out.toString();
    }

    private static boolean isPointer(GoType t) {
        return t.underlying() instanceof PointerType;
    }

    /**
     * Writes v of type t. address is where v lives when Go would see it as addressable (a pointer to it: for a
     * struct or array its storage, else an element or field pointer), or null.
     */
    private void value(GoType t, Object v, Object address, boolean quoted) {
        GoType u = t.underlying();
        if (u instanceof InterfaceType) {
            Iface i = (Iface) v;
            if (i == null) {
                out.append("null");
            } else {
                value(i.type, i.value, null, false);
            }
            return;
        }
        // The methods of *T count for an addressable T.
        if (address != null && !isPointer(t)) {
            GoType pt = Types.pointer(t);
            if (!methods.has(t, GoMethods.Method.MARSHAL_JSON) && methods.has(pt, GoMethods.Method.MARSHAL_JSON)) {
                marshalJSON(pt, address);
                return;
            }
            if (!methods.has(t, GoMethods.Method.MARSHAL_JSON) && !methods.has(t, GoMethods.Method.MARSHAL_TEXT)
                            && methods.has(pt, GoMethods.Method.MARSHAL_TEXT)) {
                marshalText(pt, address);
                return;
            }
        }
        if (methods.has(t, GoMethods.Method.MARSHAL_JSON)) {
            if (isPointer(t) && v == null) {
                out.append("null");
            } else {
                marshalJSON(t, v);
            }
            return;
        }
        if (methods.has(t, GoMethods.Method.MARSHAL_TEXT)) {
            if (isPointer(t) && v == null) {
                out.append("null");
            } else {
                marshalText(t, v);
            }
            return;
        }
        switch (u) {
            case BasicType b -> basic(t, b, v, quoted);
            case StructType st -> struct(st, (StructValue) v, address != null);
            case MapType mt -> map(t, mt, (GoMap) v);
            case SliceType st -> slice(t, st, (Slice) v);
            case ArrayType at -> list(at.elem, Aggregates.backing(v), Aggregates.start(v), (int) at.length, address != null);
            case PointerType pt -> pointer(t, pt, v, quoted);
            default -> throw new JsonFailure(JsonFailure.UNSUPPORTED_TYPE, typeName(t), "", 0, null);
        }
    }

    static String typeName(GoType t) {
        return ByteStrings.fromJava(t.toString());
    }

    private void marshalJSON(GoType t, Object v) {
        GoMethods.Marshalled m = methods.marshal(new Iface(t, v), GoMethods.Method.MARSHAL_JSON);
        if (m.error() != null) {
            throw new JsonFailure(JsonFailure.MARSHALER, typeName(t), "MarshalJSON", 0, m.error());
        }
        byte[] text = m.bytes() == null ? new byte[0] : m.bytes();
        SyntaxCheck.Problem p = SyntaxCheck.check(text, 0, text.length);
        if (p != null) {
            throw new JsonFailure(JsonFailure.MARSHALER_SYNTAX, typeName(t), p.message(), p.offset(), null);
        }
        out.append(TextLayout.compact(text, 0, text.length, escapeHTML));
    }

    private void marshalText(GoType t, Object v) {
        GoMethods.Marshalled m = methods.marshal(new Iface(t, v), GoMethods.Method.MARSHAL_TEXT);
        if (m.error() != null) {
            throw new JsonFailure(JsonFailure.MARSHALER, typeName(t), "MarshalText", 0, m.error());
        }
        string(m.bytes() == null ? "" : ByteStrings.fromBytes(m.bytes(), 0, m.bytes().length), escapeHTML);
    }

    private void basic(GoType t, BasicType b, Object v, boolean quoted) {
        Kind k = b.kind();
        if (quoted && !k.isString()) {
            out.append('"');
        }
        if (k.isBoolean()) {
            out.append((Boolean) v ? "true" : "false");
        } else if (k.isInteger()) {
            long n = (Long) v;
            out.append(k.isUnsigned() ? Long.toUnsignedString(n) : Long.toString(n));
        } else if (k.isFloat()) {
            floating((Double) v, k == Kind.FLOAT32 ? 32 : 64);
        } else if (k.isString()) {
            String s = (String) v;
            if (t == numberType) {
                number(s.isEmpty() ? "0" : s, quoted);
            } else if (quoted) {
                ValueEncoder inner = new ValueEncoder(methods, fields, escapeHTML, numberType);
                inner.string(s, escapeHTML);
                string(inner.out.toString(), false);
            } else {
                string(s, escapeHTML);
            }
        } else {
            throw new JsonFailure(JsonFailure.UNSUPPORTED_TYPE, typeName(t), "", 0, null);
        }
        if (quoted && !k.isString()) {
            out.append('"');
        }
    }

    private void number(String s, boolean quoted) {
        byte[] b = ByteStrings.bytes(s);
        if (!SyntaxCheck.isNumber(b, 0, b.length)) {
            throw JsonFailure.message("json: invalid number literal " + Quoting.quote(s));
        }
        if (quoted) {
            out.append('"').append(s).append('"');
        } else {
            out.append(s);
        }
    }

    /** Go's form for JSON: shortest digits, positional unless very small or large, e-7 rather than e-07. */
    private void floating(double f, int bits) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            throw new JsonFailure(JsonFailure.UNSUPPORTED_VALUE, "", FloatFormat.format(f, 'g', -1, bits), 0, null);
        }
        double abs = Math.abs(f);
        char fmt = 'f';
        if (abs != 0) {
            double a = bits == 32 ? (double) (float) abs : abs;
            if (a < 1e-6 || a >= 1e21) {
                fmt = 'e';
            }
        }
        String s = FloatFormat.format(f, fmt, -1, bits);
        if (fmt == 'e') {
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
        }
        out.append(s);
    }

    private static final String HEX = "0123456789abcdef";

    /** A byte string as a JSON string: Go's escapes, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped. */
    void string(String s, boolean html) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n;) {
            int c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\' && !(html && (c == '<' || c == '>' || c == '&'))) {
                    out.append((char) c);
                } else {
                    switch (c) {
                        case '"', '\\' -> out.append('\\').append((char) c);
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        case '\t' -> out.append("\\t");
                        default -> out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                    }
                }
                i++;
                continue;
            }
            long rw = ByteStrings.decodeRune(s, i);
            int r = (int) (rw >> 8);
            int w = (int) (rw & 0xFF);
            if (r == 0xFFFD && w == 1) {
                out.append("\\ufffd");
            } else if (r == 0x2028 || r == 0x2029) {
                out.append("\\u202").append(HEX.charAt(r & 0xF));
            } else {
                out.append(s, i, i + w);
            }
            i += w;
        }
        out.append('"');
    }

    private void struct(StructType st, StructValue sv, boolean addressable) {
        out.append('{');
        boolean first = true;
        fieldLoop:
        for (JsonFields.Field f : fields.of(st).list()) {
            StructValue holder = sv;
            StructType.Field[] path = f.path();
            boolean addr = addressable;
            for (int i = 0; i < path.length - 1; i++) {
                Object inner = holder.fieldValue(path[i]);
                if (inner == null) {
                    continue fieldLoop; // a field of a nil embedded pointer is left out
                }
                if (isPointer(path[i].type())) {
                    addr = true;
                }
                holder = (StructValue) inner;
            }
            StructType.Field last = path[path.length - 1];
            Object fv = holder.fieldValue(last);
            if (f.omitEmpty() && isEmpty(last.type(), fv)) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(f.name(), escapeHTML);
            out.append(':');
            StructValue h = holder;
            value(last.type(), fv, addr ? addressOf(last.type(), fv, () -> new FieldPointer(h, last.slot())) : null, f.quoted());
        }
        out.append('}');
    }

    /** The address of an addressable value: a struct or array is its own storage, anything else the pointer. */
    private static Object addressOf(GoType t, Object v, java.util.function.Supplier<Object> pointer) {
        if (Aggregates.isAggregate(t)) {
            return v;
        }
        return t instanceof NamedType ? pointer.get() : NOT_NAMED; // only a named type has methods of its own
    }

    /** The address of an addressable value whose pointer type has no methods: never used as a pointer. */
    private static final Object NOT_NAMED = new Object();

    private static boolean isEmpty(GoType t, Object v) {
        GoType u = t.underlying();
        return switch (u) {
            case BasicType b -> {
                Kind k = b.kind();
                if (k.isBoolean()) {
                    yield !(Boolean) v;
                }
                if (k.isInteger()) {
                    yield (Long) v == 0;
                }
                if (k.isFloat()) {
                    yield (Double) v == 0;
                }
                if (k.isString()) {
                    yield ((String) v).isEmpty();
                }
                yield false;
            }
            case ArrayType at -> at.length == 0;
            case SliceType st -> v == null || ((Slice) v).len == 0;
            case MapType mt -> v == null || ((GoMap) v).size() == 0;
            case PointerType pt -> v == null;
            case InterfaceType it -> v == null;
            default -> false;
        };
    }

    private void enter(GoType t, Object ref) {
        if (++depth > CYCLE_CHECK_DEPTH) {
            if (onPath.put(ref, Boolean.TRUE) != null) {
                throw new JsonFailure(JsonFailure.UNSUPPORTED_VALUE, "", "encountered a cycle via " + typeName(t), 0, null);
            }
        }
    }

    private void leave(Object ref) {
        if (depth-- > CYCLE_CHECK_DEPTH) {
            onPath.remove(ref);
        }
    }

    private void pointer(GoType t, PointerType pt, Object v, boolean quoted) {
        if (v == null) {
            out.append("null");
            return;
        }
        enter(t, v);
        Object elem;
        if (Aggregates.isAggregate(pt.elem)) {
            elem = v;
        } else {
            Pointer p = (Pointer) v;
            elem = switch (pt.elem.rep()) {
                case LONG -> p.getLong();
                case DOUBLE -> p.getDouble();
                case BOOL -> p.getBool();
                case OBJECT -> p.getObject();
            };
        }
        value(pt.elem, elem, v, quoted);
        leave(v);
    }

    /** Which map keys JSON takes: strings, integers, and types with MarshalText. */
    private boolean keyAllowed(GoType key) {
        GoType u = key.underlying();
        if (u instanceof BasicType b && (b.kind().isString() || b.kind().isInteger())) {
            return true;
        }
        return methods.has(key, GoMethods.Method.MARSHAL_TEXT);
    }

    private String keyText(GoType kt, Object k) {
        GoType u = kt.underlying();
        if (u instanceof BasicType b && b.kind().isString()) {
            return (String) k;
        }
        if (methods.has(kt, GoMethods.Method.MARSHAL_TEXT)) {
            if (isPointer(kt) && k == null) {
                return "";
            }
            GoMethods.Marshalled m = methods.marshal(new Iface(kt, k), GoMethods.Method.MARSHAL_TEXT);
            if (m.error() != null) {
                throw JsonFailure.message("json: encoding error for type " + Quoting.quote(typeName(kt)) + ": "
                                + Quoting.quote(errorText(m.error())));
            }
            return m.bytes() == null ? "" : ByteStrings.fromBytes(m.bytes(), 0, m.bytes().length);
        }
        long n = (Long) k;
        return ((BasicType) u).kind().isUnsigned() ? Long.toUnsignedString(n) : Long.toString(n);
    }

    /** The message of an error value, through its Error method. */
    private String errorText(Iface err) {
        return methods.errorText(err);
    }

    private void map(GoType t, MapType mt, GoMap m) {
        if (!keyAllowed(mt.key)) {
            throw new JsonFailure(JsonFailure.UNSUPPORTED_TYPE, typeName(t), "", 0, null);
        }
        if (m == null) {
            out.append("null");
            return;
        }
        enter(t, m);
        record Entry(String key, Object value) {
        }
        List<Entry> entries = new ArrayList<>(m.size());
        for (Map.Entry<Object, Object> e : m.entriesSnapshot()) {
            entries.add(new Entry(keyText(mt.key, MapKey.unwrap(e.getKey())), e.getValue()));
        }
        entries.sort((a, b) -> a.key.compareTo(b.key));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(entries.get(i).key, escapeHTML);
            out.append(':');
            value(mt.value, entries.get(i).value, null, false);
        }
        out.append('}');
        leave(m);
    }

    private void slice(GoType t, SliceType st, Slice s) {
        if (s == null) {
            out.append("null");
            return;
        }
        if (st.elem.underlying() instanceof BasicType b && b.kind() == Kind.UINT8) {
            GoType pe = Types.pointer(st.elem);
            if (!methods.has(pe, GoMethods.Method.MARSHAL_JSON) && !methods.has(pe, GoMethods.Method.MARSHAL_TEXT)) {
                byte[] raw = java.util.Arrays.copyOfRange((byte[]) s.array, s.offset, s.offset + s.len);
                out.append('"').append(ByteStrings.fromBytes(Base64.getEncoder().encode(raw), 0,
                                (raw.length + 2) / 3 * 4)).append('"');
                return;
            }
        }
        enter(t, s.array);
        list(st.elem, s.array, s.offset, s.len, true);
        leave(s.array);
    }

    private void list(GoType elem, Object array, int offset, int len, boolean addressable) {
        out.append('[');
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object e = Aggregates.getSigned(array, offset + i, elem);
            int index = offset + i;
            value(elem, e, addressable ? addressOf(elem, e, () -> new ElementPointer(array, index)) : null, false);
        }
        out.append(']');
    }
}
