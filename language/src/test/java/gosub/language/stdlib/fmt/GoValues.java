package gosub.language.stdlib.fmt;

import gosub.language.stdlib.strconv.FloatFormat;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.ByteStrings;
import gosub.language.values.Cell;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.MapKey;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds gosub values for fmt tests without an interpreter: operands ({@link Iface}), raw values of composite types,
 * and the Go types of testdata/gen_golden.go with their methods, served by {@link #METHODS}.
 */
final class GoValues {
    private GoValues() {
    }

    // ---- operands of predeclared types

    static final Iface NIL = null;

    static Iface i(long v) {
        return new Iface(Types.INT, v);
    }

    static Iface i8(long v) {
        return new Iface(Types.INT8, v);
    }

    static Iface i16(long v) {
        return new Iface(Types.INT16, v);
    }

    static Iface i32(long v) {
        return new Iface(Types.INT32, v);
    }

    static Iface i64(long v) {
        return new Iface(Types.INT64, v);
    }

    static Iface u(long v) {
        return new Iface(Types.UINT, v);
    }

    static Iface u8(long v) {
        return new Iface(Types.UINT8, v);
    }

    static Iface u16(long v) {
        return new Iface(Types.UINT16, v);
    }

    static Iface u32(long v) {
        return new Iface(Types.UINT32, v);
    }

    static Iface u64(long v) {
        return new Iface(Types.UINT64, v);
    }

    static Iface uptr(long v) {
        return new Iface(Types.UINTPTR, v);
    }

    static Iface f32(double v) {
        return new Iface(Types.FLOAT32, (double) (float) v);
    }

    static Iface f64(double v) {
        return new Iface(Types.FLOAT64, v);
    }

    static Iface b(boolean v) {
        return new Iface(Types.BOOL, v);
    }

    /** A string operand; the argument is already a byte string (the generated tests write bytes as octal escapes). */
    static Iface s(String v) {
        return new Iface(Types.STRING, v);
    }

    static Iface of(GoType t, Object raw) {
        return new Iface(t, raw);
    }

    // ---- types

    static final GoType ANY = Types.EMPTY_INTERFACE;
    static final NamedType ERROR = new NamedType("", "error", null);

    static {
        ERROR.setUnderlying(Types.iface(List.of(new InterfaceType.Method("Error", stringer())), List.of(), false));
    }

    static FuncType stringer() {
        return Types.func(List.of(), List.of(Types.STRING), false);
    }

    static GoType sl(GoType elem) {
        return Types.slice(elem);
    }

    static GoType ar(GoType elem, long n) {
        return Types.array(elem, n);
    }

    static GoType mp(GoType k, GoType v) {
        return Types.map(k, v);
    }

    static GoType ptr(GoType elem) {
        return Types.pointer(elem);
    }

    static GoType fn(List<GoType> params, List<GoType> results) {
        return Types.func(params, results, false);
    }

    /** A struct type from alternating names and types; a name starting with '*' marks an embedded field. */
    static StructType struct(Object... nameTypePairs) {
        List<String> names = new ArrayList<>();
        List<GoType> types = new ArrayList<>();
        List<Boolean> embedded = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            String n = (String) nameTypePairs[i];
            embedded.add(n.startsWith("*"));
            names.add(n.startsWith("*") ? n.substring(1) : n);
            types.add((GoType) nameTypePairs[i + 1]);
            tags.add(null);
        }
        return Types.struct(names, types, embedded, tags, "main");
    }

    static NamedType named(String pkg, String name, GoType underlying) {
        NamedType t = new NamedType(pkg, name, null);
        t.setUnderlying(underlying);
        return t;
    }

    static final NamedType POINT = named("main", "Point", struct("X", Types.INT, "Y", Types.INT));
    static final NamedType PERSON = named("main", "person", struct("name", Types.STRING, "age", Types.INT));
    static final NamedType CELSIUS = named("main", "Celsius", Types.FLOAT64);
    static final NamedType MY_ERR = named("main", "MyErr", struct("Code", Types.INT));
    static final NamedType BOTH = named("main", "Both", struct("N", Types.INT));
    static final NamedType GO_S = named("main", "GoS", struct("A", Types.INT));
    static final NamedType PTR_S = named("main", "PtrS", struct("A", Types.INT));
    static final NamedType PANICKY = named("main", "Panicky", struct("A", Types.INT));
    static final NamedType VAL_STR = named("main", "ValStr", struct("N", Types.INT));
    static final NamedType NAME = named("main", "Name", Types.STRING);
    static final NamedType BYTES = named("main", "Bytes", Types.slice(Types.UINT8));
    static final NamedType HOLDER = named("main", "Holder", struct("V", ANY, "E", ERROR));
    static final NamedType NODE = new NamedType("main", "Node", null);
    static final NamedType INNER = named("main", "Inner", struct("c", CELSIUS, "C", CELSIUS));
    static final NamedType OUTER = named("main", "Outer", struct("*Point", POINT, "Z", Types.INT));
    static final NamedType MIXED = named("main", "Mixed", struct("F", Types.FLOAT32, "B", Types.BOOL, "U", Types.UINT8,
                    "I8", Types.INT8, "S", Types.slice(Types.STRING), "M", Types.map(Types.STRING, Types.INT)));
    static final NamedType ERRS = named("main", "Errs", struct("Errs", Types.slice(ERROR)));
    static final NamedType INT_LIST = named("main", "IntList", Types.slice(Types.INT));
    static final NamedType COLOR = named("main", "Color", Types.INT);
    static final NamedType MY_BYTE = named("main", "MyByte", Types.UINT8);
    static final NamedType ERROR_STRING = named("errors", "errorString", Types.struct(List.of("s"), List.of(Types.STRING),
                    List.of(false), java.util.Arrays.asList((String) null), "errors"));

    static {
        NODE.setUnderlying(struct("Val", Types.INT, "Next", Types.pointer(NODE)));
    }

    // ---- raw values

    static Slice rs(GoType elem, Object... raw) {
        Object array = Aggregates.newArray(elem, raw.length);
        for (int i = 0; i < raw.length; i++) {
            Aggregates.set(array, i, raw[i]);
        }
        return new Slice(array, 0, raw.length, raw.length);
    }

    static Slice bytes(String goBytes) {
        byte[] b = ByteStrings.bytes(goBytes);
        return new Slice(b, 0, b.length, b.length);
    }

    static Object ra(GoType elem, Object... raw) {
        return rs(elem, raw).array;
    }

    static GoMap rm(GoType keyType, Object... keyValuePairs) {
        GoMap m = new GoMap();
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            m.put(MapKey.of(keyType, keyValuePairs[i]), keyValuePairs[i + 1]);
        }
        return m;
    }

    /** A struct value of type t (named or not) from its fields' raw values in order. */
    static StructValue st(GoType t, Object... fields) {
        StructType type = (StructType) t.underlying();
        StructValue v = new StructValue(type);
        for (int i = 0; i < fields.length; i++) {
            StructType.Field f = type.fields.get(i);
            if (f.primitive()) {
                v.prims[f.slot()] = StructValue.primBits(f.type(), fields[i]);
            } else {
                v.refs[f.slot()] = fields[i];
            }
        }
        return v;
    }

    /** A pointer to a fresh variable of a non-aggregate type holding raw. */
    static Cell cell(GoType elem, Object raw) {
        Cell c = new Cell();
        switch (elem.rep()) {
            case LONG, DOUBLE, BOOL -> c.prim = StructValue.primBits(elem, raw);
            case OBJECT -> c.ref = raw;
        }
        return c;
    }

    static Iface point(long x, long y) {
        return of(POINT, st(POINT, x, y));
    }

    static Iface pointPtr(long x, long y) {
        return of(ptr(POINT), st(POINT, x, y));
    }

    static Iface celsius(double v) {
        return of(CELSIUS, v);
    }

    /** errors.New(msg). */
    static Iface errorNew(String msg) {
        return of(ptr(ERROR_STRING), st(ERROR_STRING, msg));
    }

    static Iface myErr(long code) {
        return of(ptr(MY_ERR), st(MY_ERR, code));
    }

    // ---- methods

    /** A Go panic raised by a test method. */
    static final class TestPanic extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Iface value;

        TestPanic(Iface value) {
            super(String.valueOf(value), null, false, false);
            this.value = value;
        }
    }

    private static final Map<GoType, Map<String, Function<Object, String>>> METHOD_TABLE = new HashMap<>();

    /** Declares a method: a value receiver's body gets the value, a pointer receiver's gets the pointer. */
    private static void method(NamedType recv, boolean pointerReceiver, String name, Function<Object, String> body) {
        recv.methods.add(new NamedType.Method(name, stringer(), pointerReceiver, null));
        METHOD_TABLE.computeIfAbsent(ptr(recv), k -> new HashMap<>()).put(name, p -> {
            if (!pointerReceiver && p == null) {
                throw nilDeref(); // Go's wrapper for a value method dereferences the pointer
            }
            return body.apply(p instanceof Cell c ? derefCell(recv, c) : p);
        });
        if (!pointerReceiver) {
            METHOD_TABLE.computeIfAbsent(recv, k -> new HashMap<>()).put(name, body);
        }
    }

    private static Object derefCell(GoType t, Cell c) {
        return switch (t.rep()) {
            case LONG -> c.prim;
            case DOUBLE -> c.getDouble();
            case BOOL -> c.getBool();
            case OBJECT -> c.ref;
        };
    }

    private static long field(Object structValue, String name) {
        StructValue v = (StructValue) structValue;
        return (Long) v.fieldValue(v.type.field(name));
    }

    private static TestPanic nilDeref() {
        return new TestPanic(s("runtime error: invalid memory address or nil pointer dereference"));
    }

    static {
        method(CELSIUS, false, "String", v -> FloatFormat.format((Double) v, 'f', 1, 64) + ByteStrings.fromJava("°C"));
        method(MY_ERR, true, "Error", p -> {
            if (p == null) {
                throw nilDeref();
            }
            return "error " + field(p, "Code");
        });
        method(BOTH, false, "Error", v -> "as error");
        method(BOTH, false, "String", v -> "as string");
        method(GO_S, false, "GoString", v -> "GoS!");
        method(GO_S, false, "String", v -> "gos");
        method(PTR_S, true, "String", p -> "ptrs");
        method(PANICKY, false, "String", v -> {
            throw new TestPanic(s("boom"));
        });
        method(VAL_STR, false, "String", v -> "vs" + field(v, "N"));
        method(COLOR, false, "String", v -> switch ((int) (long) (Long) v) {
            case 0 -> "red";
            case 1 -> "green";
            default -> "Color(" + v + ")";
        });
        method(ERROR_STRING, true, "Error", p -> (String) ((StructValue) p).fieldValue(((StructValue) p).type.field("s")));
    }

    static final MethodInvoker METHODS = new MethodInvoker() {
        @Override
        public boolean hasMethod(GoType t, String name) {
            Map<String, Function<Object, String>> m = METHOD_TABLE.get(t);
            return m != null && m.containsKey(name);
        }

        @Override
        public Object invoke(Iface receiver, String name) {
            return METHOD_TABLE.get(receiver.type).get(name).apply(receiver.value);
        }

        @Override
        public boolean isPanic(RuntimeException e) {
            return e instanceof TestPanic;
        }

        @Override
        public Iface panicValue(RuntimeException e) {
            return ((TestPanic) e).value;
        }
    };
}
