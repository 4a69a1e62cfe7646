package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.GoContext;
import gosub.language.GoLanguage;
import gosub.language.stdlib.fmt.MethodInvoker;
import gosub.language.stdlib.fmt.Printer;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.ByteStrings;
import gosub.language.values.FuncValue;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.MapKey;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;
import gosub.runtime.Channel;
import gosub.runtime.FatalError;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A Go value with its Go type, as other languages see it. What it offers follows the type: slices and arrays are
 * arrays ({@code []byte} a buffer too), maps are hashes, structs and pointers to structs have their exported fields
 * as members, funcs are executable, channels have {@code send}, {@code receive}, {@code close}, {@code len} and
 * {@code cap} and iterate until closed, numbers of defined types are numbers. Every value's exported methods are
 * invocable members, its display string is what {@code %v} prints and its meta object is its type, named as
 * {@code %T} prints it. Go code behind a message (a method, a function, a blocking channel operation) runs as a
 * goroutine of the context ({@link GoCalls}).
 */
@ExportLibrary(InteropLibrary.class)
public final class GoValue extends GoObject {
    final GoContext ctx;
    final GoType type;
    final Object value;
    /**
     * A debugger's view ({@link GoToHost#exportForDebugger}): unexported fields are members too (internal ones, and
     * read-only), and what the value contains is seen the same way.
     */
    final boolean debugView;

    GoValue(GoContext ctx, GoType type, Object value) {
        this(ctx, type, value, false);
    }

    GoValue(GoContext ctx, GoType type, Object value, boolean debugView) {
        this.ctx = ctx;
        this.type = type;
        this.value = value;
        this.debugView = debugView;
    }

    /** A value this one contains (an element, an entry, a field), seen as this one is. */
    private Object inner(GoType t, Object v) {
        return debugView ? GoToHost.exportForDebugger(ctx, t, v) : GoToHost.export(ctx, t, v);
    }

    // ------------------------------------------------------------------ every value

    @Override
    protected String displayString(boolean allowSideEffects) {
        if (value == null && type.underlying() instanceof gosub.language.types.InterfaceType) {
            return "<nil>"; // only a debugger's view holds a nil interface
        }
        Object[] operand = {new Iface(type, value)};
        if (!allowSideEffects || debugView) {
            // a debugger shows the value itself, as Delve does: running its String method could block or change it
            return ByteStrings.toJava(Printer.sprint(operand, MethodInvoker.NONE));
        }
        // String and Error methods are Go code: they run as a goroutine
        return ByteStrings.toJava((String) GoCalls.run(ctx, "fmt.Sprint", g -> Printer.sprint(operand, ctx.methodInvoker(g))));
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return new GoTypeObject(ctx, type);
    }

    @ExportMessage
    boolean isNull() {
        GoType u = type.underlying();
        return value == null && (u instanceof gosub.language.types.InterfaceType || u instanceof PointerType || u instanceof SliceType || u instanceof MapType || u instanceof FuncType || u instanceof ChanType);
    }

    // ------------------------------------------------------------------ booleans and strings of defined types

    @ExportMessage
    boolean isBoolean() {
        return type.isBoolean();
    }

    @ExportMessage
    boolean asBoolean() throws UnsupportedMessageException {
        if (!type.isBoolean()) {
            throw UnsupportedMessageException.create();
        }
        return (Boolean) value;
    }

    @ExportMessage
    boolean isString() {
        return type.isString();
    }

    @ExportMessage
    @TruffleBoundary
    String asString() throws UnsupportedMessageException {
        if (!type.isString()) {
            throw UnsupportedMessageException.create();
        }
        return ByteStrings.toJava((String) value);
    }

    // ------------------------------------------------------------------ numbers

    /** The number as an interop primitive (a BigInteger for an unsigned value above 2^63-1), or null. */
    @TruffleBoundary
    private Object number() {
        if (type.isInteger() && value instanceof Long l) {
            return type.isUnsigned() && l < 0 ? new BigInteger(Long.toUnsignedString(l)) : l;
        }
        if (type.isFloat() && value instanceof Double) {
            return value;
        }
        return null;
    }

    private static InteropLibrary numbers() {
        return InteropLibrary.getUncached();
    }

    /** Whether the floating-point d is exactly the integer b (2^63 is; 2^64-1 is not). */
    private static boolean exactIn(BigInteger b, double d) {
        return !Double.isInfinite(d) && new java.math.BigDecimal(d).toBigIntegerExact().equals(b);
    }

    private Object numberOrFail() throws UnsupportedMessageException {
        Object n = number();
        if (n == null) {
            throw UnsupportedMessageException.create();
        }
        return n;
    }

    @ExportMessage
    boolean isNumber() {
        return number() != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInByte() {
        Object n = number();
        return n != null && !(n instanceof BigInteger) && numbers().fitsInByte(n);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInShort() {
        Object n = number();
        return n != null && !(n instanceof BigInteger) && numbers().fitsInShort(n);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInInt() {
        Object n = number();
        return n != null && !(n instanceof BigInteger) && numbers().fitsInInt(n);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInLong() {
        Object n = number();
        return n != null && !(n instanceof BigInteger) && numbers().fitsInLong(n);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInFloat() {
        Object n = number();
        return n instanceof BigInteger b ? exactIn(b, b.floatValue()) : n != null && numbers().fitsInFloat(n);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        Object n = number();
        return n instanceof BigInteger b ? exactIn(b, b.doubleValue()) : n != null && numbers().fitsInDouble(n);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInBigInteger() {
        Object n = number();
        return n instanceof BigInteger || n != null && numbers().fitsInBigInteger(n);
    }

    @ExportMessage
    @TruffleBoundary
    byte asByte() throws UnsupportedMessageException {
        Object n = numberOrFail();
        if (n instanceof BigInteger) {
            throw UnsupportedMessageException.create();
        }
        return numbers().asByte(n);
    }

    @ExportMessage
    @TruffleBoundary
    short asShort() throws UnsupportedMessageException {
        Object n = numberOrFail();
        if (n instanceof BigInteger) {
            throw UnsupportedMessageException.create();
        }
        return numbers().asShort(n);
    }

    @ExportMessage
    @TruffleBoundary
    int asInt() throws UnsupportedMessageException {
        Object n = numberOrFail();
        if (n instanceof BigInteger) {
            throw UnsupportedMessageException.create();
        }
        return numbers().asInt(n);
    }

    @ExportMessage
    @TruffleBoundary
    long asLong() throws UnsupportedMessageException {
        Object n = numberOrFail();
        if (n instanceof BigInteger) {
            throw UnsupportedMessageException.create();
        }
        return numbers().asLong(n);
    }

    @ExportMessage
    @TruffleBoundary
    float asFloat() throws UnsupportedMessageException {
        Object n = numberOrFail();
        if (n instanceof BigInteger b) {
            if (!exactIn(b, b.floatValue())) {
                throw UnsupportedMessageException.create();
            }
            return b.floatValue();
        }
        return numbers().asFloat(n);
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        Object n = numberOrFail();
        if (n instanceof BigInteger b) {
            if (!exactIn(b, b.doubleValue())) {
                throw UnsupportedMessageException.create();
            }
            return b.doubleValue();
        }
        return numbers().asDouble(n);
    }

    @ExportMessage
    @TruffleBoundary
    BigInteger asBigInteger() throws UnsupportedMessageException {
        Object n = numberOrFail();
        return n instanceof BigInteger b ? b : numbers().asBigInteger(n);
    }

    // ------------------------------------------------------------------ slices and arrays

    /** The element type of a slice or array type, else null. */
    private GoType elemType() {
        GoType u = type.underlying();
        if (u instanceof SliceType st) {
            return st.elem;
        }
        if (u instanceof ArrayType at) {
            return at.elem;
        }
        return null;
    }

    private Object backing() {
        return value instanceof Slice s ? s.array : value;
    }

    private int offset() {
        return value instanceof Slice s ? s.offset : 0;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return elemType() != null;
    }

    @ExportMessage
    long getArraySize() throws UnsupportedMessageException {
        GoType u = type.underlying();
        if (u instanceof SliceType) {
            return value == null ? 0 : ((Slice) value).len;
        }
        if (u instanceof ArrayType at) {
            return at.length;
        }
        throw UnsupportedMessageException.create();
    }

    private boolean inBounds(long i) {
        try {
            return elemType() != null && i >= 0 && i < getArraySize();
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }

    @ExportMessage
    boolean isArrayElementReadable(long i) {
        return inBounds(i);
    }

    @ExportMessage
    boolean isArrayElementModifiable(long i) {
        return inBounds(i);
    }

    @ExportMessage
    boolean isArrayElementInsertable(long i) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long i) throws UnsupportedMessageException, InvalidArrayIndexException {
        GoType elem = elemType();
        if (elem == null) {
            throw UnsupportedMessageException.create();
        }
        if (!inBounds(i)) {
            throw InvalidArrayIndexException.create(i);
        }
        return inner(elem, Aggregates.getSigned(backing(), offset() + (int) i, elem));
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long i, Object v) throws UnsupportedMessageException, InvalidArrayIndexException, UnsupportedTypeException {
        GoType elem = elemType();
        if (elem == null) {
            throw UnsupportedMessageException.create();
        }
        if (!inBounds(i)) {
            throw InvalidArrayIndexException.create(i);
        }
        Object x = HostToGo.convertOrThrow(ctx, elem, v, "element " + i + " of " + type);
        Aggregates.setElement(elem, backing(), offset() + (int) i, x); // a struct or array element: into its storage
    }

    // ------------------------------------------------------------------ []byte as a buffer

    private boolean isBytes() {
        GoType e = elemType();
        return e != null && e.underlying() instanceof BasicType b && b.kind() == Kind.UINT8;
    }

    /** The bytes as a little window on the backing array: reads and writes go to the Go value. */
    private ByteBuffer bytes(ByteOrder order) throws UnsupportedMessageException {
        if (!isBytes()) {
            throw UnsupportedMessageException.create();
        }
        if (value == null) {
            return ByteBuffer.allocate(0);
        }
        int len = (int) getArraySize();
        return ByteBuffer.wrap((byte[]) backing(), offset(), len).slice().order(order);
    }

    /** The bytes in the given order, positioned at offset, where size bytes are to be read or written. */
    private ByteBuffer window(ByteOrder order, long offset, int size) throws UnsupportedMessageException,
                    InvalidBufferOffsetException {
        ByteBuffer b = bytes(order);
        if (offset < 0 || offset > b.limit() - size) {
            throw InvalidBufferOffsetException.create(offset, size);
        }
        return b.position((int) offset);
    }

    @ExportMessage
    boolean hasBufferElements() {
        return isBytes();
    }

    @ExportMessage
    boolean isBufferWritable() {
        return isBytes();
    }

    @ExportMessage
    @TruffleBoundary
    long getBufferSize() throws UnsupportedMessageException {
        return bytes(ByteOrder.BIG_ENDIAN).limit();
    }

    @ExportMessage
    @TruffleBoundary
    void readBuffer(long offset, byte[] dest, int destOffset, int length) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(ByteOrder.BIG_ENDIAN, offset, length).get(dest, destOffset, length);
    }

    @ExportMessage
    @TruffleBoundary
    byte readBufferByte(long offset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return window(ByteOrder.BIG_ENDIAN, offset, 1).get();
    }

    @ExportMessage
    @TruffleBoundary
    void writeBufferByte(long offset, byte v) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(ByteOrder.BIG_ENDIAN, offset, 1).put(v);
    }

    @ExportMessage
    @TruffleBoundary
    short readBufferShort(ByteOrder order, long offset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return window(order, offset, 2).getShort();
    }

    @ExportMessage
    @TruffleBoundary
    void writeBufferShort(ByteOrder order, long offset, short v) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(order, offset, 2).putShort(v);
    }

    @ExportMessage
    @TruffleBoundary
    int readBufferInt(ByteOrder order, long offset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return window(order, offset, 4).getInt();
    }

    @ExportMessage
    @TruffleBoundary
    void writeBufferInt(ByteOrder order, long offset, int v) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(order, offset, 4).putInt(v);
    }

    @ExportMessage
    @TruffleBoundary
    long readBufferLong(ByteOrder order, long offset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return window(order, offset, 8).getLong();
    }

    @ExportMessage
    @TruffleBoundary
    void writeBufferLong(ByteOrder order, long offset, long v) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(order, offset, 8).putLong(v);
    }

    @ExportMessage
    @TruffleBoundary
    float readBufferFloat(ByteOrder order, long offset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return window(order, offset, 4).getFloat();
    }

    @ExportMessage
    @TruffleBoundary
    void writeBufferFloat(ByteOrder order, long offset, float v) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(order, offset, 4).putFloat(v);
    }

    @ExportMessage
    @TruffleBoundary
    double readBufferDouble(ByteOrder order, long offset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return window(order, offset, 8).getDouble();
    }

    @ExportMessage
    @TruffleBoundary
    void writeBufferDouble(ByteOrder order, long offset, double v) throws UnsupportedMessageException, InvalidBufferOffsetException {
        window(order, offset, 8).putDouble(v);
    }

    // ------------------------------------------------------------------ maps

    private MapType mapType() {
        return type.underlying() instanceof MapType mt ? mt : null;
    }

    /** The map's Java key for a key from another language, or null if it is no key of the map's key type. */
    @TruffleBoundary
    private Object mapKey(Object key) {
        try {
            return MapKey.of(mapType().key, HostToGo.convert(ctx, mapType().key, key, "map key"));
        } catch (HostToGo.Mismatch e) {
            return null;
        }
    }

    @ExportMessage
    boolean hasHashEntries() {
        return mapType() != null;
    }

    @ExportMessage
    long getHashSize() throws UnsupportedMessageException {
        if (mapType() == null) {
            throw UnsupportedMessageException.create();
        }
        return value == null ? 0 : ((GoMap) value).size();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryReadable(Object key) {
        if (mapType() == null || value == null) {
            return false;
        }
        Object k = mapKey(key);
        return k != null && lookup((GoMap) value, k) != GoMap.MISSING;
    }

    @ExportMessage
    boolean isHashEntryModifiable(Object key) {
        return isHashEntryReadable(key);
    }

    @ExportMessage
    boolean isHashEntryRemovable(Object key) {
        return isHashEntryReadable(key);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        // a nil map cannot take entries (Go panics: assignment to entry in nil map)
        return mapType() != null && value != null && mapKey(key) != null && !isHashEntryReadable(key);
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        MapType mt = mapType();
        if (mt == null) {
            throw UnsupportedMessageException.create();
        }
        Object k = mapKey(key);
        Object v = value == null || k == null ? GoMap.MISSING : lookup((GoMap) value, k);
        if (v == GoMap.MISSING) {
            throw UnknownKeyException.create(key);
        }
        return inner(mt.value, v);
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object v) throws UnsupportedMessageException, UnsupportedTypeException {
        MapType mt = mapType();
        if (mt == null || value == null) {
            throw UnsupportedMessageException.create();
        }
        Object k = MapKey.of(mt.key, HostToGo.convertOrThrow(ctx, mt.key, key, "map key of " + type));
        Object converted = HostToGo.convertOrThrow(ctx, mt.value, v, "map value of " + type);
        try {
            ((GoMap) value).put(k, converted);
        } catch (FatalError f) {
            throw fatal(f);
        }
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (mapType() == null) {
            throw UnsupportedMessageException.create();
        }
        Object k = mapKey(key);
        if (value == null || k == null || lookup((GoMap) value, k) == GoMap.MISSING) {
            throw UnknownKeyException.create(key);
        }
        try {
            ((GoMap) value).remove(k);
        } catch (FatalError f) {
            throw fatal(f);
        }
    }

    /**
     * A host thread that reads the map while a goroutine writes it meets Go's fatal error: it reaches the embedder as
     * one (a Go exception with Go's message), not as an internal error of the language.
     */
    private static Object lookup(GoMap m, Object k) {
        try {
            return m.lookup(k);
        } catch (FatalError f) {
            throw fatal(f);
        }
    }

    private static GoGuestException fatal(FatalError f) {
        return GoGuestException.fatal("fatal error: " + f.getMessage());
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() throws UnsupportedMessageException {
        MapType mt = mapType();
        if (mt == null) {
            throw UnsupportedMessageException.create();
        }
        GoMap m = (GoMap) value;
        // like a range loop: a snapshot of the keys in no fixed order; entries deleted meanwhile are skipped
        Iterator<Object> keys;
        try {
            keys = m == null ? List.of().iterator() : m.keysForRange().iterator();
        } catch (FatalError f) {
            throw fatal(f);
        }
        return new GoIterator(() -> {
            while (keys.hasNext()) {
                Object k = keys.next();
                Object v;
                try {
                    v = m.lookupWhileRanging(k);
                } catch (FatalError f) {
                    throw fatal(f);
                }
                if (v != GoMap.MISSING) {
                    return new HostArray(new Object[] {inner(mt.key, MapKey.unwrap(k)), inner(mt.value, v)});
                }
            }
            return GoIterator.END;
        });
    }

    // ------------------------------------------------------------------ members: fields and methods

    /** The struct whose fields are members: a struct value, or the one a non-nil pointer to a struct points to. */
    private StructValue struct() {
        if (value instanceof StructValue sv && (type.underlying() instanceof StructType
                        || type.underlying() instanceof PointerType p && p.elem.underlying() instanceof StructType)) {
            return sv;
        }
        return null;
    }

    /** A field and the struct that holds it: this value's own, or an embedded struct's for a promoted field. */
    private record Place(StructValue holder, StructType.Field field) {
    }

    /**
     * The field name selects, by Go's rules for promoted fields: the shallowest depth of embedding wins, two at the
     * same depth are ambiguous (no field then); an embedded nil pointer has nothing to promote.
     */
    private Place place(String name) {
        StructValue sv = struct();
        if (sv == null || !(debugView || MethodSets.isExported(name))) {
            return null;
        }
        List<StructValue> level = List.of(sv);
        java.util.Set<StructValue> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!level.isEmpty()) {
            Place found = null;
            int count = 0;
            List<StructValue> next = new ArrayList<>();
            for (StructValue s : level) {
                if (!seen.add(s)) {
                    continue; // a struct that embeds a pointer to itself
                }
                for (StructType.Field f : s.type.fields) {
                    if (f.name().equals(name)) {
                        count++;
                        found = new Place(s, f);
                    } else if (f.embedded() && s.fieldValue(f) instanceof StructValue inner) {
                        next.add(inner);
                    }
                }
            }
            if (count > 0) {
                return count == 1 ? found : null;
            }
            level = next;
        }
        return null;
    }

    private StructType.Field field(String name) {
        Place p = place(name);
        return p == null ? null : p.field();
    }

    /** The exported fields embedded structs promote (those {@link #place} selects), shallowest first. */
    private List<String> promotedFieldNames(List<String> own) {
        List<String> out = new ArrayList<>();
        java.util.ArrayDeque<StructValue> queue = new java.util.ArrayDeque<>(List.of(struct()));
        java.util.Set<StructValue> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!queue.isEmpty()) {
            StructValue s = queue.poll();
            if (!seen.add(s)) {
                continue; // a struct that embeds a pointer to itself
            }
            for (StructType.Field f : s.type.fields) {
                String n = f.name();
                if (MethodSets.isExported(n) && !own.contains(n) && !out.contains(n) && place(n) != null) {
                    out.add(n);
                }
                if (f.embedded() && s.fieldValue(f) instanceof StructValue inner) {
                    queue.add(inner);
                }
            }
        }
        return out;
    }

    private Map<String, FuncType> methods() {
        return MethodSets.exported(ctx.methods, type);
    }

    private ChanType chanType() {
        return type.underlying() instanceof ChanType ct ? ct : null;
    }

    private static final List<String> CHANNEL_MEMBERS = List.of("send", "receive", "close", "len", "cap");

    @ExportMessage
    @TruffleBoundary
    boolean hasMembers() {
        return struct() != null || chanType() != null || !methods().isEmpty();
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<String> names = new ArrayList<>();
        StructValue sv = struct();
        if (sv != null) {
            for (StructType.Field f : sv.type.fields) {
                if (MethodSets.isExported(f.name()) || debugView && includeInternal) {
                    names.add(f.name());
                }
            }
            if (!debugView) {
                names.addAll(promotedFieldNames(names));
            }
        }
        if (debugView) {
            return new HostArray(names.toArray(String[]::new)); // a debugger lists data, as Delve does
        }
        if (chanType() != null) {
            names.addAll(CHANNEL_MEMBERS);
        }
        names.addAll(methods().keySet());
        return new HostArray(names.toArray(String[]::new));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return field(member) != null || isMemberInvocable(member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return field(member) != null && MethodSets.isExported(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        ChanType ct = chanType();
        if (ct != null && CHANNEL_MEMBERS.contains(member)) {
            return true;
        }
        return methods().containsKey(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Place p = place(member);
        if (p != null) {
            return inner(p.field().type(), p.holder().fieldValue(p.field()));
        }
        if (isMemberInvocable(member)) {
            return new BoundMethod(this, member);
        }
        throw UnknownIdentifierException.create(member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object v) throws UnknownIdentifierException, UnsupportedTypeException {
        Place p = place(member);
        if (p == null || !MethodSets.isExported(member)) {
            throw UnknownIdentifierException.create(member);
        }
        StructType.Field f = p.field();
        Object x = HostToGo.convertOrThrow(ctx, f.type(), v, "field " + member + " of " + type);
        StructValue sv = p.holder();
        if (f.primitive()) {
            sv.prims[f.slot()] = StructValue.primBits(f.type(), x);
        } else {
            // a struct or array goes into the field's storage: Go pointers to it see x
            sv.refs[f.slot()] = Aggregates.isAggregate(f.type()) ? Aggregates.storedInto(f.type(), sv.refs[f.slot()], x) : x;
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] args) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (chanType() != null && CHANNEL_MEMBERS.contains(member)) {
            return ChannelOps.invoke(this, member, args);
        }
        FuncType sig = methods().get(member);
        if (sig == null) {
            throw UnknownIdentifierException.create(member);
        }
        String name = type + "." + member;
        return GoCalls.call(ctx, name, sig, null, args, (g, params) -> {
            var m = ctx.methods.resolve(type, member);
            Object[] a = new Object[params.length + 1];
            a[0] = m.receiverSlow(value);
            System.arraycopy(params, 0, a, 1, params.length);
            return m.target().call((com.oracle.truffle.api.nodes.Node) null, gosub.language.nodes.GoArguments.of(g, null, a));
        });
    }

    // ------------------------------------------------------------------ funcs

    @ExportMessage
    boolean isExecutable() {
        return type.underlying() instanceof FuncType && value instanceof FuncValue;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] args) throws UnsupportedMessageException, ArityException, UnsupportedTypeException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        FuncValue f = (FuncValue) value;
        return GoCalls.call(ctx, f.name, (FuncType) type.underlying(), null, args,
                        (g, params) -> f.target.call((com.oracle.truffle.api.nodes.Node) null, gosub.language.nodes.GoArguments.of(g, f.env, params)));
    }

    // ------------------------------------------------------------------ channels: an iterator that receives

    @ExportMessage
    boolean hasIterator() {
        return chanType() != null && value != null && chanType().dir != gosub.ast.Expr.ChanDir.SEND;
    }

    @ExportMessage
    Object getIterator() throws UnsupportedMessageException {
        if (!hasIterator()) {
            throw UnsupportedMessageException.create();
        }
        return new GoIterator(() -> {
            Object v = ChannelOps.receive(this, true);
            return v == Channel.CLOSED ? GoIterator.END : v;
        });
    }
}
