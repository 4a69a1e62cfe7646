package gosub.language.stdlib.reflect;

import gosub.language.natives.Natives;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.stdlib.sort.SortNatives;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
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
import gosub.language.values.Cell;
import gosub.language.values.Complex;
import gosub.language.values.ElementPointer;
import gosub.language.values.FieldPointer;
import gosub.language.values.FuncValue;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.MapKey;
import gosub.language.values.PrimWords;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;
import gosub.language.values.ZeroValue;
import gosub.runtime.Channel;

import java.util.ArrayList;
import java.util.List;

/** The natives behind reflect.Value's methods and the functions that make values (New, Zero, MakeSlice, ...). */
final class ValueNatives {
    private final Reflection r;

    private ValueNatives(Reflection r) {
        this.r = r;
    }

    /** Registers the natives; the instance is what the channel natives check their Values with. */
    static ValueNatives register(Natives n, Reflection r) {
        ValueNatives v = new ValueNatives(r);
        n.register("reflect.setPanics", (g, a) -> {
            r.setValueErrorRaiser((FuncValue) a[0]);
            return null;
        });
        n.register("reflect.valueOf", (g, a) -> a[0] == null ? null : r.handle(Held.of(((Iface) a[0]).type, ((Iface) a[0]).value, 0)));
        n.register("reflect.valueType", (g, a) -> r.id(Reflection.held(a[0]).type));
        n.register("reflect.valueKind", (g, a) -> (long) Kinds.of(Reflection.held(a[0]).type));
        n.register("reflect.valueFlags", (g, a) -> (long) Reflection.held(a[0]).flags);
        n.register("reflect.valueInterface", (g, a) -> v.interfaceOf(g, Reflection.held(a[0]), ByteStrings.toJava((String) a[1])));
        n.register("reflect.valueInt", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.Int", Kinds.INT, Kinds.INT64);
            return ((BasicType) h.type.underlying()).kind().truncate((Long) h.get());
        });
        n.register("reflect.valueUint", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.Uint", Kinds.UINT, Kinds.UINTPTR);
            return ((BasicType) h.type.underlying()).kind().truncate((Long) h.get());
        });
        n.register("reflect.valueFloat", (g, a) -> v.kinded(g, a[0], "reflect.Value.Float", Kinds.FLOAT32, Kinds.FLOAT64).get());
        n.register("reflect.valueComplex", (g, a) -> v.kinded(g, a[0], "reflect.Value.Complex", Kinds.COMPLEX64, Kinds.COMPLEX128).get());
        n.register("reflect.valueBool", (g, a) -> v.kinded(g, a[0], "reflect.Value.Bool", Kinds.BOOL, Kinds.BOOL).get());
        n.register("reflect.valueString", (g, a) -> {
            Held h = Reflection.held(a[0]);
            return Kinds.of(h.type) == Kinds.STRING ? h.get() : "<" + Reflection.name(h.type) + " Value>";
        });
        n.register("reflect.valueBytes", (g, a) -> v.bytes(g, Reflection.held(a[0])));
        n.register("reflect.valueLen", (g, a) -> v.length(g, Reflection.held(a[0]), false));
        n.register("reflect.valueCap", (g, a) -> v.length(g, Reflection.held(a[0]), true));
        n.register("reflect.valueIsNil", (g, a) -> {
            Held h = v.valid(g, a[0], "reflect.Value.IsNil");
            int k = Kinds.of(h.type);
            if (k != Kinds.CHAN && k != Kinds.FUNC && k != Kinds.MAP && k != Kinds.POINTER && k != Kinds.UNSAFE_POINTER
                            && k != Kinds.INTERFACE && k != Kinds.SLICE) {
                throw r.valueError(g, "reflect.Value.IsNil", k);
            }
            return h.method == null && h.get() == null;
        });
        n.register("reflect.valueIsZero", (g, a) -> {
            Held h = v.valid(g, a[0], "reflect.Value.IsZero");
            return isZero(h.type, h.get());
        });
        n.register("reflect.valueIndex", (g, a) -> r.handle(v.index(g, Reflection.held(a[0]), (Long) a[1])));
        n.register("reflect.valueField", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.Field", Kinds.STRUCT, Kinds.STRUCT);
            return r.handle(field(h, (Long) a[1]));
        });
        n.register("reflect.valueNumField", (g, a) -> (long) ((StructType) v.kinded(g, a[0], "reflect.Value.NumField", Kinds.STRUCT,
                        Kinds.STRUCT).type.underlying()).fields.size());
        n.register("reflect.valueFieldByName", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.FieldByName", Kinds.STRUCT, Kinds.STRUCT);
            int[] path = TypeNatives.fieldPath((StructType) h.type.underlying(), ByteStrings.toJava((String) a[1]));
            if (path == null) {
                return null;
            }
            for (int i = 0; i < path.length; i++) {
                if (i > 0 && h.type.underlying() instanceof PointerType) {
                    if (h.get() == null) {
                        throw Reflection.panic("reflect: indirection through nil pointer to embedded struct");
                    }
                    h = elem(h);
                }
                h = field(h, path[i]);
            }
            return r.handle(h);
        });
        n.register("reflect.valueElem", (g, a) -> {
            Held h = v.valid(g, a[0], "reflect.Value.Elem");
            int k = Kinds.of(h.type);
            if (k == Kinds.INTERFACE) {
                Iface inner = (Iface) h.get();
                return inner == null ? null : r.handle(Held.of(inner.type, inner.value, h.flags));
            }
            if (k != Kinds.POINTER) {
                throw r.valueError(g, "reflect.Value.Elem", k);
            }
            return h.get() == null ? null : r.handle(elem(h));
        });
        n.register("reflect.valueAddr", (g, a) -> {
            Held h = v.valid(g, a[0], "reflect.Value.Addr");
            if (!h.addressable()) {
                throw Reflection.panic("reflect.Value.Addr of unaddressable value");
            }
            return r.handle(Held.of(Types.pointer(h.type), h.address(), h.flags));
        });
        n.register("reflect.valueSet", (g, a) -> {
            Held h = v.settable(g, a[0], "reflect.Value.Set");
            Held x = v.exported(g, a[1], "reflect.Value.Set");
            h.set(v.assign(x, h.type, "reflect.Set: value of type %s is not assignable to type %s"));
            return null;
        });
        n.register("reflect.valueSetBits", (g, a) -> {
            v.setBits(g, a);
            return null;
        });
        n.register("reflect.valueSetLen", (g, a) -> {
            Held h = v.settable(g, a[0], "reflect.Value.SetLen");
            if (Kinds.of(h.type) != Kinds.SLICE) {
                throw r.valueError(g, "reflect.Value.SetLen", Kinds.of(h.type));
            }
            Slice s = (Slice) h.get();
            long len = (Long) a[1];
            if (len < 0 || len > (s == null ? 0 : s.cap)) {
                throw Reflection.panic("reflect: slice length out of range in SetLen");
            }
            if (s != null) {
                h.set(new Slice(s.array, s.offset, (int) len, s.cap));
            }
            return null;
        });
        n.register("reflect.valueSlice", (g, a) -> r.handle(v.slice(g, Reflection.held(a[0]), (Long) a[1], (Long) a[2], (Long) a[3],
                        (Boolean) a[4])));
        n.register("reflect.valueMapKeys", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.MapKeys", Kinds.MAP, Kinds.MAP);
            GoMap m = (GoMap) h.get();
            GoType kt = ((MapType) h.type.underlying()).key;
            List<Object> keys = m == null ? List.of() : m.keysForRange();
            Object[] out = new Object[keys.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = r.handle(Held.of(kt, MapKey.unwrap(keys.get(i)), h.flags));
            }
            return new Slice(out, 0, out.length, out.length);
        });
        n.register("reflect.valueMapIndex", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.MapIndex", Kinds.MAP, Kinds.MAP);
            MapType mt = (MapType) h.type.underlying();
            Object key = MapKey.of(mt.key, v.assign(v.exported(g, a[1], "reflect.Value.MapIndex"), mt.key,
                            "reflect.Value.MapIndex: value of type %s is not assignable to type %s"));
            GoMap m = (GoMap) h.get();
            Object value = m == null ? GoMap.MISSING : m.lookup(key);
            if (value == GoMap.MISSING) {
                return null;
            }
            return r.handle(Held.of(mt.value, value, h.flags));
        });
        n.register("reflect.valueSetMapIndex", (g, a) -> {
            Held h = v.kinded(g, a[0], "reflect.Value.SetMapIndex", Kinds.MAP, Kinds.MAP);
            if (h.readOnly()) {
                throw Reflection.panic("reflect: reflect.Value.SetMapIndex using value obtained using unexported field");
            }
            MapType mt = (MapType) h.type.underlying();
            Object key = MapKey.of(mt.key, v.assign(v.exported(g, a[1], "reflect.Value.SetMapIndex"), mt.key,
                            "reflect.Value.SetMapIndex: value of type %s is not assignable to type %s"));
            GoMap m = (GoMap) h.get();
            if (a[2] == null) {
                if (m != null) {
                    m.remove(key);
                }
                return null;
            }
            Object value = v.assign(v.exported(g, a[2], "reflect.Value.SetMapIndex"), mt.value,
                            "reflect.Value.SetMapIndex: value of type %s is not assignable to type %s");
            if (m == null) {
                throw RuntimeErrors.plain("assignment to entry in nil map");
            }
            m.put(key, value);
            return null;
        });
        n.register("reflect.valueNumMethod", (g, a) -> (long) r.methods(v.valid(g, a[0], "reflect.Value.NumMethod").type).size());
        n.register("reflect.valueMethodIndex", (g, a) -> (long) r.methodIndex(Reflection.held(a[0]).type, ByteStrings.toJava((String) a[1])));
        n.register("reflect.valueMethod", (g, a) -> {
            Held h = v.valid(g, a[0], "reflect.Value.Method");
            List<Reflection.MethodEntry> ms = r.methods(h.type);
            long i = (Long) a[1];
            if (i < 0 || i >= ms.size()) {
                throw Reflection.panic("reflect: Method index out of range");
            }
            if (h.type.underlying() instanceof InterfaceType && h.get() == null) {
                throw Reflection.panic("reflect: Method on nil interface value");
            }
            Reflection.MethodEntry m = ms.get((int) i);
            return r.handle(Held.method(m.sig(), h, m.name(), r.methodCode(m.sig())));
        });
        n.register("reflect.methodExpr", (g, a) -> {
            GoType t = r.type(a[0]);
            Reflection.MethodEntry m = r.methods(t).get((int) (long) (Long) a[1]);
            FuncType sig = TypeNatives.withReceiver(t, m.sig());
            return r.handle(Held.methodExpression(sig, t, m.name(), r.methodCode(sig)));
        });
        n.register("reflect.valueCall", (g, a) -> v.call(g, Reflection.held(a[0]), (Slice) a[1], (Boolean) a[2]));
        n.register("reflect.valueConvert", (g, a) -> {
            Held h = v.valid(g, a[0], "reflect.Value.Convert");
            GoType t = r.type(a[1]);
            if (!Assignments.convertible(r.context.methods, h.type, t)) {
                throw Reflection.panic("reflect.Value.Convert: value of type " + h.type + " cannot be converted to type " + t);
            }
            return r.handle(Held.of(t, Assignments.converted(r.context.methods, h, t), h.flags));
        });
        n.register("reflect.valueCanConvert", (g, a) -> Assignments.convertible(r.context.methods, v.valid(g, a[0], "reflect.Value.CanConvert").type,
                        r.type(a[1])));
        n.register("reflect.valueOverflow", (g, a) -> v.overflows(g, a));
        n.register("reflect.newValue", (g, a) -> {
            GoType t = r.type(a[0]);
            Object zero = ZeroValue.of(t);
            Object storage = Aggregates.isAggregate(t) ? zero
                            : t.rep() == GoType.Rep.OBJECT ? new Cell(0, zero) : new Cell(PrimWords.unbox(t.rep(), zero), null);
            return r.handle(Held.of(Types.pointer(t), storage, 0));
        });
        n.register("reflect.zeroValue", (g, a) -> {
            GoType t = r.type(a[0]);
            return r.handle(Held.of(t, ZeroValue.of(t), 0));
        });
        n.register("reflect.makeSlice", (g, a) -> {
            GoType t = r.type(a[0]);
            int len = (int) (long) (Long) a[1];
            int cap = (int) (long) (Long) a[2];
            return r.handle(Held.of(t, new Slice(Aggregates.newArray(((SliceType) t.underlying()).elem, cap), 0, len, cap), 0));
        });
        n.register("reflect.makeMap", (g, a) -> r.handle(Held.of(r.type(a[0]), new GoMap((int) Math.min((Long) a[1], 1 << 20)), 0)));
        n.register("reflect.makeChan", (g, a) -> {
            GoType t = r.type(a[0]);
            return r.handle(Held.of(t, new Channel((Long) a[1], ZeroValue.of(((ChanType) t.underlying()).elem)), 0));
        });
        n.register("reflect.appendValues", (g, a) -> v.append(g, a));
        n.register("reflect.copyValues", (g, a) -> v.copy(g, Reflection.held(a[0]), Reflection.held(a[1])));
        n.register("reflect.deepEqual", (g, a) -> DeepEquality.equal((Iface) a[0], (Iface) a[1]));
        n.register("reflect.sliceLen", (g, a) -> {
            Iface x = (Iface) a[0];
            if (x == null || !(x.type.underlying() instanceof SliceType)) {
                throw r.valueError(g, "Swapper", x == null ? 0 : Kinds.of(x.type));
            }
            return x.value == null ? 0L : (long) ((Slice) x.value).len;
        });
        n.register("reflect.swapElems", (g, a) -> {
            Iface x = (Iface) a[0];
            Slice s = (Slice) x.value;
            long i = (Long) a[1];
            long j = (Long) a[2];
            if (i < 0 || j < 0 || i >= s.len || j >= s.len) {
                throw Reflection.panic("reflect: slice index out of range");
            }
            SortNatives.swap(((SliceType) x.type.underlying()).elem, s.array, s.offset + (int) i, s.offset + (int) j);
            return null;
        });
        return v;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Checks every method starts with

    Held valid(GoroutineState g, Object handle, String method) {
        Held h = Reflection.held(handle);
        if (h == null) {
            throw r.valueError(g, method, Kinds.INVALID);
        }
        return h;
    }

    Held kinded(GoroutineState g, Object handle, String method, int lowest, int highest) {
        Held h = valid(g, handle, method);
        int k = Kinds.of(h.type);
        if (k < lowest || k > highest) {
            throw r.valueError(g, method, k);
        }
        return h;
    }

    /** What Set and its kin require: a valid, addressable Value not reached through an unexported field. */
    private Held settable(GoroutineState g, Object handle, String method) {
        Held h = valid(g, handle, method);
        if (h.readOnly()) {
            throw Reflection.panic("reflect: " + method + " using value obtained using unexported field");
        }
        if (!h.addressable()) {
            throw Reflection.panic("reflect: " + method + " using unaddressable value");
        }
        return h;
    }

    /** A Value used as an argument: valid and not reached through an unexported field. */
    Held exported(GoroutineState g, Object handle, String method) {
        Held h = valid(g, handle, method);
        if (h.readOnly()) {
            throw Reflection.panic("reflect: " + method + " using value obtained using unexported field");
        }
        return h;
    }

    /** x's value for a variable of type t; MESSAGE (with x's type and t for its %s) is the panic when it does not fit. */
    Object assign(Held x, GoType t, String message) {
        if (!Assignments.assignable(r.context.methods, x.type, t)) {
            throw Reflection.panic(String.format(message, x.type, t));
        }
        return Assignments.assigned(x, t);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading

    private Object interfaceOf(GoroutineState g, Held h, String method) {
        if (h == null) {
            throw r.valueError(g, method, Kinds.INVALID);
        }
        if (h.readOnly()) {
            throw Reflection.panic("reflect.Value.Interface: cannot return value obtained from unexported field or method");
        }
        return h.boxed();
    }

    private Object bytes(GoroutineState g, Held h) {
        h = valid(g, h == null ? null : r.handle(h), "reflect.Value.Bytes");
        GoType u = h.type.underlying();
        if (u instanceof SliceType s && isByte(s.elem)) {
            return h.get();
        }
        if (u instanceof ArrayType at && isByte(at.elem)) {
            if (!h.addressable()) {
                throw Reflection.panic("reflect.Value.Bytes of unaddressable byte array");
            }
            Object arr = h.get();
            return new Slice(Aggregates.backing(arr), Aggregates.start(arr), (int) at.length, (int) at.length);
        }
        throw r.valueError(g, "reflect.Value.Bytes", Kinds.of(h.type));
    }

    private static boolean isByte(GoType t) {
        return t.underlying() instanceof BasicType b && b.kind() == Kind.UINT8;
    }

    private long length(GoroutineState g, Held h, boolean cap) {
        String method = cap ? "reflect.Value.Cap" : "reflect.Value.Len";
        h = valid(g, h == null ? null : r.handle(h), method);
        GoType u = h.type.underlying();
        Object val = h.get();
        if (u instanceof ArrayType at) {
            return at.length;
        }
        if (u instanceof SliceType) {
            return val == null ? 0 : cap ? ((Slice) val).cap : ((Slice) val).len;
        }
        if (u instanceof ChanType) {
            return val == null ? 0 : cap ? Channel.capacity((Channel) val) : Channel.length((Channel) val);
        }
        if (!cap && u instanceof MapType) {
            return val == null ? 0 : ((GoMap) val).size();
        }
        if (!cap && u instanceof BasicType b && b.kind() == Kind.STRING) {
            return ((String) val).length();
        }
        if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType at) {
            return at.length;
        }
        throw r.valueError(g, method, Kinds.of(h.type));
    }

    static boolean isZero(GoType t, Object v) {
        GoType u = t.underlying();
        if (u instanceof BasicType b) {
            Kind k = b.kind();
            if (k.isBoolean()) {
                return !(Boolean) v;
            }
            if (k.isInteger()) {
                return (Long) v == 0;
            }
            if (k.isFloat()) {
                return Double.doubleToRawLongBits((Double) v) == 0;
            }
            if (k.isComplex()) {
                Complex c = (Complex) v;
                return Double.doubleToRawLongBits(c.re) == 0 && Double.doubleToRawLongBits(c.im) == 0;
            }
            if (k.isString()) {
                return ((String) v).isEmpty();
            }
            return v == null;
        }
        if (u instanceof ArrayType at) {
            Object arr = Aggregates.backing(v);
            int start = Aggregates.start(v);
            for (int i = 0; i < at.length; i++) {
                if (!isZero(at.elem, Aggregates.getSigned(arr, start + i, at.elem))) {
                    return false;
                }
            }
            return true;
        }
        if (u instanceof StructType st) {
            StructValue sv = (StructValue) v;
            for (StructType.Field f : st.fields) {
                if (!isZero(f.type(), sv.fieldValue(f))) {
                    return false;
                }
            }
            return true;
        }
        return v == null;
    }

    /** Element i of an array, slice or string Value. */
    private Held index(GoroutineState g, Held h, long i) {
        h = valid(g, h == null ? null : r.handle(h), "reflect.Value.Index");
        GoType u = h.type.underlying();
        Object val = h.get();
        if (u instanceof ArrayType at) {
            if (i < 0 || i >= at.length) {
                throw Reflection.panic("reflect: array index out of range");
            }
            return element(at.elem, Aggregates.backing(val), Aggregates.start(val) + (int) i, h.addressable(), h.flags);
        }
        if (u instanceof SliceType st) {
            Slice s = (Slice) val;
            if (i < 0 || s == null || i >= s.len) {
                throw Reflection.panic("reflect: slice index out of range");
            }
            return element(st.elem, s.array, s.offset + (int) i, true, h.flags);
        }
        if (u instanceof BasicType b && b.kind() == Kind.STRING) {
            String s = (String) val;
            if (i < 0 || i >= s.length()) {
                throw Reflection.panic("reflect: string index out of range");
            }
            return Held.of(Types.UINT8, (long) s.charAt((int) i), h.flags);
        }
        throw r.valueError(g, "reflect.Value.Index", Kinds.of(h.type));
    }

    private static Held element(GoType elem, Object backing, int at, boolean addressable, int flags) {
        if (Aggregates.isAggregate(elem)) {
            Object storage = ((Object[]) backing)[at];
            return addressable ? Held.at(elem, storage, flags) : Held.of(elem, storage, flags);
        }
        if (addressable) {
            return Held.at(elem, new ElementPointer(backing, at), flags);
        }
        return Held.of(elem, Aggregates.getSigned(backing, at, elem), flags);
    }

    private static Held field(Held h, long i) {
        StructType st = (StructType) h.type.underlying();
        if (i < 0 || i >= st.fields.size()) {
            throw Reflection.panic("reflect: Field index out of range");
        }
        StructType.Field f = st.fields.get((int) i);
        int flags = f.exported() ? h.flags : h.flags | Held.READ_ONLY;
        StructValue sv = (StructValue) h.get();
        if (Aggregates.isAggregate(f.type())) {
            Object storage = sv.refs[f.slot()];
            return h.addressable() ? Held.at(f.type(), storage, flags) : Held.of(f.type(), storage, flags);
        }
        if (h.addressable()) {
            return Held.at(f.type(), new FieldPointer(sv, f.slot()), flags);
        }
        return Held.of(f.type(), sv.fieldValue(f), flags);
    }

    /** What the non-nil pointer Value h points to: addressable. */
    private static Held elem(Held h) {
        PointerType pt = (PointerType) h.type.underlying();
        return Held.at(pt.elem, h.get(), h.flags);
    }

    private Held slice(GoroutineState g, Held h, long i, long j, long k, boolean three) {
        String method = three ? "reflect.Value.Slice3" : "reflect.Value.Slice";
        h = valid(g, h == null ? null : r.handle(h), method);
        GoType u = h.type.underlying();
        Object val = h.get();
        if (u instanceof BasicType b && b.kind() == Kind.STRING && !three) {
            String s = (String) val;
            if (i < 0 || j < i || j > s.length()) {
                throw Reflection.panic("reflect.Value.Slice: string slice index out of bounds");
            }
            return Held.of(h.type, s.substring((int) i, (int) j), h.flags);
        }
        Object array;
        int offset;
        int cap;
        GoType result;
        if (u instanceof ArrayType at) {
            if (!h.addressable()) {
                throw Reflection.panic(method + ": slice of unaddressable array");
            }
            array = Aggregates.backing(val);
            offset = Aggregates.start(val);
            cap = (int) at.length;
            result = Types.slice(at.elem);
        } else if (u instanceof SliceType) {
            Slice s = (Slice) val;
            array = s == null ? null : s.array;
            offset = s == null ? 0 : s.offset;
            cap = s == null ? 0 : s.cap;
            result = h.type;
        } else {
            throw r.valueError(g, method, Kinds.of(h.type));
        }
        long max = three ? k : cap;
        if (i < 0 || j < i || max < j || max > cap) {
            throw Reflection.panic(method + ": slice index out of bounds");
        }
        if (array == null) {
            return Held.of(result, null, h.flags);
        }
        return Held.of(result, new Slice(array, offset + (int) i, (int) (j - i), (int) (max - i)), h.flags);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing

    private void setBits(GoroutineState g, Object[] a) {
        String method = ByteStrings.toJava((String) a[1]);
        Held h = settable(g, a[0], method);
        int k = Kinds.of(h.type);
        switch (method) {
            case "reflect.Value.SetInt" -> {
                check(g, method, k, Kinds.isSignedInt(k));
                h.set(((BasicType) h.type.underlying()).kind().truncate((Long) a[2]));
            }
            case "reflect.Value.SetUint" -> {
                check(g, method, k, Kinds.isUnsignedInt(k));
                h.set(((BasicType) h.type.underlying()).kind().truncate((Long) a[2]));
            }
            case "reflect.Value.SetFloat" -> {
                check(g, method, k, Kinds.isFloat(k));
                double d = (Double) a[3];
                h.set(k == Kinds.FLOAT32 ? (double) (float) d : d);
            }
            case "reflect.Value.SetComplex" -> {
                check(g, method, k, Kinds.isComplex(k));
                Complex c = (Complex) a[4];
                h.set(k == Kinds.COMPLEX64 ? new Complex((float) c.re, (float) c.im) : c);
            }
            case "reflect.Value.SetString" -> {
                check(g, method, k, k == Kinds.STRING);
                h.set(a[5]);
            }
            default -> {
                check(g, method, k, k == Kinds.BOOL);
                h.set(a[6]);
            }
        }
    }

    private void check(GoroutineState g, String method, int kind, boolean ok) {
        if (!ok) {
            throw r.valueError(g, method, kind);
        }
    }

    private boolean overflows(GoroutineState g, Object[] a) {
        String method = ByteStrings.toJava((String) a[1]);
        Held h = valid(g, a[0], method);
        int k = Kinds.of(h.type);
        switch (method) {
            case "reflect.Value.OverflowInt" -> {
                check(g, method, k, Kinds.isSignedInt(k));
                long x = (Long) a[2];
                int shift = 64 - ((BasicType) h.type.underlying()).kind().bits();
                return x != (x << shift) >> shift;
            }
            case "reflect.Value.OverflowUint" -> {
                check(g, method, k, Kinds.isUnsignedInt(k));
                long x = (Long) a[2];
                int shift = 64 - ((BasicType) h.type.underlying()).kind().bits();
                return x != (x << shift) >>> shift;
            }
            default -> {
                check(g, method, k, Kinds.isFloat(k));
                double x = Math.abs((Double) a[3]);
                return k == Kinds.FLOAT32 && x > Float.MAX_VALUE && x <= Double.MAX_VALUE;
            }
        }
    }

    private Object append(GoroutineState g, Object[] a) {
        String method = ByteStrings.toJava((String) a[2]);
        Held s = valid(g, a[0], method);
        if (!(s.type.underlying() instanceof SliceType st)) {
            throw r.valueError(g, method, Kinds.of(s.type));
        }
        Slice xs = (Slice) a[1];
        int n = xs == null ? 0 : xs.len;
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = assign(exported(g, ((Object[]) xs.array)[xs.offset + i], "reflect.Value.Set"), st.elem,
                            "reflect.Set: value of type %s is not assignable to type %s");
        }
        Slice old = (Slice) s.get();
        if (n == 0) {
            return r.handle(Held.of(s.type, old, 0));
        }
        Slice grown = SliceNodes.Append.grow(st.elem, old, n);
        int base = grown.offset + (old == null ? 0 : old.len);
        for (int i = 0; i < n; i++) {
            Aggregates.setElement(st.elem, grown.array, base + i, values[i]);
        }
        return r.handle(Held.of(s.type, grown, 0));
    }

    private long copy(GoroutineState g, Held dst, Held src) {
        dst = valid(g, dst == null ? null : r.handle(dst), "reflect.Copy");
        src = valid(g, src == null ? null : r.handle(src), "reflect.Copy");
        GoType du = dst.type.underlying();
        GoType elem;
        Object darr;
        int doff;
        int dlen;
        if (du instanceof SliceType st) {
            Slice s = (Slice) dst.get();
            elem = st.elem;
            darr = s == null ? null : s.array;
            doff = s == null ? 0 : s.offset;
            dlen = s == null ? 0 : s.len;
        } else if (du instanceof ArrayType at && dst.addressable()) {
            Object v = dst.get();
            elem = at.elem;
            darr = Aggregates.backing(v);
            doff = Aggregates.start(v);
            dlen = (int) at.length;
        } else {
            throw r.valueError(g, "reflect.Copy", Kinds.of(dst.type));
        }
        GoType su = src.type.underlying();
        Object sv = src.get();
        Object sarr;
        int soff;
        int slen;
        if (su instanceof BasicType b && b.kind() == Kind.STRING && isByte(elem)) {
            byte[] bytes = ByteStrings.bytes((String) sv);
            sarr = bytes;
            soff = 0;
            slen = bytes.length;
        } else if (su instanceof SliceType) {
            Slice s = (Slice) sv;
            sarr = s == null ? null : s.array;
            soff = s == null ? 0 : s.offset;
            slen = s == null ? 0 : s.len;
        } else if (su instanceof ArrayType at) {
            sarr = Aggregates.backing(sv);
            soff = Aggregates.start(sv);
            slen = (int) at.length;
        } else {
            throw r.valueError(g, "reflect.Copy", Kinds.of(src.type));
        }
        int n = Math.min(dlen, slen);
        Object[] tmp = new Object[n];
        for (int i = 0; i < n; i++) {
            Object e = Aggregates.get(sarr, soff + i);
            tmp[i] = Aggregates.isAggregate(elem) ? Aggregates.copy(elem, e) : e;
        }
        for (int i = 0; i < n; i++) {
            Aggregates.setElement(elem, darr, doff + i, tmp[i]);
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calls

    private Slice call(GoroutineState g, Held f, Slice in, boolean spread) {
        String method = spread ? "reflect.Value.CallSlice" : "reflect.Value.Call";
        f = valid(g, f == null ? null : r.handle(f), method);
        if (!(f.type.underlying() instanceof FuncType ft)) {
            throw r.valueError(g, method, Kinds.of(f.type));
        }
        String op = spread ? "CallSlice" : "Call";
        if (f.readOnly()) {
            throw Reflection.panic("reflect: reflect.Value." + op + " using value obtained using unexported field");
        }
        int n = in == null ? 0 : in.len;
        Held[] args = new Held[n];
        for (int i = 0; i < n; i++) {
            args[i] = Reflection.held(((Object[]) in.array)[in.offset + i]);
            if (args[i] == null) {
                throw Reflection.panic("reflect: " + op + " using zero Value argument");
            }
            if (args[i].readOnly()) {
                throw Reflection.panic("reflect: " + op + " using value obtained using unexported field");
            }
        }
        int fixed = ft.params.size();
        if (spread && !ft.variadic) {
            throw Reflection.panic("reflect: CallSlice of non-variadic function");
        }
        if (ft.variadic && !spread) {
            if (n < fixed - 1) {
                throw Reflection.panic("reflect: Call with too few input arguments");
            }
        } else if (n != fixed) {
            throw Reflection.panic("reflect: " + op + " with too " + (n < fixed ? "few" : "many") + " input arguments");
        }
        List<Object> params = new ArrayList<>();
        int plain = ft.variadic && !spread ? fixed - 1 : fixed;
        for (int i = 0; i < plain; i++) {
            GoType pt = ft.params.get(i);
            if (!Assignments.assignable(r.context.methods, args[i].type, pt)) {
                throw Reflection.panic("reflect: " + op + " using " + args[i].type + " as type " + pt);
            }
            params.add(assign(args[i], pt, "%s %s"));
        }
        if (ft.variadic && !spread) {
            GoType elem = ((SliceType) ft.params.get(fixed - 1).underlying()).elem;
            int extra = n - plain;
            Object arr = Aggregates.newArray(elem, extra);
            for (int i = 0; i < extra; i++) {
                Held x = args[plain + i];
                if (!Assignments.assignable(r.context.methods, x.type, elem)) {
                    throw Reflection.panic("reflect: cannot use " + x.type + " as type " + elem + " in " + op);
                }
                Aggregates.setElement(elem, arr, i, assign(x, elem, "%s %s"));
            }
            params.add(extra == 0 ? null : new Slice(arr, 0, extra, extra));
        }
        Object result;
        if (f.method != null) {
            result = r.invokeMethod(g, f, params.toArray());
        } else {
            FuncValue fv = (FuncValue) f.get();
            if (fv == null) {
                throw Reflection.panic("reflect.Value.Call: call of nil function");
            }
            result = fv.target.call((com.oracle.truffle.api.nodes.Node) null, GoArguments.callback(g, fv.env, params.toArray()));
        }
        int outs = ft.results.size();
        Object[] out = new Object[outs];
        for (int i = 0; i < outs; i++) {
            Object v = outs == 1 ? result : ((Object[]) result)[i];
            out[i] = r.handle(Held.of(ft.results.get(i), v, 0));
        }
        return new Slice(out, 0, outs, outs);
    }
}
