package gosub.language;

import gosub.language.build.PackageBuilder;
import gosub.language.nodes.GoArguments;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.check.GoPackage;

import java.util.List;

/** Evaluating a non-main package (embedding): initialises it and returns its exported functions. */
final class LibraryRootNode extends RootNode {
    private final GoContext context;
    private final PackageBuilder builder;
    private final GoPackage pkg;
    private final List<CallTarget> inits;

    LibraryRootNode(GoLanguage language, GoContext context, PackageBuilder builder, GoPackage pkg, List<CallTarget> inits) {
        super(language);
        this.context = context;
        this.builder = builder;
        this.pkg = pkg;
        this.inits = inits;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private Object run() {
        // package initialisation may start goroutines: it runs on the context's runtime, where they go on running
        gosub.language.interop.GoCalls.run(context, pkg.name + ".init", s -> {
            for (CallTarget init : inits) {
                init.call((com.oracle.truffle.api.nodes.Node) null, GoArguments.of(s, null));
            }
            return null;
        });
        return new PackageObject(builder, pkg);
    }
}
