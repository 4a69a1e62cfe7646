package gosub.language.stdlib.json;

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
import gosub.language.values.Cell;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.MapKey;
import gosub.language.values.Pointer;
import gosub.language.values.PrimWords;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;
import gosub.language.values.ZeroValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Unmarshal's walk: stores JSON text, already accepted by {@link SyntaxCheck}, into a Go value by its type. Each
 * step takes the type of a slot and what the slot holds and returns what it should hold; structs and arrays are
 * filled in their own storage, so what they contain is merged as Go merges it, and pointers are followed (and
 * allocated when nil). A slot's UnmarshalJSON method comes first, UnmarshalText takes strings, and JSON that does
 * not fit a slot is skipped with an UnmarshalTypeError kept for the end (the first one wins, as in Go); an error
 * from a method ends the walk.
 */
final class ValueDecoder {
    private static final GoType MAP_OF_ANY = Types.map(Types.STRING, Types.EMPTY_INTERFACE);
    private static final GoType SLICE_OF_ANY = Types.slice(Types.EMPTY_INTERFACE);

    private final byte[] b;
    private int pos;
    private final GoMethods methods;
    private final JsonFields fields;
    private final boolean useNumber;
    private final boolean disallowUnknown;
    private final GoType numberType;

    /** The first error kept while going on. */
    private JsonFailure saved;
    /** Where a type error happened, as Go reports it: the struct being filled and the JSON names to the field. */
    private GoType contextStruct;
    private final List<String> fieldStack = new ArrayList<>();

    ValueDecoder(byte[] b, int start, GoMethods methods, JsonFields fields, boolean useNumber, boolean disallowUnknown,
                    GoType numberType) {
        this.b = b;
        this.pos = start;
        this.methods = methods;
        this.fields = fields;
        this.useNumber = useNumber;
        this.disallowUnknown = disallowUnknown;
        this.numberType = numberType;
    }

    /** Decodes into what target (a non-nil pointer) points to; throws the error Unmarshal returns, if any. */
    void decode(Iface target) {
        try {
            // The pointer itself cannot be set, so null goes to what it points to, unless its methods take it.
            skipSpace();
            PointerType pt = (PointerType) target.type.underlying();
            if (methods.has(target.type, GoMethods.Method.UNMARSHAL_JSON)) {
                unmarshalJSON(target.type, target.value);
            } else if (b[pos] != 'n' && methods.has(target.type, GoMethods.Method.UNMARSHAL_TEXT)) {
                unmarshalText(target.type, target.type, target.value);
            } else {
                try {
                    store(pt.elem, target.value, value(pt.elem, load(pt.elem, target.value)));
                } catch (JsonFailure f) {
                    if (f.partial != JsonFailure.NO_PARTIAL) {
                        store(pt.elem, target.value, f.partial);
                    }
                    throw f;
                }
            }
        } catch (JsonFailure f) {
            throw withContext(f);
        }
        if (saved != null) {
            throw saved;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors

    private JsonFailure withContext(JsonFailure f) {
        if (f.kind == JsonFailure.UNMARSHAL_TYPE && (contextStruct != null || !fieldStack.isEmpty())) {
            f.struct = contextStruct instanceof NamedType nt ? ByteStrings.fromJava(nt.name) : "";
            f.field = String.join(".", fieldStack);
        }
        return f;
    }

    private void save(JsonFailure f) {
        if (saved == null) {
            saved = withContext(f);
        }
    }

    private void typeError(String what, GoType t, long offset) {
        save(new JsonFailure(JsonFailure.UNMARSHAL_TYPE, ValueEncoder.typeName(t), what, offset, null));
    }

    private static JsonFailure stringTagMisuse(String item, GoType t) {
        return JsonFailure.message("json: invalid use of ,string struct tag, trying to unmarshal " + Quoting.quote(item)
                        + " into " + ValueEncoder.typeName(t));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Slots

    private void skipSpace() {
        while (pos < b.length && SyntaxCheck.isSpace(b[pos])) {
            pos++;
        }
    }

    /** The new content of a slot of type t that holds cur, from the value at pos. */
    private Object value(GoType t, Object cur) {
        skipSpace();
        boolean isNull = b[pos] == 'n';
        GoType u = t.underlying();
        if (u instanceof InterfaceType) {
            // A non-nil pointer in an interface is decoded into, unless null would only clear that pointer.
            if (cur instanceof Iface i && i.value != null && i.type.underlying() instanceof PointerType ip
                            && (!isNull || ip.elem.underlying() instanceof PointerType)) {
                try {
                    value(i.type, i.value);
                } catch (JsonFailure f) {
                    f.partial = JsonFailure.NO_PARTIAL; // the pointer stays
                    throw f;
                }
                return cur;
            }
            return into(t, cur, false);
        }
        if (u instanceof PointerType pt) {
            if (isNull) {
                skipValue();
                return null;
            }
            Object p = cur != null ? cur : allocate(pt.elem);
            if (methods.has(t, GoMethods.Method.UNMARSHAL_JSON)) {
                unmarshalJSON(t, p);
            } else if (methods.has(t, GoMethods.Method.UNMARSHAL_TEXT)) {
                unmarshalText(t, t, p);
            } else {
                try {
                    store(pt.elem, p, value(pt.elem, load(pt.elem, p)));
                } catch (JsonFailure f) {
                    if (f.partial != JsonFailure.NO_PARTIAL) {
                        store(pt.elem, p, f.partial);
                    }
                    f.partial = p;
                    throw f;
                }
            }
            return p;
        }
        if (t instanceof NamedType) {
            // Every slot Unmarshal fills is addressable, so the methods of *T count for a T.
            GoType ptrT = Types.pointer(t);
            boolean json = methods.has(ptrT, GoMethods.Method.UNMARSHAL_JSON);
            if (json || (!isNull && methods.has(ptrT, GoMethods.Method.UNMARSHAL_TEXT))) {
                Object p = addressOf(t, cur);
                if (json) {
                    unmarshalJSON(ptrT, p);
                } else {
                    unmarshalText(t, ptrT, p);
                }
                return load(t, p);
            }
        }
        return into(t, cur, false);
    }

    private Object into(GoType t, Object cur, boolean fromQuoted) {
        return switch (b[pos]) {
            case '{' -> object(t, cur);
            case '[' -> array(t, cur);
            default -> {
                int start = pos;
                skipValue();
                yield literal(t, cur, b, start, pos, fromQuoted);
            }
        };
    }

    /** A new variable of type t as a pointer: an aggregate is its own pointer, anything else lives in a Cell. */
    private static Object allocate(GoType t) {
        Object zero = ZeroValue.of(t);
        if (Aggregates.isAggregate(t)) {
            return zero;
        }
        Cell c = new Cell();
        store(t, c, zero);
        return c;
    }

    private static Object addressOf(GoType t, Object cur) {
        if (Aggregates.isAggregate(t)) {
            return cur;
        }
        Cell c = new Cell();
        store(t, c, cur);
        return c;
    }

    static Object load(GoType t, Object p) {
        if (Aggregates.isAggregate(t)) {
            return p;
        }
        Pointer ptr = (Pointer) p;
        return switch (t.rep()) {
            case LONG -> ptr.getLong();
            case DOUBLE -> ptr.getDouble();
            case BOOL -> ptr.getBool();
            case OBJECT -> ptr.getObject();
        };
    }

    static void store(GoType t, Object p, Object v) {
        if (Aggregates.isAggregate(t)) {
            if (v != p) {
                Aggregates.assign(t, p, v);
            }
            return;
        }
        Pointer ptr = (Pointer) p;
        switch (t.rep()) {
            case LONG -> ptr.setLong((Long) v);
            case DOUBLE -> ptr.setDouble((Double) v);
            case BOOL -> ptr.setBool((Boolean) v);
            case OBJECT -> ptr.setObject(v);
        }
    }

    private void unmarshalJSON(GoType ptrType, Object p) {
        int start = pos;
        skipValue();
        Iface err = methods.unmarshal(new Iface(ptrType, p), GoMethods.Method.UNMARSHAL_JSON,
                        java.util.Arrays.copyOfRange(b, start, pos));
        if (err != null) {
            throw new JsonFailure(JsonFailure.CAUSE, "", "", 0, err);
        }
    }

    /** A slot whose pointer type has UnmarshalText: strings go to it; anything else does not fit slotType. */
    private void unmarshalText(GoType slotType, GoType ptrType, Object p) {
        int start = pos;
        int c = b[pos];
        skipValue();
        if (c != '"') {
            String what = switch (c) {
                case '{' -> "object";
                case '[' -> "array";
                case 't', 'f' -> "bool";
                default -> "number";
            };
            typeError(what, slotType, c == '{' || c == '[' ? start + 1 : pos);
            return;
        }
        Iface err = methods.unmarshal(new Iface(ptrType, p), GoMethods.Method.UNMARSHAL_TEXT,
                        ByteStrings.bytes(unquote(b, start, pos)));
        if (err != null) {
            throw new JsonFailure(JsonFailure.CAUSE, "", "", 0, err);
        }
    }

    private static boolean isEmptyInterface(GoType u) {
        return u instanceof InterfaceType it && it.methods.isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Objects

    private Object object(GoType t, Object cur) {
        int start = pos;
        GoType u = t.underlying();
        if (isEmptyInterface(u)) {
            return anyValue();
        }
        if (u instanceof MapType mt && keyAllowed(mt.key)) {
            GoMap m = cur != null ? (GoMap) cur : new GoMap();
            try {
                members((key, keyStart) -> {
                    Object v = value(mt.value, ZeroValue.of(mt.value));
                    Object k = mapKey(mt.key, key, keyStart);
                    if (k != NO_KEY) {
                        m.put(MapKey.of(mt.key, k), v);
                    }
                });
            } catch (JsonFailure f) {
                f.partial = m; // the entry being decoded is not stored, the map is
                throw f;
            }
            return m;
        }
        if (u instanceof StructType st) {
            JsonFields.Fields fs = fields.of(st);
            try {
                members((key, keyStart) -> member(t, (StructValue) cur, fs, key));
            } catch (JsonFailure f) {
                f.partial = JsonFailure.NO_PARTIAL; // filled in place
                throw f;
            }
            return cur;
        }
        skipValue();
        typeError("object", t, start + 1);
        return cur;
    }

    private interface Member {
        void decode(String key, int keyStart);
    }

    /** Walks an object's members: for each, pos is at its value when member is called, which must read it. */
    private void members(Member member) {
        pos++; // {
        skipSpace();
        if (b[pos] == '}') {
            pos++;
            return;
        }
        for (;;) {
            skipSpace();
            int keyStart = pos;
            skipValue();
            String key = unquote(b, keyStart, pos);
            skipSpace();
            pos++; // :
            skipSpace();
            member.decode(key, keyStart);
            skipSpace();
            if (b[pos++] == '}') {
                return;
            }
        }
    }

    private static final Object NO_KEY = new Object();

    private boolean keyAllowed(GoType key) {
        if (key.underlying() instanceof BasicType bt && (bt.kind().isString() || bt.kind().isInteger())) {
            return true;
        }
        return methods.has(Types.pointer(key), GoMethods.Method.UNMARSHAL_TEXT);
    }

    private Object mapKey(GoType kt, String key, int keyStart) {
        GoType ptrT = Types.pointer(kt);
        if (methods.has(ptrT, GoMethods.Method.UNMARSHAL_TEXT)) {
            Object p = allocate(kt);
            Iface err = methods.unmarshal(new Iface(ptrT, p), GoMethods.Method.UNMARSHAL_TEXT, ByteStrings.bytes(key));
            if (err != null) {
                throw new JsonFailure(JsonFailure.CAUSE, "", "", 0, err);
            }
            return load(kt, p);
        }
        BasicType bt = (BasicType) kt.underlying();
        if (bt.kind().isString()) {
            return key;
        }
        Long n = integer(bt.kind(), key);
        if (n == null) {
            typeError("number " + key, kt, keyStart + 1);
            return NO_KEY;
        }
        return n;
    }

    private void member(GoType t, StructValue sv, JsonFields.Fields fs, String key) {
        JsonFields.Field f = fs.byName().get(key);
        if (f == null) {
            for (JsonFields.Field candidate : fs.list()) {
                if (foldEquals(candidate.name(), key)) {
                    f = candidate;
                    break;
                }
            }
        }
        if (f == null) {
            if (disallowUnknown) {
                save(JsonFailure.message("json: unknown field " + Quoting.quote(key)));
            }
            skipValue();
            return;
        }
        // Down the embedded structs to the one that holds the field, allocating nil embedded pointers.
        StructValue holder = sv;
        StructType.Field[] path = f.path();
        for (int i = 0; i < path.length - 1; i++) {
            StructType.Field e = path[i];
            Object inner = holder.fieldValue(e);
            if (inner == null) {
                GoType elem = ((PointerType) e.type().underlying()).elem;
                if (!e.exported()) {
                    save(JsonFailure.message("json: cannot set embedded pointer to unexported struct: "
                                    + ValueEncoder.typeName(elem)));
                    skipValue();
                    return;
                }
                inner = ZeroValue.of(elem);
                holder.refs[e.slot()] = inner;
            }
            holder = (StructValue) inner;
        }
        StructType.Field last = path[path.length - 1];
        GoType savedStruct = contextStruct;
        int depth = fieldStack.size();
        fieldStack.add(f.name());
        contextStruct = t;
        Object v;
        try {
            v = f.quoted() ? quotedValue(last.type(), holder.fieldValue(last)) : value(last.type(), holder.fieldValue(last));
        } catch (JsonFailure failure) {
            if (failure.partial != JsonFailure.NO_PARTIAL) {
                setField(holder, last, failure.partial);
            }
            throw failure; // the error's context is this field's, so the stack stays as it is
        }
        setField(holder, last, v);
        fieldStack.subList(depth, fieldStack.size()).clear();
        contextStruct = savedStruct;
    }

    private static void setField(StructValue holder, StructType.Field f, Object v) {
        if (f.primitive()) {
            holder.prims[f.slot()] = PrimWords.unbox(f.type().rep(), v);
        } else if (Aggregates.isAggregate(f.type())) {
            holder.refs[f.slot()] = Aggregates.storedInto(f.type(), holder.refs[f.slot()], v);
        } else {
            holder.refs[f.slot()] = v;
        }
    }

    /** A field tagged ",string": its value is a JSON string holding the literal (or null). */
    private Object quotedValue(GoType t, Object cur) {
        int start = pos;
        int c = b[pos];
        skipValue();
        if (c == 'n') {
            return literal(t, cur, b, start, pos, false);
        }
        if (c != '"') {
            save(JsonFailure.message("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into "
                            + ValueEncoder.typeName(t)));
            return cur;
        }
        byte[] inner = ByteStrings.bytes(unquote(b, start, pos));
        return literal(t, cur, inner, 0, inner.length, true);
    }

    /** Go's case-insensitive match of an object key to a field name. */
    private static boolean foldEquals(String name, String key) {
        if (isAscii(name) && isAscii(key)) {
            return name.equalsIgnoreCase(key);
        }
        // byte strings: Latin-1 case pairs among UTF-8's bytes must not count, so compare the runes
        return ByteStrings.toJava(name).equalsIgnoreCase(ByteStrings.toJava(key));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Arrays

    private Object array(GoType t, Object cur) {
        int start = pos;
        GoType u = t.underlying();
        if (isEmptyInterface(u)) {
            return anyValue();
        }
        if (u instanceof SliceType st) {
            return slice(st.elem, (Slice) cur);
        }
        if (u instanceof ArrayType at) {
            int n = (int) at.length;
            Object arr = Aggregates.backing(cur);
            int off = Aggregates.start(cur);
            int i = elements((index) -> {
                if (index < n) {
                    Object v;
                    try {
                        v = value(at.elem, Aggregates.getSigned(arr, off + index, at.elem));
                    } catch (JsonFailure f) {
                        if (f.partial != JsonFailure.NO_PARTIAL) {
                            Aggregates.setElement(at.elem, arr, off + index, f.partial);
                        }
                        f.partial = JsonFailure.NO_PARTIAL;
                        throw f;
                    }
                    Aggregates.setElement(at.elem, arr, off + index, v);
                } else {
                    skipValue();
                }
            });
            for (; i < n; i++) {
                Aggregates.setElement(at.elem, arr, off + i, ZeroValue.of(at.elem));
            }
            return cur;
        }
        skipValue();
        typeError("array", t, start + 1);
        return cur;
    }

    private interface Element {
        void decode(int index);
    }

    /** Walks an array's elements (element must read each); returns how many there were. */
    private int elements(Element element) {
        pos++; // [
        skipSpace();
        if (b[pos] == ']') {
            pos++;
            return 0;
        }
        int i = 0;
        for (;;) {
            element.decode(i++);
            skipSpace();
            if (b[pos++] == ']') {
                return i;
            }
        }
    }

    /** Go reuses the slice's array while it has room and grows it by half (at least to 4) when not. */
    private Slice slice(GoType elem, Slice s) {
        Object[] arr = {s == null ? null : s.array};
        int[] off = {s == null ? 0 : s.offset};
        int[] len = {s == null ? 0 : s.len};
        int[] cap = {s == null ? 0 : s.cap};
        int n = elements((i) -> {
            if (i >= cap[0]) {
                int newCap = Math.max(cap[0] + cap[0] / 2, 4);
                Object grown = Aggregates.newArray(elem, newCap);
                for (int k = 0; k < len[0]; k++) {
                    Aggregates.setElement(elem, grown, k, Aggregates.getSigned(arr[0], off[0] + k, elem));
                }
                arr[0] = grown;
                off[0] = 0;
                cap[0] = newCap;
            }
            if (i >= len[0]) {
                len[0] = i + 1;
            }
            Object v;
            try {
                v = value(elem, Aggregates.getSigned(arr[0], off[0] + i, elem));
            } catch (JsonFailure f) {
                if (f.partial != JsonFailure.NO_PARTIAL) {
                    Aggregates.setElement(elem, arr[0], off[0] + i, f.partial);
                }
                f.partial = new Slice(arr[0], off[0], len[0], cap[0]); // as long as Go had made it
                throw f;
            }
            Aggregates.setElement(elem, arr[0], off[0] + i, v);
        });
        if (n == 0 && s == null) {
            return new Slice(Aggregates.newArray(elem, 0), 0, 0, 0);
        }
        if (arr[0] == null) {
            return s;
        }
        return new Slice(arr[0], off[0], n, cap[0]);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Literals

    /** The literal text[start, end) into a slot of type t holding cur; fromQuoted: it came from a ",string" field. */
    private Object literal(GoType t, Object cur, byte[] text, int start, int end, boolean fromQuoted) {
        String item = ByteStrings.fromBytes(text, start, end - start);
        long offset = pos;
        if (item.isEmpty()) {
            save(stringTagMisuse(item, t));
            return cur;
        }
        GoType u = t.underlying();
        int c = item.charAt(0);
        if (u instanceof PointerType pt && c != 'n') {
            // only a ",string" field's literal gets here through a pointer: it goes where the pointer points
            Object p = cur != null ? cur : allocate(pt.elem);
            store(pt.elem, p, literal(pt.elem, load(pt.elem, p), text, start, end, fromQuoted));
            return p;
        }
        switch (c) {
            case 'n' -> {
                if (fromQuoted && !item.equals("null")) {
                    save(stringTagMisuse(item, t));
                    return cur;
                }
                if (u instanceof InterfaceType || u instanceof PointerType || u instanceof MapType || u instanceof SliceType) {
                    return null;
                }
                return cur;
            }
            case 't', 'f' -> {
                boolean v = c == 't';
                if (fromQuoted && !item.equals("true") && !item.equals("false")) {
                    save(stringTagMisuse(item, t));
                    return cur;
                }
                if (u instanceof BasicType bt && bt.kind().isBoolean()) {
                    return v;
                }
                if (isEmptyInterface(u)) {
                    return new Iface(Types.BOOL, v);
                }
                if (fromQuoted) {
                    save(stringTagMisuse(item, t));
                } else {
                    typeError("bool", t, offset);
                }
                return cur;
            }
            case '"' -> {
                if (fromQuoted && !SyntaxCheck.isString(text, start, end)) {
                    throw stringTagMisuse(item, t);
                }
                String s = unquote(text, start, end);
                if (u instanceof SliceType st && st.elem.underlying() instanceof BasicType eb && eb.kind() == Kind.UINT8) {
                    byte[] decoded;
                    try {
                        decoded = Base64Text.decode(s);
                    } catch (JsonFailure f) {
                        save(f);
                        return cur;
                    }
                    return new Slice(decoded, 0, decoded.length, decoded.length);
                }
                if (u instanceof BasicType bt && bt.kind().isString()) {
                    if (t == numberType && !SyntaxCheck.isNumber(ByteStrings.bytes(s), 0, s.length())) {
                        throw JsonFailure.message("json: invalid number literal, trying to unmarshal " + Quoting.quote(item)
                                        + " into Number");
                    }
                    return s;
                }
                if (isEmptyInterface(u)) {
                    return new Iface(Types.STRING, s);
                }
                typeError("string", t, offset);
                return cur;
            }
            default -> {
                if (c != '-' && (c < '0' || c > '9')) {
                    throw stringTagMisuse(item, t);
                }
                if (isEmptyInterface(u)) {
                    return anyNumber(item, offset);
                }
                if (u instanceof BasicType bt) {
                    Kind k = bt.kind();
                    if (k.isInteger()) {
                        Long n = integer(k, item);
                        if (n == null) {
                            typeError("number " + item, t, offset);
                            return cur;
                        }
                        return n;
                    }
                    if (k.isFloat()) {
                        Double d = floating(item, k == Kind.FLOAT32);
                        if (d == null) {
                            typeError("number " + item, t, offset);
                            return cur;
                        }
                        return d;
                    }
                    if (k.isString() && t == numberType) {
                        return item;
                    }
                }
                if (fromQuoted) {
                    throw stringTagMisuse(item, t);
                }
                typeError("number", t, offset);
                return cur;
            }
        }
    }

    /** An integer of kind k from decimal text, or null if it is not one or does not fit. */
    private static Long integer(Kind k, String s) {
        try {
            if (k.isUnsigned()) {
                long v = Long.parseUnsignedLong(s);
                int bits = k.bits();
                return bits < 64 && (v >>> bits) != 0 ? null : v;
            }
            long v = Long.parseLong(s);
            int bits = k.bits();
            return bits < 64 && (v << (64 - bits)) >> (64 - bits) != v ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A float from JSON number text, rounded once to the size asked for; null when out of range. */
    private static Double floating(String s, boolean float32) {
        double d = float32 ? Float.parseFloat(s) : Double.parseDouble(s);
        return Double.isInfinite(d) ? null : d;
    }

    private Object anyNumber(String item, long offset) {
        if (useNumber) {
            return new Iface(numberType, item);
        }
        Double d = floating(item, false);
        if (d == null) {
            typeError("number " + item, Types.FLOAT64, offset);
            return null;
        }
        return new Iface(Types.FLOAT64, d);
    }

    // ---------------------------------------------------------------------------------------------------------
    // interface{} values

    /** The value at pos as an interface{} holds it: map[string]interface{}, []interface{}, float64, ... */
    private Iface anyValue() {
        skipSpace();
        switch (b[pos]) {
            case '{' -> {
                GoMap m = new GoMap();
                members((key, keyStart) -> m.put(key, anyValue()));
                return new Iface(MAP_OF_ANY, m);
            }
            case '[' -> {
                List<Object> list = new ArrayList<>();
                elements((i) -> list.add(anyValue()));
                Object[] arr = list.toArray();
                return new Iface(SLICE_OF_ANY, new Slice(arr, 0, arr.length, arr.length));
            }
            default -> {
                int start = pos;
                skipValue();
                int c = b[start];
                return switch (c) {
                    case 'n' -> null;
                    case 't' -> new Iface(Types.BOOL, true);
                    case 'f' -> new Iface(Types.BOOL, false);
                    case '"' -> new Iface(Types.STRING, unquote(b, start, pos));
                    default -> (Iface) anyNumber(ByteStrings.fromBytes(b, start, pos - start), pos);
                };
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Text

    /** Moves pos past the value that starts at pos (valid JSON). */
    private void skipValue() {
        skipSpace();
        int depth = 0;
        do {
            int c = b[pos];
            if (c == '"') {
                pos++;
                while (b[pos] != '"') {
                    pos += b[pos] == '\\' ? 2 : 1;
                }
                pos++;
            } else if (c == '{' || c == '[') {
                depth++;
                pos++;
            } else if (c == '}' || c == ']') {
                depth--;
                pos++;
            } else if (c == ',' || c == ':' || SyntaxCheck.isSpace(c)) {
                pos++;
            } else {
                while (pos < b.length && "-+.0123456789eEtruefalsn".indexOf(b[pos]) >= 0) {
                    pos++;
                }
            }
        } while (depth > 0);
    }

    /**
     * The content of the JSON string text[start, end) as a byte string: escapes resolved, UTF-16 surrogate pairs
     * joined, lone surrogates and invalid UTF-8 made U+FFFD.
     */
    static String unquote(byte[] text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        String raw = ByteStrings.fromBytes(text, start + 1, end - start - 2);
        int n = raw.length();
        for (int i = 0; i < n;) {
            int c = raw.charAt(i);
            if (c == '\\') {
                int e = raw.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int r = Integer.parseInt(raw.substring(i, i + 4), 16);
                        i += 4;
                        if (r >= 0xD800 && r < 0xE000) {
                            int low = -1;
                            if (i + 6 <= n && raw.charAt(i) == '\\' && raw.charAt(i + 1) == 'u') {
                                low = Integer.parseInt(raw.substring(i + 2, i + 6), 16);
                            }
                            if (r < 0xDC00 && low >= 0xDC00 && low < 0xE000) {
                                r = 0x10000 + ((r - 0xD800) << 10) + (low - 0xDC00);
                                i += 6;
                            } else {
                                r = 0xFFFD;
                            }
                        }
                        sb.append(ByteStrings.encodeRune(r));
                    }
                    default -> sb.append((char) e);
                }
            } else if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else {
                long rw = ByteStrings.decodeRune(raw, i);
                int w = (int) (rw & 0xFF);
                if ((rw >> 8) == 0xFFFD && w == 1) {
                    sb.append(ByteStrings.encodeRune(0xFFFD));
                } else {
                    sb.append(raw, i, i + w);
                }
                i += w;
            }
        }
        return sb.toString();
    }
}
