package gosub.language.stdlib.polyglot;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.source.Source;
import gosub.language.GoContext;
import gosub.language.GoLanguage;
import gosub.language.interop.ForeignValues;
import gosub.language.interop.ForeignValues.Failure;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.types.GoType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

import java.util.TreeSet;

/**
 * The natives of the package polyglot (polyglot.go): the bindings, Eval and host classes through the context's
 * {@link TruffleLanguage.Env}, and a Value's operations through {@link ForeignValues}. A native that can fail
 * returns its value, a failure message (empty when it worked) and the exception the other side threw (nil if
 * none); polyglot.go makes those a Value and an error. A Value reaches a native as its reference (a func()).
 */
public final class PolyglotNatives {
    private PolyglotNatives() {
    }

    /** What an operation on the other side gives: an object, or a failure. */
    @FunctionalInterface
    private interface Operation {
        Object run(Object receiver) throws Failure;
    }

    /** The (ref, message, exception) results of an operation whose result is a Value. */
    private static Object[] valueResult(GoContext ctx, Object ref, Operation op) {
        try {
            return new Object[] {ForeignValues.ref(ctx, op.run(ForeignValues.object(ref))), "", null};
        } catch (Failure f) {
            return new Object[] {null, ByteStrings.fromJava(f.getMessage()), ForeignValues.ref(ctx, f.exception)};
        }
    }

    /** The (message, exception) results of an operation without a result. */
    private static Object[] statusResult(GoContext ctx, Object ref, Operation op) {
        try {
            op.run(ForeignValues.object(ref));
            return new Object[] {"", null};
        } catch (Failure f) {
            return new Object[] {ByteStrings.fromJava(f.getMessage()), ForeignValues.ref(ctx, f.exception)};
        }
    }

    /** The (value, message) results of a conversion of a Value to Go type t, whose zero value is zero. */
    private static Object[] conversion(GoContext ctx, Object ref, GoType t, Object zero, String op) {
        try {
            return new Object[] {ForeignValues.as(ctx, t, ForeignValues.object(ref), op), ""};
        } catch (Failure f) {
            return new Object[] {zero, ByteStrings.fromJava(f.getMessage())};
        }
    }

    private static String str(Object goString) {
        return ByteStrings.toJava((String) goString);
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("polyglot.importSymbol", (JavaNative) (g, a) -> valueResult(ctx, null, o -> importSymbol(ctx.env, str(a[0]))));
        n.register("polyglot.exportSymbol", (JavaNative) (g, a) -> statusResult(ctx, null, o -> {
            exportSymbol(ctx.env, str(a[0]), ForeignValues.object(ForeignValues.refOf(ctx, a[1])));
            return null;
        }));
        n.register("polyglot.eval", (JavaNative) (g, a) -> valueResult(ctx, null, o -> eval(ctx.env, str(a[0]), str(a[1]))));
        n.register("polyglot.javaType", (JavaNative) (g, a) -> valueResult(ctx, null, o -> javaType(ctx.env, str(a[0]))));
        n.register("polyglot.call", (JavaNative) (g, a) -> valueResult(ctx, a[0], o -> ForeignValues.call(ctx, o, a[1])));
        n.register("polyglot.invoke", (JavaNative) (g, a) -> valueResult(ctx, a[0], o -> ForeignValues.invoke(ctx, o, str(a[1]), a[2])));
        n.register("polyglot.newInstance", (JavaNative) (g, a) -> valueResult(ctx, a[0], o -> ForeignValues.instantiate(ctx, o, a[1])));
        n.register("polyglot.getMember", (JavaNative) (g, a) -> valueResult(ctx, a[0], o -> ForeignValues.read(o, str(a[1]))));
        n.register("polyglot.setMember", (JavaNative) (g, a) -> statusResult(ctx, a[0], o -> {
            ForeignValues.write(ctx, o, str(a[1]), a[2]);
            return null;
        }));
        n.register("polyglot.hasMember", (JavaNative) (g, a) -> ForeignValues.hasMember(ForeignValues.object(a[0]), str(a[1])));
        n.register("polyglot.members", (JavaNative) (g, a) -> {
            String[] names = ForeignValues.members(ForeignValues.object(a[0]));
            Object[] goNames = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                goNames[i] = ByteStrings.fromJava(names[i]);
            }
            return new Slice(goNames, 0, goNames.length, goNames.length);
        });
        n.register("polyglot.index", (JavaNative) (g, a) -> valueResult(ctx, a[0], o -> ForeignValues.index(o, (Long) a[1])));
        n.register("polyglot.setIndex", (JavaNative) (g, a) -> statusResult(ctx, a[0], o -> {
            ForeignValues.setIndex(ctx, o, (Long) a[1], a[2]);
            return null;
        }));
        n.register("polyglot.length", (JavaNative) (g, a) -> {
            try {
                return new Object[] {ForeignValues.size(ForeignValues.object(a[0])), ""};
            } catch (Failure f) {
                return new Object[] {0L, ByteStrings.fromJava(f.getMessage())};
            }
        });
        n.register("polyglot.isNull", (JavaNative) (g, a) -> a[0] == null || ForeignValues.isNull(ForeignValues.object(a[0])));
        n.register("polyglot.display", (JavaNative) (g, a) -> a[0] == null ? "<nil>" : ByteStrings.fromJava(ForeignValues.display(ForeignValues.object(a[0]))));
        n.register("polyglot.asInt", (JavaNative) (g, a) -> conversion(ctx, a[0], Types.INT64, 0L, "Value.AsInt"));
        n.register("polyglot.asFloat", (JavaNative) (g, a) -> conversion(ctx, a[0], Types.FLOAT64, 0.0, "Value.AsFloat"));
        n.register("polyglot.asString", (JavaNative) (g, a) -> conversion(ctx, a[0], Types.STRING, "", "Value.AsString"));
        n.register("polyglot.asBool", (JavaNative) (g, a) -> conversion(ctx, a[0], Types.BOOL, false, "Value.AsBool"));
        n.register("polyglot.wrap", (JavaNative) (g, a) -> ForeignValues.refOf(ctx, a[0]));
    }

    @TruffleBoundary
    private static Object importSymbol(TruffleLanguage.Env env, String name) throws Failure {
        if (!env.isPolyglotBindingsAccessAllowed()) {
            throw new Failure("polyglot: Import " + name + ": the context does not allow access to the polyglot bindings");
        }
        // through the bindings object: Env.importSymbol fails before something has made the bindings exist
        Object bindings = env.getPolyglotBindings();
        InteropLibrary lib = InteropLibrary.getUncached();
        try {
            return lib.isMemberReadable(bindings, name) ? lib.readMember(bindings, name) : null;
        } catch (InteropException e) {
            return null; // removed meanwhile
        }
    }

    @TruffleBoundary
    private static void exportSymbol(TruffleLanguage.Env env, String name, Object v) throws Failure {
        if (!env.isPolyglotBindingsAccessAllowed()) {
            throw new Failure("polyglot: Export " + name + ": the context does not allow access to the polyglot bindings");
        }
        Object bindings = env.getPolyglotBindings();
        InteropLibrary lib = InteropLibrary.getUncached();
        try {
            if (!ForeignValues.isNull(v)) {
                lib.writeMember(bindings, name, v);
            } else if (lib.isMemberRemovable(bindings, name)) {
                lib.removeMember(bindings, name);
            }
        } catch (InteropException e) {
            throw new Failure("polyglot: Export " + name + ": " + e.getMessage());
        }
    }

    @TruffleBoundary
    private static Object eval(TruffleLanguage.Env env, String language, String text) throws Failure {
        LanguageInfo info = env.getPublicLanguages().get(language);
        if (info == null) {
            throw new Failure("polyglot: Eval: no language " + language + " in this context (it has "
                            + String.join(", ", new TreeSet<>(env.getPublicLanguages().keySet())) + ")");
        }
        if (!env.isPolyglotEvalAllowed(info)) {
            throw new Failure("polyglot: Eval: the context does not allow evaluating " + language);
        }
        try {
            Source.LiteralBuilder b = Source.newBuilder(language, text, "polyglot.Eval");
            if (language.equals(GoLanguage.ID)) {
                b.mimeType(GoLanguage.EVAL_MIME);
            }
            CallTarget target = env.parsePublic(b.build());
            return target.call();
        } catch (AbstractTruffleException e) {
            throw ForeignValues.thrown("Eval", e);
        }
    }

    @TruffleBoundary
    private static Object javaType(TruffleLanguage.Env env, String className) throws Failure {
        if (!env.isHostLookupAllowed()) {
            throw new Failure("polyglot: JavaType " + className + ": the context does not allow host class lookup");
        }
        Object t;
        try {
            t = env.lookupHostSymbol(className);
        } catch (RuntimeException e) {
            // Truffle's words for both cases; the class filter's verdict is the embedder's business
            t = null;
        }
        if (t == null) {
            throw new Failure("polyglot: JavaType " + className + ": no such class, or the context does not allow it");
        }
        return t;
    }
}
