package gosub.language.stdlib.fmt;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
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
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.List;

/**
 * Go's fmt printing: Sprint, Sprintln, Sprintf and Errorf over gosub values. Operands arrive as interface values
 * ({@link Iface}, or null for the nil interface); the result is a byte string (one byte per char).
 *
 * <p>A Printer walks a value by its Go type the way fmt's reflection-based printer does: an operand, and at every
 * level below it anything reached through exported fields, is printed through its Error or String method (GoString
 * for %#v) if its dynamic type has one; otherwise it is printed by kind. A verb that does not fit a value prints
 * {@code %!verb(type=value)} in place, with methods switched off.
 */
public final class Printer {

    /** What Errorf produces: the message, and the operand of its %w verb (null if none, or if %w was misused). */
    public record Wrapped(String message, Iface wrapped) {
    }

    /** Print and Sprint: operands in %v, with a space between two operands when neither is a string. */
    @TruffleBoundary
    public static String sprint(Object[] args, MethodInvoker methods) {
        Printer p = new Printer(methods);
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            Iface arg = operand(args[i]);
            boolean isString = arg != null && arg.type.isString();
            if (i > 0 && !isString && !prevString) {
                p.buf.append(' ');
            }
            p.printArg(arg, 'v');
            prevString = isString;
        }
        return p.buf.toString();
    }

    /** Println and Sprintln: operands in %v separated by spaces, then a newline. */
    @TruffleBoundary
    public static String sprintln(Object[] args, MethodInvoker methods) {
        Printer p = new Printer(methods);
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                p.buf.append(' ');
            }
            p.printArg(operand(args[i]), 'v');
        }
        return p.buf.append('\n').toString();
    }

    /** Printf and Sprintf. The format is a byte string. */
    @TruffleBoundary
    public static String sprintf(String format, Object[] args, MethodInvoker methods) {
        Printer p = new Printer(methods);
        p.doPrintf(format, args);
        return p.buf.toString();
    }

    /**
     * Errorf's formatting: like {@link #sprintf}, but one %w may take an error operand, printed like %v and
     * returned for the caller to wrap (Go 1.19 rules: a second %w, or %w on a non-error, is a bad verb and leaves
     * nothing wrapped).
     */
    @TruffleBoundary
    public static Wrapped errorf(String format, Object[] args, MethodInvoker methods) {
        Printer p = new Printer(methods);
        p.wrapErrs = true;
        p.doPrintf(format, args);
        return new Wrapped(p.buf.toString(), p.wrappedErr);
    }

    private final StringBuilder buf = new StringBuilder();
    private final FieldWriter fmt = new FieldWriter(buf);
    private final MethodInvoker methods;

    // The operand being printed, for %!verb(type=value): either an interface value (the operand itself, or a
    // nested value whose methods were tried) or, once methods are ruled out, a typed value.
    private Iface arg;
    private GoType valueType;
    private Object value;

    /** Inside %!verb(...): methods are not called, so a failing verb cannot recurse into them. */
    private boolean erroring;
    /** Printing a panic value: a panic in its methods propagates instead of nesting PANIC messages. */
    private boolean panicking;
    private boolean wrapErrs;
    private Iface wrappedErr;

    // Printf state: the next operand, whether [n] indexes were used, whether the current directive's index is good.
    private int argNum;
    private boolean reordered;
    private boolean goodArgNum;
    private boolean afterIndex;
    private int pos;

    private Printer(MethodInvoker methods) {
        this.methods = methods;
    }

    private static Iface operand(Object o) {
        if (o == null || o instanceof Iface) {
            return (Iface) o;
        }
        throw new IllegalArgumentException("fmt operand is not an interface value: " + o.getClass().getName());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Printf directives

    private static final int MAX_NUM = 1_000_000;

    private record Num(int value, boolean ok, int next) {
    }

    /** Reads a decimal number in s[start, end); absurdly large numbers are treated as missing, skipping to end. */
    private static Num parseNum(String s, int start, int end) {
        int num = 0;
        boolean ok = false;
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (num > MAX_NUM) {
                return new Num(0, false, end);
            }
            num = num * 10 + (s.charAt(i) - '0');
            ok = true;
        }
        return new Num(num, ok, i);
    }

    /** An explicit operand index {@code [n]} at pos, if there is one; sets afterIndex. */
    private void argIndex(String format, int numArgs) {
        int end = format.length();
        if (pos >= end || format.charAt(pos) != '[') {
            afterIndex = false;
            return;
        }
        reordered = true;
        int index = 0;
        int width = 1;
        boolean ok = false;
        if (end - pos >= 3) {
            for (int j = pos + 1; j < end; j++) {
                if (format.charAt(j) == ']') {
                    Num n = parseNum(format, pos + 1, j);
                    width = j - pos + 1;
                    if (n.ok && n.next == j) {
                        index = n.value - 1; // indexes count from 1
                        ok = true;
                    }
                    break;
                }
            }
        }
        pos += width;
        if (ok && index >= 0 && index < numArgs) {
            argNum = index;
            afterIndex = true;
            return;
        }
        goodArgNum = false;
        afterIndex = ok;
    }

    /** The operand of a * width or precision: any integer that fits; anything else is a bad width/precision. */
    private Num intFromArg(Object[] a) {
        if (argNum >= a.length) {
            return new Num(0, false, argNum);
        }
        Iface v = operand(a[argNum]);
        int next = argNum + 1;
        if (v != null && v.type.isInteger()) {
            Kind k = ((BasicType) v.type.underlying()).kind();
            long n = normalizeInteger(k, (Long) v.value);
            if ((!k.isUnsigned() || n >= 0) && n <= MAX_NUM && n >= -MAX_NUM) {
                return new Num((int) n, true, next);
            }
        }
        return new Num(0, false, next);
    }

    private void doPrintf(String format, Object[] a) {
        int end = format.length();
        argNum = 0;
        afterIndex = false;
        reordered = false;
        pos = 0;
        while (pos < end) {
            goodArgNum = true;
            int literal = pos;
            while (pos < end && format.charAt(pos) != '%') {
                pos++;
            }
            buf.append(format, literal, pos);
            if (pos >= end) {
                break;
            }
            pos++; // the '%'
            fmt.clearFlags();
            flags:
            for (; pos < end; pos++) {
                switch (format.charAt(pos)) {
                    case '#' -> fmt.sharp = true;
                    case '0' -> fmt.zero = !fmt.minus; // zero padding is only on the left
                    case '+' -> fmt.plus = true;
                    case '-' -> {
                        fmt.minus = true;
                        fmt.zero = false;
                    }
                    case ' ' -> fmt.space = true;
                    default -> {
                        break flags;
                    }
                }
            }

            argIndex(format, a.length);
            if (pos < end && format.charAt(pos) == '*') {
                pos++;
                Num w = intFromArg(a);
                argNum = w.next;
                fmt.wid = w.value;
                fmt.widPresent = w.ok;
                if (!w.ok) {
                    buf.append("%!(BADWIDTH)");
                }
                if (fmt.wid < 0) { // a negative * width means left-justify
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                Num w = parseNum(format, pos, end);
                fmt.wid = w.value;
                fmt.widPresent = w.ok;
                pos = w.next;
                if (afterIndex && fmt.widPresent) { // %[3]2d
                    goodArgNum = false;
                }
            }

            if (pos + 1 < end && format.charAt(pos) == '.') {
                pos++;
                if (afterIndex) { // %[3].2d
                    goodArgNum = false;
                }
                argIndex(format, a.length);
                if (pos < end && format.charAt(pos) == '*') {
                    pos++;
                    Num p = intFromArg(a);
                    argNum = p.next;
                    fmt.prec = p.value;
                    fmt.precPresent = p.ok;
                    if (fmt.prec < 0) { // a negative * precision means none
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    Num p = parseNum(format, pos, end);
                    pos = p.next;
                    fmt.prec = p.ok ? p.value : 0; // "%.f" is precision 0
                    fmt.precPresent = true;
                }
            }

            if (!afterIndex) {
                argIndex(format, a.length);
            }
            if (pos >= end) {
                buf.append("%!(NOVERB)");
                break;
            }

            int verb = format.charAt(pos);
            int size = 1;
            if (verb >= 0x80) {
                long dec = ByteStrings.decodeRune(format, pos);
                verb = (int) (dec >>> 8);
                size = (int) (dec & 0xFF);
            }
            pos += size;

            if (verb == '%') { // takes no operand, ignores width and precision
                buf.append('%');
            } else if (!goodArgNum) {
                badVerbNote(verb, "(BADINDEX)");
            } else if (argNum >= a.length) {
                badVerbNote(verb, "(MISSING)");
            } else {
                if (verb == 'v') {
                    // # and + mean Go syntax and field names for %v, not alternate form and sign.
                    fmt.sharpV = fmt.sharp;
                    fmt.sharp = false;
                    fmt.plusV = fmt.plus;
                    fmt.plus = false;
                }
                printArg(operand(a[argNum]), verb);
                argNum++;
            }
        }

        if (!reordered && argNum < a.length) {
            fmt.clearFlags();
            buf.append("%!(EXTRA ");
            for (int i = argNum; i < a.length; i++) {
                if (i > argNum) {
                    buf.append(", ");
                }
                Iface extra = operand(a[i]);
                if (extra == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(typeName(extra.type)).append('=');
                    printArg(extra, 'v');
                }
            }
            buf.append(')');
        }
    }

    private void badVerbNote(int verb, String note) {
        buf.append("%!");
        appendRune(verb);
        buf.append(note);
    }

    private void appendRune(int r) {
        ByteStrings.appendRune(buf, r);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Operands and values

    private static final SliceType BYTES = Types.slice(Types.UINT8);

    private void printArg(Iface a, int verb) {
        arg = a;
        valueType = null;
        value = null;
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                fmt.pad("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            fmt.fmtS(typeName(a.type));
            return;
        }
        if (verb == 'p') {
            fmtPointer(a.type, a.value, 'p');
            return;
        }
        if (a.type instanceof BasicType b) {
            // Predeclared types have no methods.
            printBasic(b, b, a.value, verb);
        } else if (a.type == BYTES) {
            Slice s = (Slice) a.value;
            fmtBytes(bytesOf(s), s == null, verb, "[]byte", a.type, a.value);
        } else if (!handleMethods(verb)) {
            printValue(a.type, a.value, true, verb, 0);
        }
    }

    /**
     * Prints the current {@link #arg} through its Error, String or GoString method if the verb calls for one and
     * its type has it. Also resolves Errorf's %w.
     */
    private boolean handleMethods(int verb) {
        if (erroring) {
            return false;
        }
        if (verb == 'w') {
            boolean isError = arg != null && methods.hasMethod(arg.type, "Error");
            if (!isError || !wrapErrs || wrappedErr != null) {
                wrappedErr = null;
                wrapErrs = false;
                badVerb(verb);
                return true;
            }
            wrappedErr = arg;
            verb = 'v';
        }
        if (arg == null || !mayHaveMethods(arg.type)) {
            return false;
        }
        Iface receiver = arg;
        if (fmt.sharpV) {
            if (methods.hasMethod(receiver.type, "GoString")) {
                String s = callMethod(receiver, "GoString", verb);
                if (s != null) {
                    fmt.fmtS(s);
                }
                return true;
            }
            return false;
        }
        if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
            String method = methods.hasMethod(receiver.type, "Error") ? "Error"
                            : methods.hasMethod(receiver.type, "String") ? "String" : null;
            if (method != null) {
                String s = callMethod(receiver, method, verb);
                if (s != null) {
                    fmtString(s, verb);
                }
                return true;
            }
        }
        return false;
    }

    /** Only named types, and structs (or pointers to them) that embed something, can have methods. */
    private static boolean mayHaveMethods(GoType t) {
        if (t instanceof PointerType p) {
            t = p.elem;
        }
        if (t instanceof NamedType) {
            return true;
        }
        if (t instanceof StructType st) {
            for (StructType.Field f : st.fields) {
                if (f.embedded()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Calls a formatting method; a Go panic in it is printed in place and null returned. */
    private String callMethod(Iface receiver, String method, int verb) {
        try {
            return (String) methods.invoke(receiver, method);
        } catch (RuntimeException e) {
            if (!methods.isPanic(e)) {
                throw e;
            }
            if (receiver.type.underlying() instanceof PointerType && receiver.value == null) {
                // A method with a value receiver called through a nil pointer: Go prints the nil.
                buf.append("<nil>");
                return null;
            }
            if (panicking) {
                throw e;
            }
            FieldWriter.Saved flags = fmt.save();
            fmt.clearFlags();
            buf.append("%!");
            appendRune(verb);
            buf.append("(PANIC=").append(method).append(" method: ");
            panicking = true;
            printArg(methods.panicValue(e), 'v');
            panicking = false;
            buf.append(')');
            fmt.restore(flags);
            return null;
        }
    }

    /**
     * Prints a value of static type t. Below the top level (depth > 0) the value's methods are tried first, unless
     * it was reached through an unexported field ({@code exported} false), which Go's reflection cannot call.
     */
    private void printValue(GoType t, Object v, boolean exported, int verb, int depth) {
        if (depth > 0 && exported) {
            arg = t.underlying() instanceof InterfaceType ? (Iface) v : new Iface(t, v);
            if (handleMethods(verb)) {
                return;
            }
        }
        arg = null;
        valueType = t;
        value = v;

        GoType u = t.underlying();
        if (u instanceof BasicType b) {
            printBasic(t, b, v, verb);
        } else if (u instanceof MapType mt) {
            printMap(t, mt, (GoMap) v, exported, verb, depth);
        } else if (u instanceof StructType st) {
            printStruct(t, st, (StructValue) v, exported, verb, depth);
        } else if (u instanceof InterfaceType) {
            Iface inner = (Iface) v;
            if (inner == null) {
                if (fmt.sharpV) {
                    buf.append(typeName(t)).append("(nil)");
                } else {
                    buf.append("<nil>");
                }
            } else {
                printValue(inner.type, inner.value, exported, verb, depth + 1);
            }
        } else if (u instanceof ArrayType at) {
            printList(t, at.elem, v, 0, Aggregates.length(v), false, exported, verb, depth);
        } else if (u instanceof SliceType st) {
            Slice s = (Slice) v;
            if (s == null) {
                printList(t, st.elem, null, 0, 0, true, exported, verb, depth);
            } else {
                printList(t, st.elem, s.array, s.offset, s.len, false, exported, verb, depth);
            }
        } else if (u instanceof PointerType pt) {
            // Only the operand itself shows what it points to, as &{...}; deeper pointers are addresses, which
            // also keeps cyclic structures finite.
            if (depth == 0 && v != null) {
                GoType eu = pt.elem.underlying();
                if (eu instanceof ArrayType || eu instanceof SliceType || eu instanceof StructType || eu instanceof MapType) {
                    buf.append('&');
                    printValue(pt.elem, deref(pt, v), exported, verb, depth + 1);
                    return;
                }
            }
            fmtPointer(t, v, verb);
        } else if (u instanceof ChanType || u instanceof FuncType) {
            fmtPointer(t, v, verb);
        } else {
            buf.append('?').append(typeName(t)).append('?');
        }
    }

    private void printBasic(GoType t, BasicType b, Object v, int verb) {
        Kind k = b.kind();
        if (k.isBoolean()) {
            fmtBool((Boolean) v, verb);
        } else if (k.isInteger()) {
            fmtInteger(normalizeInteger(k, (Long) v), !k.isUnsigned(), verb);
        } else if (k.isFloat()) {
            fmtFloat((Double) v, k == Kind.FLOAT32 ? 32 : 64, verb);
        } else if (k.isString()) {
            fmtString((String) v, verb);
        } else if (k == Kind.UNSAFE_POINTER) {
            fmtPointer(t, v, verb);
        } else {
            buf.append('?').append(typeName(t)).append('?'); // complex numbers have no value representation yet
        }
    }

    /** An integer of kind k as its 64 bits (sign-extended or zero-extended from the kind's size). */
    static long normalizeInteger(Kind k, long v) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32, UNTYPED_RUNE -> (int) v;
            case UINT8 -> v & 0xFF;
            case UINT16 -> v & 0xFFFF;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    private void printMap(GoType t, MapType mt, GoMap m, boolean exported, int verb, int depth) {
        if (fmt.sharpV) {
            buf.append(typeName(t));
            if (m == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append("map[");
        }
        if (m != null) {
            List<MapOrder.Entry> entries = MapOrder.sorted(mt, m);
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    buf.append(fmt.sharpV ? ", " : " ");
                }
                printValue(mt.key, entries.get(i).key(), exported, verb, depth + 1);
                buf.append(':');
                printValue(mt.value, entries.get(i).value(), exported, verb, depth + 1);
            }
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    private void printStruct(GoType t, StructType st, StructValue sv, boolean exported, int verb, int depth) {
        if (fmt.sharpV) {
            buf.append(typeName(t));
        }
        buf.append('{');
        for (int i = 0; i < st.fields.size(); i++) {
            StructType.Field f = st.fields.get(i);
            if (i > 0) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            if ((fmt.plusV || fmt.sharpV) && !f.name().isEmpty()) {
                buf.append(ByteStrings.fromJava(f.name())).append(':');
            }
            printValue(f.type(), sv.fieldValue(f), exported && f.exported(), verb, depth + 1);
        }
        buf.append('}');
    }

    /** Arrays and slices: [a b c], or T{a, b, c} for %#v; byte sequences take the string verbs. */
    private void printList(GoType t, GoType elem, Object array, int offset, int len, boolean nilSlice, boolean exported,
                    int verb, int depth) {
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem.underlying() instanceof BasicType b
                        && b.kind() == Kind.UINT8) {
            String bytes = array == null ? "" : ByteStrings.fromBytes((byte[]) array, offset, len);
            fmtBytes(bytes, nilSlice, verb, typeName(t), t, null);
            return;
        }
        if (fmt.sharpV) {
            buf.append(typeName(t));
            if (nilSlice) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append('[');
        }
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            printValue(elem, Aggregates.getSigned(array, offset + i, elem), exported, verb, depth + 1);
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    /** The value a non-nil pointer points to (a struct or array pointer is the aggregate itself). */
    private static Object deref(PointerType pt, Object p) {
        GoType eu = pt.elem.underlying();
        if (eu instanceof StructType || eu instanceof ArrayType) {
            return p;
        }
        Pointer ptr = (Pointer) p;
        return switch (pt.elem.rep()) {
            case LONG -> ptr.getLong();
            case DOUBLE -> ptr.getDouble();
            case BOOL -> ptr.getBool();
            case OBJECT -> ptr.getObject();
        };
    }

    private static String bytesOf(Slice s) {
        return s == null ? "" : ByteStrings.fromBytes((byte[]) s.array, s.offset, s.len);
    }

    /** The Go spelling of a type, as %T and error messages print it, as a byte string. */
    private static String typeName(GoType t) {
        return ByteStrings.fromJava(t.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Verbs by kind

    /** %!verb(type=value): the verb does not apply to the operand. Methods are not used to print the value. */
    private void badVerb(int verb) {
        erroring = true;
        buf.append("%!");
        appendRune(verb);
        buf.append('(');
        Iface a = arg;
        GoType vt = valueType;
        Object v = value;
        if (a != null) {
            buf.append(typeName(a.type)).append('=');
            printArg(a, 'v');
        } else if (vt != null) {
            buf.append(typeName(vt)).append('=');
            printValue(vt, v, false, 'v', 0);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            fmt.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    /** Hex with or without 0x regardless of the # flag: pointers and %#v of unsigned integers. */
    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = fmt.sharp;
        fmt.sharp = leading0x;
        fmt.fmtInteger(v, 16, false, 'v', FieldWriter.LOWER_DIGITS);
        fmt.sharp = sharp;
    }

    private void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    fmt.fmtInteger(v, 10, signed, 'v', FieldWriter.LOWER_DIGITS);
                }
            }
            case 'd' -> fmt.fmtInteger(v, 10, signed, 'd', FieldWriter.LOWER_DIGITS);
            case 'b' -> fmt.fmtInteger(v, 2, signed, 'b', FieldWriter.LOWER_DIGITS);
            case 'o', 'O' -> fmt.fmtInteger(v, 8, signed, (char) verb, FieldWriter.LOWER_DIGITS);
            case 'x' -> fmt.fmtInteger(v, 16, signed, 'x', FieldWriter.LOWER_DIGITS);
            case 'X' -> fmt.fmtInteger(v, 16, signed, 'X', FieldWriter.UPPER_DIGITS);
            case 'c' -> fmt.fmtC(v);
            case 'q' -> fmt.fmtQc(v);
            case 'U' -> fmt.fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmt.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> fmt.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> fmt.fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    private void fmtString(String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    fmt.fmtQ(v);
                } else {
                    fmt.fmtS(v);
                }
            }
            case 's' -> fmt.fmtS(v);
            case 'x' -> fmt.fmtSx(v, FieldWriter.LOWER_DIGITS);
            case 'X' -> fmt.fmtSx(v, FieldWriter.UPPER_DIGITS);
            case 'q' -> fmt.fmtQ(v);
            default -> badVerb(verb);
        }
    }

    /**
     * A byte slice or array under a string verb, or the exact type []byte under any verb. {@code sliceType} and
     * {@code slice} are the original value, for verbs that print it element by element.
     */
    private void fmtBytes(String bytes, boolean isNil, int verb, String typeString, GoType sliceType, Object slice) {
        switch (verb) {
            case 'v', 'd' -> {
                if (fmt.sharpV) {
                    buf.append(typeString);
                    if (isNil) {
                        buf.append("(nil)");
                        return;
                    }
                    buf.append('{');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) {
                            buf.append(", ");
                        }
                        fmt0x64(bytes.charAt(i), true);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        fmt.fmtInteger(bytes.charAt(i), 10, false, (char) verb, FieldWriter.LOWER_DIGITS);
                    }
                    buf.append(']');
                }
            }
            case 's' -> fmt.fmtS(bytes);
            case 'x' -> fmt.fmtSx(bytes, FieldWriter.LOWER_DIGITS);
            case 'X' -> fmt.fmtSx(bytes, FieldWriter.UPPER_DIGITS);
            case 'q' -> fmt.fmtQ(bytes);
            default -> printValue(sliceType, slice, true, verb, 0);
        }
    }

    /** Values shown as addresses: pointers, channels, funcs, and maps and slices under %p. */
    private void fmtPointer(GoType t, Object v, int verb) {
        GoType u = t.underlying();
        boolean pointerLike = u instanceof PointerType || u instanceof ChanType || u instanceof FuncType || u instanceof MapType
                        || u instanceof SliceType || (u instanceof BasicType b && b.kind() == Kind.UNSAFE_POINTER);
        if (!pointerLike) {
            badVerb(verb);
            return;
        }
        long addr = Addresses.of(t, v);
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    buf.append('(').append(typeName(t)).append(")(");
                    if (addr == 0) {
                        buf.append("nil");
                    } else {
                        fmt0x64(addr, true);
                    }
                    buf.append(')');
                } else if (addr == 0) {
                    fmt.pad("<nil>");
                } else {
                    fmt0x64(addr, !fmt.sharp);
                }
            }
            case 'p' -> fmt0x64(addr, !fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(addr, false, verb);
            default -> badVerb(verb);
        }
    }
}
