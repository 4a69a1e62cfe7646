package gosub.language;

import gosub.language.build.PackageBuilder;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.check.Entity;
import gosub.language.check.FuncEntity;
import gosub.language.check.GoPackage;
import gosub.language.interop.HostArray;

/** A non-main package seen from Java: its exported functions are readable, executable members. */
@ExportLibrary(InteropLibrary.class)
final class PackageObject implements TruffleObject {
    private final PackageBuilder builder;
    private final GoPackage pkg;

    PackageObject(PackageBuilder builder, GoPackage pkg) {
        this.builder = builder;
        this.pkg = pkg;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return new HostArray(pkg.scope.entries().keySet().stream().filter(n -> pkg.scope.lookupLocal(n) instanceof FuncEntity).toArray(String[]::new));
    }

    /** The package as Go names it in a file: {@code package calc}. */
    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "package " + pkg.name;
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return pkg.scope.lookupLocal(member) instanceof FuncEntity;
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        Entity e = pkg.scope.lookupLocal(member);
        if (!(e instanceof FuncEntity f)) {
            throw UnknownIdentifierException.create(member);
        }
        java.util.List<String> names = f.decl == null ? null : f.decl.type().params().stream().map(p -> p.name()).toList();
        return new FunctionObject(builder.context, builder.callTarget(f), f.sig(), f.qualifiedName(), names);
    }
}
