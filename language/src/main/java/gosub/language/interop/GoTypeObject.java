package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.GoContext;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.NamedType;

/**
 * A Go type as a meta object: named as {@code %T} prints it ({@code main.Point}, {@code []int}, {@code map[string]int}).
 * A value is an instance when it is a Go value of this type, when its dynamic type implements this interface type,
 * or, for a predeclared type, when it is a primitive Go would convert to it without loss.
 */
@ExportLibrary(InteropLibrary.class)
public final class GoTypeObject extends GoObject {
    private final GoContext ctx;
    final GoType type;

    GoTypeObject(GoContext ctx, GoType type) {
        this.ctx = ctx;
        this.type = type;
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() {
        return type.toString();
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() {
        return type instanceof NamedType n ? n.name : type.toString();
    }

    @Override
    protected String displayString(boolean allowSideEffects) {
        return type.toString();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        if (instance instanceof GoValue v) {
            if (type.underlying() instanceof InterfaceType it) {
                return it.isBasicInterface() && ctx.methods.implementsIface(v.type, it);
            }
            return v.type == type;
        }
        if (type instanceof NamedType && !(type.underlying() instanceof InterfaceType)) {
            return false; // a value of a defined type leaves Go as a GoValue
        }
        InteropLibrary lib = InteropLibrary.getUncached();
        if (lib.isNull(instance)) {
            return false;
        }
        if (type.underlying() instanceof InterfaceType it) {
            return it.methods.isEmpty() && it.isBasicInterface(); // a primitive becomes an int, float64, bool or string
        }
        boolean fractional = instance instanceof Double || instance instanceof Float;
        if (type.isInteger() && fractional || type.isFloat() && !fractional && !(instance instanceof TruffleObject)) {
            return false;
        }
        try {
            HostToGo.convert(ctx, type, instance, "instance check");
            return true;
        } catch (HostToGo.Mismatch e) {
            return false;
        }
    }
}
