package gosub.language.stdlib.fmt;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.types.ArrayType;
import gosub.language.stdlib.reflect.Held;
import gosub.language.stdlib.reflect.PrintedValues;
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
import gosub.language.values.Complex;
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
 * <p>The rules are those of the fmt documentation. A Printer walks a value by its Go type: an operand, and at every
 * level below it anything reached through exported fields, is printed by its Format method if its dynamic type is a
 * fmt.Formatter (for every verb but %T and %p), else through its Error or String method (GoString for %#v) if it has
 * one; otherwise by kind, as a composite of its parts or as one field
 * ({@link FieldWriter}). A verb that does not fit a value prints {@code %!verb(type=value)} in place, with methods
 * switched off. Printf's directives are read by {@link DirectiveReader}.
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
            p.printOperand(arg, 'v');
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
            p.printOperand(operand(args[i]), 'v');
        }
        return p.buf.append('\n').toString();
    }

    /** Printf and Sprintf. The format is a byte string. */
    @TruffleBoundary
    public static String sprintf(String format, Object[] args, MethodInvoker methods) {
        Printer p = new Printer(methods);
        p.printf(format, args);
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
        p.printf(format, args);
        return new Wrapped(p.buf.toString(), p.wrappedErr);
    }

    private final StringBuilder buf = new StringBuilder();
    private final FieldWriter field = new FieldWriter(buf);
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
    // Printf

    private void printf(String format, Object[] operands) {
        DirectiveReader directives = new DirectiveReader(format, operands);
        for (;;) {
            DirectiveReader.Outcome outcome = directives.next(buf, field);
            int verb = directives.verb();
            switch (outcome) {
                case LITERAL_END -> {
                    reportUnused(operands, directives.unusedFrom());
                    return;
                }
                case NO_VERB -> {
                    buf.append("%!(NOVERB)");
                    reportUnused(operands, directives.unusedFrom());
                    return;
                }
                case PERCENT -> buf.append('%');
                case BAD_INDEX -> misuse(verb, "(BADINDEX)");
                case MISSING -> misuse(verb, "(MISSING)");
                case OPERAND -> {
                    if (verb == 'v') {
                        // # and + mean Go syntax and field names for %v, not alternate form and sign.
                        field.goSyntax = field.alternate;
                        field.alternate = false;
                        field.fieldNames = field.signAlways;
                        field.signAlways = false;
                    }
                    printOperand(operand(operands[directives.operand()]), verb);
                }
            }
        }
    }

    /** %!(EXTRA type=value, ...) for operands no directive used. */
    private void reportUnused(Object[] operands, int from) {
        if (from >= operands.length) {
            return;
        }
        field.reset();
        buf.append("%!(EXTRA ");
        for (int i = from; i < operands.length; i++) {
            if (i > from) {
                buf.append(", ");
            }
            Iface extra = operand(operands[i]);
            if (extra == null) {
                buf.append("<nil>");
            } else {
                buf.append(typeName(extra.type)).append('=');
                printOperand(extra, 'v');
            }
        }
        buf.append(')');
    }

    private void misuse(int verb, String note) {
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

    private void printOperand(Iface a, int verb) {
        arg = a;
        valueType = null;
        value = null;
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                field.pad("<nil>");
            } else {
                wrongVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            field.text(typeName(a.type));
            return;
        }
        if (PrintedValues.isValue(a.type)) {
            // Go's fmt prints what a reflect.Value holds, through its methods when the program could call them
            Held held = PrintedValues.contents(a);
            if (held == null) {
                field.pad("<invalid reflect.Value>");
                return;
            }
            Iface inner = PrintedValues.operand(held);
            if (inner == null) {
                field.pad("<nil>");
                return;
            }
            if (!PrintedValues.exported(held)) {
                printTyped(inner.type, inner.value, false, verb, 0);
                return;
            }
            a = inner;
            arg = a;
        }
        if (verb == 'p') {
            printPointer(a.type, a.value, 'p');
            return;
        }
        if (a.type instanceof BasicType b) {
            // Predeclared types have no methods.
            printBasic(b, b, a.value, verb);
        } else if (a.type == BYTES) {
            Slice s = (Slice) a.value;
            printBytes(bytesOf(s), s == null, verb, "[]byte", a.type, a.value);
        } else if (!printedByMethod(verb)) {
            printTyped(a.type, a.value, true, verb, 0);
        }
    }

    /**
     * Prints the current {@link #arg} through its Format method if its type is a Formatter, else through its Error,
     * String or GoString method if the verb calls for one and its type has it. Also resolves Errorf's %w.
     */
    private boolean printedByMethod(int verb) {
        if (erroring) {
            return false;
        }
        if (verb == 'w') {
            boolean isError = arg != null && methods.hasMethod(arg.type, "Error");
            if (!isError || !wrapErrs || wrappedErr != null) {
                wrappedErr = null;
                wrapErrs = false;
                wrongVerb(verb);
                return true;
            }
            wrappedErr = arg;
            verb = 'v';
        }
        if (arg == null || !mayHaveMethods(arg.type)) {
            return false;
        }
        Iface receiver = arg;
        if (methods.isFormatter(receiver.type)) {
            printFormatted(receiver, verb);
            return true;
        }
        if (field.goSyntax) {
            if (methods.hasMethod(receiver.type, "GoString")) {
                String s = callMethod(receiver, "GoString", verb);
                if (s != null) {
                    field.text(s);
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
                    printString(s, verb);
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
            if (panicking && !isNilPointer(receiver)) {
                throw e;
            }
            printPanic(receiver, method, verb, methods.panicValue(e));
            return null;
        }
    }

    /**
     * Prints receiver through its Format method, which writes the operand's text itself, under the current
     * directive. What it wrote before a panic stays, followed by the panic.
     */
    private void printFormatted(Iface receiver, int verb) {
        boolean recover = !panicking || isNilPointer(receiver);
        MethodInvoker.Formatted done = methods.format(receiver, directive(verb), recover);
        buf.append(done.written());
        if (done.panicValue() != null) {
            printPanic(receiver, "Format", verb, done.panicValue());
        }
    }

    /** The current directive as fmt.State shows it: # and + count whether %v turned them into Go syntax or not. */
    private MethodInvoker.Directive directive(int verb) {
        StringBuilder flags = new StringBuilder(5);
        if (field.leftAlign) {
            flags.append('-');
        }
        if (field.signAlways || field.fieldNames) {
            flags.append('+');
        }
        if (field.alternate || field.goSyntax) {
            flags.append('#');
        }
        if (field.spaceForSign) {
            flags.append(' ');
        }
        if (field.zeroPad) {
            flags.append('0');
        }
        return new MethodInvoker.Directive(verb, field.width, field.hasWidth, field.precision, field.hasPrecision,
                        flags.toString());
    }

    private static boolean isNilPointer(Iface v) {
        return v.type.underlying() instanceof PointerType && v.value == null;
    }

    /**
     * Prints, in place of the operand, that its method panicked with value: %!verb(PANIC=String method: boom),
     * without the directive's flags. A nil pointer receiver prints as {@code <nil>} instead, since that is most
     * likely what made the method fail (a value method called through it, or a method that does not check).
     */
    private void printPanic(Iface receiver, String method, int verb, Iface value) {
        if (isNilPointer(receiver)) {
            buf.append("<nil>");
            return;
        }
        FieldWriter.Settings settings = field.save();
        field.reset();
        buf.append("%!");
        appendRune(verb);
        buf.append("(PANIC=").append(method).append(" method: ");
        panicking = true;
        printOperand(value, 'v');
        panicking = false;
        buf.append(')');
        field.restore(settings);
    }

    /**
     * Prints a value of static type t. Below the top level (depth > 0) the value's methods are tried first, unless
     * it was reached through an unexported field ({@code exported} false), which Go's reflection cannot call.
     */
    private void printTyped(GoType t, Object v, boolean exported, int verb, int depth) {
        if (depth > 0 && exported) {
            arg = t.underlying() instanceof InterfaceType ? (Iface) v : new Iface(t, v);
            if (printedByMethod(verb)) {
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
                if (field.goSyntax) {
                    buf.append(typeName(t)).append("(nil)");
                } else {
                    buf.append("<nil>");
                }
            } else {
                printTyped(inner.type, inner.value, exported, verb, depth + 1);
            }
        } else if (u instanceof ArrayType at) {
            printList(t, at.elem, Aggregates.backing(v), Aggregates.start(v), Aggregates.length(v), false, exported, verb, depth);
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
                    printTyped(pt.elem, deref(pt, v), exported, verb, depth + 1);
                    return;
                }
            }
            printPointer(t, v, verb);
        } else if (u instanceof ChanType || u instanceof FuncType) {
            printPointer(t, v, verb);
        } else {
            buf.append('?').append(typeName(t)).append('?');
        }
    }

    private void printBasic(GoType t, BasicType b, Object v, int verb) {
        Kind k = b.kind();
        if (k.isBoolean()) {
            printBool((Boolean) v, verb);
        } else if (k.isInteger()) {
            printInteger(k.truncate((Long) v), !k.isUnsigned(), verb);
        } else if (k.isFloat()) {
            printFloat((Double) v, k == Kind.FLOAT32 ? 32 : 64, verb);
        } else if (k.isString()) {
            printString((String) v, verb);
        } else if (k == Kind.UNSAFE_POINTER) {
            printPointer(t, v, verb);
        } else if (k.isComplex()) {
            printComplex((Complex) v, k == Kind.COMPLEX64 ? 64 : 128, verb);
        } else {
            buf.append('?').append(typeName(t)).append('?');
        }
    }

    private void printMap(GoType t, MapType mt, GoMap m, boolean exported, int verb, int depth) {
        if (field.goSyntax) {
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
                    buf.append(field.goSyntax ? ", " : " ");
                }
                printTyped(mt.key, entries.get(i).key(), exported, verb, depth + 1);
                buf.append(':');
                printTyped(mt.value, entries.get(i).value(), exported, verb, depth + 1);
            }
        }
        buf.append(field.goSyntax ? '}' : ']');
    }

    private void printStruct(GoType t, StructType st, StructValue sv, boolean exported, int verb, int depth) {
        if (field.goSyntax) {
            buf.append(typeName(t));
        }
        buf.append('{');
        for (int i = 0; i < st.fields.size(); i++) {
            StructType.Field f = st.fields.get(i);
            if (i > 0) {
                buf.append(field.goSyntax ? ", " : " ");
            }
            if ((field.fieldNames || field.goSyntax) && !f.name().isEmpty()) {
                buf.append(ByteStrings.fromJava(f.name())).append(':');
            }
            printTyped(f.type(), sv.fieldValue(f), exported && f.exported(), verb, depth + 1);
        }
        buf.append('}');
    }

    /** Arrays and slices: [a b c], or T{a, b, c} for %#v; byte sequences take the string verbs. */
    private void printList(GoType t, GoType elem, Object array, int offset, int len, boolean nilSlice, boolean exported,
                    int verb, int depth) {
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem.underlying() instanceof BasicType b
                        && b.kind() == Kind.UINT8) {
            String bytes = array == null ? "" : ByteStrings.fromBytes((byte[]) array, offset, len);
            printBytes(bytes, nilSlice, verb, typeName(t), t, null);
            return;
        }
        if (field.goSyntax) {
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
                buf.append(field.goSyntax ? ", " : " ");
            }
            printTyped(elem, Aggregates.getSigned(array, offset + i, elem), exported, verb, depth + 1);
        }
        buf.append(field.goSyntax ? '}' : ']');
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
    private void wrongVerb(int verb) {
        erroring = true;
        buf.append("%!");
        appendRune(verb);
        buf.append('(');
        Iface a = arg;
        GoType vt = valueType;
        Object v = value;
        if (a != null) {
            buf.append(typeName(a.type)).append('=');
            printOperand(a, 'v');
        } else if (vt != null) {
            buf.append(typeName(vt)).append('=');
            printTyped(vt, v, false, 'v', 0);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    private void printBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            field.bool(v);
        } else {
            wrongVerb(verb);
        }
    }

    /** Hex with or without 0x regardless of the # flag: pointers and %#v of unsigned integers. */
    private void hex64(long v, boolean leading0x) {
        boolean sharp = field.alternate;
        field.alternate = leading0x;
        field.integer(v, 16, false, 'v', false);
        field.alternate = sharp;
    }

    private void printInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (field.goSyntax && !signed) {
                    hex64(v, true);
                } else {
                    field.integer(v, 10, signed, 'v', false);
                }
            }
            case 'd' -> field.integer(v, 10, signed, 'd', false);
            case 'b' -> field.integer(v, 2, signed, 'b', false);
            case 'o', 'O' -> field.integer(v, 8, signed, (char) verb, false);
            case 'x' -> field.integer(v, 16, signed, 'x', false);
            case 'X' -> field.integer(v, 16, signed, 'X', true);
            case 'c' -> field.character(v);
            case 'q' -> field.quotedRune(v);
            case 'U' -> field.codePoint(v);
            default -> wrongVerb(verb);
        }
    }

    private void printFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> field.floatNumber(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> field.floatNumber(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> field.floatNumber(v, size, (char) verb, 6);
            case 'F' -> field.floatNumber(v, size, 'f', 6);
            default -> wrongVerb(verb);
        }
    }

    /**
     * A complex as Go's fmt shows it: both parts in the float verb, each with the width and precision, the
     * imaginary part always signed, in parentheses: (1+2i), (  1.00 +2.00i).
     */
    private void printComplex(Complex v, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean plus = field.signAlways;
                buf.append('(');
                printFloat(v.re, size / 2, verb);
                field.signAlways = true;
                printFloat(v.im, size / 2, verb);
                buf.append("i)");
                field.signAlways = plus;
            }
            default -> wrongVerb(verb);
        }
    }

    private void printString(String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (field.goSyntax) {
                    field.quoted(v);
                } else {
                    field.text(v);
                }
            }
            case 's' -> field.text(v);
            case 'x' -> field.hexText(v, false);
            case 'X' -> field.hexText(v, true);
            case 'q' -> field.quoted(v);
            default -> wrongVerb(verb);
        }
    }

    /**
     * A byte slice or array under a string verb, or the exact type []byte under any verb. {@code sliceType} and
     * {@code slice} are the original value, for verbs that print it element by element.
     */
    private void printBytes(String bytes, boolean isNil, int verb, String typeString, GoType sliceType, Object slice) {
        switch (verb) {
            case 'v', 'd' -> {
                if (field.goSyntax) {
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
                        hex64(bytes.charAt(i), true);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        field.integer(bytes.charAt(i), 10, false, (char) verb, false);
                    }
                    buf.append(']');
                }
            }
            case 's' -> field.text(bytes);
            case 'x' -> field.hexText(bytes, false);
            case 'X' -> field.hexText(bytes, true);
            case 'q' -> field.quoted(bytes);
            default -> printTyped(sliceType, slice, true, verb, 0);
        }
    }

    /** Values shown as addresses: pointers, channels, funcs, and maps and slices under %p. */
    private void printPointer(GoType t, Object v, int verb) {
        GoType u = t.underlying();
        boolean pointerLike = u instanceof PointerType || u instanceof ChanType || u instanceof FuncType || u instanceof MapType
                        || u instanceof SliceType || (u instanceof BasicType b && b.kind() == Kind.UNSAFE_POINTER);
        if (!pointerLike) {
            wrongVerb(verb);
            return;
        }
        long addr = Addresses.of(t, v);
        switch (verb) {
            case 'v' -> {
                if (field.goSyntax) {
                    buf.append('(').append(typeName(t)).append(")(");
                    if (addr == 0) {
                        buf.append("nil");
                    } else {
                        hex64(addr, true);
                    }
                    buf.append(')');
                } else if (addr == 0) {
                    field.pad("<nil>");
                } else {
                    hex64(addr, !field.alternate);
                }
            }
            case 'p' -> hex64(addr, !field.alternate);
            case 'b', 'o', 'd', 'x', 'X' -> printInteger(addr, false, verb);
            default -> wrongVerb(verb);
        }
    }
}
