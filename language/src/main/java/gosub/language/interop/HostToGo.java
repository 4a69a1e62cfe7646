package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import gosub.language.GoContext;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.ByteStrings;
import gosub.language.values.FuncValue;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.MapKey;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.math.BigInteger;

/**
 * A value from another language converted to a Go type, as a Go function's parameter (or a field, element, map
 * entry or channel send) needs it. The Go type decides: arrays and lists become slices and arrays, hashes (and
 * objects' members, for string keys) become maps, objects with members become structs field by field, executables
 * become funcs of the type's signature, and Go values come back as themselves. What does not fit is refused in
 * Go's words, naming where the value was going and both types.
 */
public final class HostToGo {
    private HostToGo() {
    }

    /** A value that does not fit a Go type; the message is Go's (cannot use ... as T value in ...). */
    public static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    /** {@link #convert}, with a mismatch as the interop error for a value of the wrong type. */
    @TruffleBoundary
    static Object convertOrThrow(GoContext ctx, GoType t, Object v, String where) throws UnsupportedTypeException {
        try {
            return convert(ctx, t, v, where);
        } catch (Mismatch e) {
            throw UnsupportedTypeException.create(new Object[] {v}, e.getMessage());
        }
    }

    private static InteropLibrary lib() {
        return InteropLibrary.getUncached();
    }

    /** The Go value of type t for v; where says where it goes ("argument xs to main.Sum"), for the error. */
    @TruffleBoundary
    public static Object convert(GoContext ctx, GoType t, Object v, String where) throws Mismatch {
        try {
            return doConvert(ctx, t, v, where);
        } catch (InteropException e) {
            throw mismatch(t, v, where, null);
        }
    }

    private static Object doConvert(GoContext ctx, GoType t, Object v, String where) throws Mismatch, InteropException {
        InteropLibrary lib = lib();
        GoType u = t.underlying();
        if (ForeignValues.isValueType(ctx, t)) {
            return ForeignValues.value(ctx, t, v); // polyglot.Value takes anything, as it is
        }
        if (v instanceof GoValue gv) {
            if (gv.type == t || gv.type.underlying() == u && !(gv.type.isNamed() && t.isNamed())) {
                return gv.value; // assignable: identical types, or the same underlying type and one of them unnamed
            }
            if (u instanceof InterfaceType it && ctx.methods.implementsIface(gv.type, it)) {
                return new Iface(gv.type, gv.value);
            }
            throw mismatch(t, v, where, null);
        }
        if (u instanceof InterfaceType it) {
            return toInterface(ctx, t, it, v, where);
        }
        if (u instanceof BasicType b) {
            return toBasic(b.kind(), t, v, where);
        }
        if (lib.isNull(v) && (u instanceof SliceType || u instanceof MapType || u instanceof PointerType || u instanceof FuncType)) {
            return null;
        }
        if (u instanceof SliceType st) {
            if (isByte(st.elem) && lib.isString(v)) {
                byte[] b = ByteStrings.bytes(ByteStrings.fromJava(lib.asString(v)));
                return new Slice(b, 0, b.length, b.length);
            }
            if (isByte(st.elem) && lib.hasBufferElements(v) && !lib.hasArrayElements(v)) {
                byte[] b = new byte[(int) lib.getBufferSize(v)];
                for (int i = 0; i < b.length; i++) {
                    b[i] = lib.readBufferByte(v, i);
                }
                return new Slice(b, 0, b.length, b.length);
            }
            if (!lib.hasArrayElements(v)) {
                throw mismatch(t, v, where, null);
            }
            int n = (int) lib.getArraySize(v);
            return new Slice(elements(ctx, st.elem, v, n, where), 0, n, n);
        }
        if (u instanceof ArrayType at) {
            if (!lib.hasArrayElements(v)) {
                throw mismatch(t, v, where, null);
            }
            if (lib.getArraySize(v) != at.length) {
                throw mismatch(t, v, where, "length " + lib.getArraySize(v) + ", want " + at.length);
            }
            return elements(ctx, at.elem, v, (int) at.length, where);
        }
        if (u instanceof MapType mt) {
            return toMap(ctx, t, mt, v, where);
        }
        if (u instanceof StructType st) {
            return toStruct(ctx, t, st, v, where);
        }
        if (u instanceof PointerType pt && pt.elem.underlying() instanceof StructType st) {
            return toStruct(ctx, t, st, v, where); // a pointer to a struct is the struct's storage
        }
        if (u instanceof FuncType ft && lib.isExecutable(v)) {
            return new FuncValue(HostFunctionRoot.target(ctx, ft), v, "host function");
        }
        throw mismatch(t, v, where, null);
    }

    private static boolean isByte(GoType t) {
        return t.underlying() instanceof BasicType b && b.kind() == Kind.UINT8;
    }

    private static Object elements(GoContext ctx, GoType elem, Object v, int n, String where) throws Mismatch, InteropException {
        Object arr = Aggregates.newArray(elem, n);
        for (int i = 0; i < n; i++) {
            Object x = convert(ctx, elem, lib().readArrayElement(v, i), "element " + i + " of " + where);
            Aggregates.set(arr, i, Aggregates.isAggregate(elem) ? Aggregates.copy(elem, x) : x);
        }
        return arr;
    }

    private static Object toInterface(GoContext ctx, GoType t, InterfaceType it, Object v, String where) throws Mismatch, InteropException {
        InteropLibrary lib = lib();
        if (lib.isNull(v)) {
            return null;
        }
        Iface i;
        if (lib.isBoolean(v)) {
            i = new Iface(Types.BOOL, lib.asBoolean(v));
        } else if (lib.isString(v)) {
            i = new Iface(Types.STRING, ByteStrings.fromJava(lib.asString(v)));
        } else if (lib.isNumber(v) && lib.fitsInLong(v) && !(v instanceof Double || v instanceof Float)) {
            i = new Iface(Types.INT, lib.asLong(v));
        } else if (lib.isNumber(v) && lib.fitsInDouble(v)) {
            i = new Iface(Types.FLOAT64, lib.asDouble(v));
        } else {
            // an interface holds Go values; a Java object reaches Go whole only as a polyglot.Value
            throw mismatch(t, v, where, "an interface takes numbers, strings and booleans; declare a polyglot.Value to take any Java value");
        }
        if (!it.methods.isEmpty() && !ctx.methods.implementsIface(i.type, it)) {
            throw mismatch(t, v, where, i.type + " does not implement " + t);
        }
        return i;
    }

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private static Object toBasic(Kind k, GoType t, Object v, String where) throws Mismatch, InteropException {
        InteropLibrary lib = lib();
        if (k.isInteger()) {
            if (!lib.isNumber(v)) {
                throw mismatch(t, v, where, null);
            }
            if (k == Kind.UINT8 && v instanceof Byte b) {
                // a Java byte is an octet (a byte[] of binary data, 0xff stored as -1): its bits are the uint8
                return (long) (b & 0xFF);
            }
            if (lib.fitsInLong(v)) {
                long x = lib.asLong(v);
                int bits = k.bits();
                boolean fits = k.isUnsigned() ? x >= 0 && (bits == 64 || x >>> bits == 0)
                                : bits == 64 || x >> (bits - 1) == 0 || x >> (bits - 1) == -1;
                if (!fits) {
                    throw mismatch(t, v, where, "overflows");
                }
                return x;
            }
            if (k.isUnsigned() && k.bits() == 64 && lib.fitsInBigInteger(v)) {
                BigInteger b = lib.asBigInteger(v);
                if (b.signum() >= 0 && b.compareTo(TWO_TO_64) < 0) {
                    return b.longValue();
                }
            }
            throw mismatch(t, v, where, lib.fitsInDouble(v) ? "truncated or overflows" : "overflows");
        }
        if (k.isFloat()) {
            if (!lib.isNumber(v) || !lib.fitsInDouble(v)) {
                throw mismatch(t, v, where, null);
            }
            double d = lib.asDouble(v);
            if (k == Kind.FLOAT32) {
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw mismatch(t, v, where, "overflows");
                }
                return (double) f;
            }
            return d;
        }
        if (k.isBoolean() && lib.isBoolean(v)) {
            return lib.asBoolean(v);
        }
        if (k.isString() && lib.isString(v)) {
            return ByteStrings.fromJava(lib.asString(v));
        }
        throw mismatch(t, v, where, null);
    }

    private static Object toMap(GoContext ctx, GoType t, MapType mt, Object v, String where) throws Mismatch, InteropException {
        InteropLibrary lib = lib();
        GoMap m = new GoMap();
        if (lib.hasHashEntries(v)) {
            Object it = lib.getHashEntriesIterator(v);
            while (lib.hasIteratorNextElement(it)) {
                Object entry = lib.getIteratorNextElement(it);
                Object k = convert(ctx, mt.key, lib.readArrayElement(entry, 0), "map key in " + where);
                m.put(MapKey.of(mt.key, k), convert(ctx, mt.value, lib.readArrayElement(entry, 1), "map value in " + where));
            }
            return m;
        }
        if (mt.key.isString() && lib.hasMembers(v) && !lib.hasArrayElements(v)) {
            // an object of another language (a JavaScript object, say) as a map from its member names
            Object names = lib.getMembers(v);
            long n = lib.getArraySize(names);
            for (long i = 0; i < n; i++) {
                String name = lib.asString(lib.readArrayElement(names, i));
                if (lib.isMemberReadable(v, name)) {
                    Object x = convert(ctx, mt.value, lib.readMember(v, name), "map value in " + where);
                    m.put(ByteStrings.fromJava(name), x);
                }
            }
            return m;
        }
        throw mismatch(t, v, where, null);
    }

    /**
     * A struct from an object's members or a hash's string keys: each exported field takes the member of its name
     * (or the name with a lower-case first letter, or a getter: Java's conventions, so that a Java record or bean
     * fits); a field with no member keeps its zero value, as in a composite literal that leaves it out.
     */
    private static Object toStruct(GoContext ctx, GoType t, StructType st, Object v, String where) throws Mismatch, InteropException {
        InteropLibrary lib = lib();
        boolean hash = lib.hasHashEntries(v);
        if (!hash && !lib.hasMembers(v)) {
            throw mismatch(t, v, where, null);
        }
        StructValue sv = new StructValue(st);
        for (StructType.Field f : st.fields) {
            if (!MethodSets.isExported(f.name())) {
                continue;
            }
            Object x = hash ? hashField(lib, v, f.name()) : memberField(lib, v, f);
            if (x == null) {
                continue;
            }
            Object gx = convert(ctx, f.type(), x, "field " + f.name() + " of " + where);
            if (f.primitive()) {
                sv.prims[f.slot()] = StructValue.primBits(f.type(), gx);
            } else {
                sv.refs[f.slot()] = Aggregates.isAggregate(f.type()) ? Aggregates.copy(f.type(), gx) : gx;
            }
        }
        return sv;
    }

    private static Object hashField(InteropLibrary lib, Object v, String name) throws InteropException {
        for (String key : new String[] {name, decapitalize(name)}) {
            if (lib.isHashEntryReadable(v, key)) {
                return lib.readHashValue(v, key);
            }
        }
        return null;
    }

    private static Object memberField(InteropLibrary lib, Object v, StructType.Field f) throws InteropException {
        String name = f.name();
        for (String member : new String[] {name, decapitalize(name), "get" + name, "is" + name}) {
            if (lib.isMemberReadable(v, member)) {
                Object x = lib.readMember(v, member);
                // a record component or getter is a method: its result is the field
                boolean accessor = member.startsWith("get") || member.startsWith("is") || !(f.type().underlying() instanceof FuncType);
                return accessor && lib.isExecutable(x) ? lib.execute(x) : x;
            }
        }
        return null;
    }

    private static String decapitalize(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Go's error: cannot use "abc" (string) as int value in argument n to main.Square. */
    @TruffleBoundary
    static Mismatch mismatch(GoType t, Object v, String where, String detail) {
        return new Mismatch("cannot use " + show(v) + " (" + describe(v) + ") as " + t + " value in " + where + (detail == null ? "" : " (" + detail + ")"));
    }

    static String show(Object v) {
        InteropLibrary lib = lib();
        try {
            if (lib.isString(v)) {
                String s = lib.asString(v);
                return '"' + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + '"';
            }
            String s = lib.asString(lib.toDisplayString(v, true));
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        } catch (RuntimeException | InteropException e) {
            return "value";
        }
    }

    /** The type of a value from another language, in words a Go programmer reads: its meta object's name if any. */
    static String describe(Object v) {
        if (v instanceof GoValue gv) {
            return "Go value of type " + gv.type;
        }
        InteropLibrary lib = lib();
        try {
            if (lib.isNull(v)) {
                return "null";
            }
            if (lib.hasMetaObject(v)) {
                return lib.asString(lib.getMetaQualifiedName(lib.getMetaObject(v)));
            }
            if (lib.isString(v)) {
                return "string";
            }
            if (lib.isBoolean(v)) {
                return "boolean";
            }
            if (lib.isNumber(v)) {
                return "number";
            }
            if (lib.hasArrayElements(v)) {
                return "array";
            }
            if (lib.isExecutable(v)) {
                return "function";
            }
        } catch (RuntimeException | InteropException e) {
            // fall through to the generic word
        }
        return "foreign object";
    }
}
