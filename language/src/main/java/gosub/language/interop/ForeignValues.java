package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import gosub.language.GoContext;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.StructType;
import gosub.language.types.Types;
import gosub.language.values.FuncValue;
import gosub.language.values.NilObject;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.List;

/**
 * Objects of other languages held by Go code: the {@code polyglot.Value} of the standard package {@code polyglot},
 * and the operations its methods perform on them. A Value is a struct with one unexported field of type
 * {@code func()}; the object sits in that field as the environment of a host function (so copying, printing and
 * the zero value, null, all behave as for any Go func). Go values handed over go out through {@link GoToHost}, and a
 * Value's conversions to Go types come in through {@link HostToGo}, as for every other crossing.
 * <p>
 * An operation the other side refuses or throws from is a {@link Failure} with Go-style words; a Go panic that went
 * out through the other side comes back as itself, as it does through a host function.
 */
public final class ForeignValues {
    private ForeignValues() {
    }

    private static final FuncType REF_TYPE = Types.func(List.of(), List.of(), false);

    /** An operation the other side refused or threw from: the message, and the exception (null if none). */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        public final transient Object exception;

        /** A refusal without an exception. */
        public Failure(String message) {
            this(message, null);
        }

        Failure(String message, Object exception) {
            super(message, null, false, false);
            this.exception = exception;
        }
    }

    /** Whether t is polyglot.Value (as loaded by one of the context's programs). */
    public static boolean isValueType(GoContext ctx, GoType t) {
        return ctx.foreignValueTypes.contains(t);
    }

    /** The reference a Value keeps for object o: nil for the other side's null. */
    @TruffleBoundary
    public static FuncValue ref(GoContext ctx, Object o) {
        if (o == null || o instanceof NilObject || InteropLibrary.getUncached().isNull(o)) {
            return null;
        }
        return new FuncValue(HostFunctionRoot.target(ctx, REF_TYPE), o, "polyglot.Value");
    }

    /** The object behind a Value's reference (the null object for nil). */
    public static Object object(Object ref) {
        return ref == null ? NilObject.INSTANCE : ((FuncValue) ref).env;
    }

    /** A polyglot.Value of struct type t (its underlying type) holding o: what a foreign object converts to. */
    static StructValue value(GoContext ctx, GoType t, Object o) {
        StructValue sv = new StructValue((StructType) t.underlying());
        sv.refs[0] = ref(ctx, o);
        return sv;
    }

    /** The object a polyglot.Value (a struct value) holds. */
    static Object unwrap(Object structValue) {
        return object(((StructValue) structValue).refs[0]);
    }

    /** The reference for Go value v of static type any as the other side sees it (a Value is what it holds). */
    @TruffleBoundary
    public static FuncValue refOf(GoContext ctx, Object v) {
        return ref(ctx, export(ctx, v));
    }

    private static Object export(GoContext ctx, Object v) {
        return GoToHost.export(ctx, Types.EMPTY_INTERFACE, v);
    }

    private static Object[] exportAll(GoContext ctx, Object args) {
        Slice s = (Slice) args;
        if (s == null) {
            return new Object[0];
        }
        Object[] out = new Object[s.len];
        for (int i = 0; i < s.len; i++) {
            out[i] = export(ctx, ((Object[]) s.array)[s.offset + i]);
        }
        return out;
    }

    private static InteropLibrary lib() {
        return InteropLibrary.getUncached();
    }

    /** Calls executable o with Go arguments args (a []any). */
    @TruffleBoundary
    public static Object call(GoContext ctx, Object o, Object args) throws Failure {
        Object[] a = exportAll(ctx, args);
        try {
            return lib().execute(o, a);
        } catch (UnsupportedMessageException e) {
            throw refused("Value.Call", o, "is not executable");
        } catch (AbstractTruffleException e) {
            throw thrown("Value.Call", e);
        } catch (InteropException e) {
            throw refusedArguments("Value.Call", o, e);
        }
    }

    /** Calls o's method named method with Go arguments args. */
    @TruffleBoundary
    public static Object invoke(GoContext ctx, Object o, String method, Object args) throws Failure {
        Object[] a = exportAll(ctx, args);
        try {
            return lib().invokeMember(o, method, a);
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            throw refused("Value.Invoke", o, "has no method " + method);
        } catch (AbstractTruffleException e) {
            throw thrown("Value.Invoke", e);
        } catch (InteropException e) {
            throw refusedArguments("Value.Invoke " + method, o, e);
        }
    }

    /** Instantiates o with Go arguments args. */
    @TruffleBoundary
    public static Object instantiate(GoContext ctx, Object o, Object args) throws Failure {
        Object[] a = exportAll(ctx, args);
        try {
            return lib().instantiate(o, a);
        } catch (UnsupportedMessageException e) {
            throw refused("Value.New", o, "is not instantiable");
        } catch (AbstractTruffleException e) {
            throw thrown("Value.New", e);
        } catch (InteropException e) {
            throw refusedArguments("Value.New", o, e);
        }
    }

    /** Reads o's member named member. */
    @TruffleBoundary
    public static Object read(Object o, String member) throws Failure {
        try {
            return lib().readMember(o, member);
        } catch (AbstractTruffleException e) {
            throw thrown("Value.Get", e);
        } catch (InteropException e) {
            throw refused("Value.Get", o, "has no readable member " + member);
        }
    }

    /** Writes Go value x (of static type any) to o's member named member. */
    @TruffleBoundary
    public static void write(GoContext ctx, Object o, String member, Object x) throws Failure {
        try {
            lib().writeMember(o, member, export(ctx, x));
        } catch (AbstractTruffleException e) {
            throw thrown("Value.Set", e);
        } catch (UnsupportedTypeException e) {
            throw refused("Value.Set", o, "cannot take " + show(export(ctx, x)) + " in member " + member);
        } catch (InteropException e) {
            throw refused("Value.Set", o, "has no writable member " + member);
        }
    }

    @TruffleBoundary
    public static boolean hasMember(Object o, String member) {
        return lib().isMemberExisting(o, member);
    }

    /** The names of o's members, none if it has none. */
    @TruffleBoundary
    public static String[] members(Object o) {
        InteropLibrary lib = lib();
        try {
            if (!lib.hasMembers(o)) {
                return new String[0];
            }
            Object names = lib.getMembers(o);
            String[] out = new String[(int) lib.getArraySize(names)];
            for (int i = 0; i < out.length; i++) {
                out[i] = lib.asString(lib.readArrayElement(names, i));
            }
            return out;
        } catch (InteropException e) {
            return new String[0];
        }
    }

    /** Reads o's array element i. */
    @TruffleBoundary
    public static Object index(Object o, long i) throws Failure {
        try {
            return lib().readArrayElement(o, i);
        } catch (AbstractTruffleException e) {
            throw thrown("Value.Index", e);
        } catch (InvalidArrayIndexException e) {
            throw refused("Value.Index", o, "has no element " + i + length(o));
        } catch (InteropException e) {
            throw refused("Value.Index", o, "has no array elements");
        }
    }

    /** Writes Go value x to o's array element i. */
    @TruffleBoundary
    public static void setIndex(GoContext ctx, Object o, long i, Object x) throws Failure {
        try {
            lib().writeArrayElement(o, i, export(ctx, x));
        } catch (AbstractTruffleException e) {
            throw thrown("Value.SetIndex", e);
        } catch (InvalidArrayIndexException e) {
            throw refused("Value.SetIndex", o, "has no element " + i + length(o));
        } catch (UnsupportedTypeException e) {
            throw refused("Value.SetIndex", o, "cannot take " + show(export(ctx, x)) + " as element " + i);
        } catch (InteropException e) {
            throw refused("Value.SetIndex", o, "has no writable array elements");
        }
    }

    private static String length(Object o) {
        try {
            return " (length " + lib().getArraySize(o) + ")";
        } catch (InteropException e) {
            return "";
        }
    }

    /** The number of o's array elements, or of its hash entries. */
    @TruffleBoundary
    public static long size(Object o) throws Failure {
        InteropLibrary lib = lib();
        try {
            if (lib.hasArrayElements(o)) {
                return lib.getArraySize(o);
            }
            if (lib.hasHashEntries(o)) {
                return lib.getHashSize(o);
            }
        } catch (AbstractTruffleException e) {
            throw thrown("Value.Len", e);
        } catch (InteropException e) {
            // refused below
        }
        throw refused("Value.Len", o, "has neither array elements nor hash entries");
    }

    @TruffleBoundary
    public static boolean isNull(Object o) {
        return lib().isNull(o);
    }

    /** o as its own language displays it. */
    @TruffleBoundary
    public static String display(Object o) {
        try {
            return lib().asString(lib().toDisplayString(o, true));
        } catch (AbstractTruffleException | UnsupportedMessageException e) {
            return "<" + HostToGo.describe(o) + ">";
        }
    }

    /** o converted to Go type t as a Go parameter would be ({@link HostToGo}); op names the Value method. */
    @TruffleBoundary
    public static Object as(GoContext ctx, GoType t, Object o, String op) throws Failure {
        try {
            return HostToGo.convert(ctx, t, o, op);
        } catch (HostToGo.Mismatch e) {
            throw new Failure("polyglot: " + e.getMessage(), null);
        } catch (AbstractTruffleException e) {
            throw thrown(op, e);
        }
    }

    /** Go's words for what o is: its display and its language's type name. */
    static String show(Object o) {
        return HostToGo.show(o) + " (" + HostToGo.describe(o) + ")";
    }

    /** An operation the other side does not support for o: "polyglot: Value.Get: obj (T) has no ..." */
    @TruffleBoundary
    public static Failure refused(String op, Object o, String why) {
        return new Failure("polyglot: " + op + ": " + show(o) + " " + why, null);
    }

    private static Failure refusedArguments(String op, Object o, InteropException e) {
        if (e instanceof ArityException a) {
            String want = a.getExpectedMaxArity() == a.getExpectedMinArity() ? String.valueOf(a.getExpectedMinArity())
                            : a.getExpectedMaxArity() < 0 ? "at least " + a.getExpectedMinArity()
                            : a.getExpectedMinArity() + " to " + a.getExpectedMaxArity();
            return refused(op, o, "takes " + want + " arguments, not " + a.getActualArity());
        }
        String why = e.getMessage();
        return refused(op, o, "refused the arguments" + (why == null || why.isEmpty() ? "" : ": " + why));
    }

    /**
     * An exception thrown on the other side, as a Go error: "polyglot: OP: TYPE: message". A Go panic that went out
     * through the other side is not an error of the other side: it goes on as the panic it was.
     */
    @TruffleBoundary
    public static Failure thrown(String op, AbstractTruffleException e) {
        if (e instanceof GoGuestException g && g.panic != null) {
            throw g.panic;
        }
        String text = describeException(e);
        return new Failure("polyglot: " + op + ": " + (text == null ? "exception" : text), e);
    }

    /**
     * What an exception of another language says in a Go error or panic: its class and message for a Java exception
     * ({@code java.lang.IllegalStateException: boom}), its message otherwise; null when it has neither.
     */
    public static String describeException(AbstractTruffleException e) {
        InteropLibrary lib = lib();
        String message = null;
        try {
            if (lib.hasExceptionMessage(e)) {
                message = lib.asString(lib.getExceptionMessage(e));
            }
        } catch (InteropException x) {
            // no message then
        }
        String type = HostToGo.describe(e);
        return type.equals("foreign object") ? message : message == null ? type : type + ": " + message;
    }
}
