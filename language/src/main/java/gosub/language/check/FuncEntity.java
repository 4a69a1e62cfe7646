package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Pos;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.TypeParamType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A function or method declaration. A generic function is checked once per distinct list of type arguments; each
 * instantiation is its own FuncEntity with the type parameters bound (monomorphisation), so the node builder always
 * sees concrete types.
 */
public final class FuncEntity extends Entity {
    public final Decl.Func decl;
    public final String pkg;
    /** For methods: the receiver's named type (an instance, for methods of generic types). */
    public GoType recvType;
    public boolean pointerRecv;
    /** Bindings of type parameters to type arguments for an instantiated generic function or a method of one. */
    public Map<String, GoType> typeArgs = Map.of();
    public List<GoType> typeArgList = List.of();
    public final Map<List<GoType>, FuncEntity> instances = new HashMap<>();
    /** The declaration scope, for instantiation. */
    public Scope declScope;
    /** The checker of the declaring package: generic functions are instantiated there. */
    public Checker owner;
    /** For a generic function: its type parameters' constraints, in terms of the type parameters. */
    public List<GoType> paramConstraints;
    /** A generic function's type parameters, as its generic signature and its one generic check of the body use them. */
    public List<TypeParamType> typeParamTypes;
    /** Parameters, then results, as declared (filled while checking the body). */
    public final List<VarEntity> params = new ArrayList<>();
    public final List<VarEntity> results = new ArrayList<>();
    public VarEntity recvVar;
    /** For one of a package's init functions: its number among them in source order, else -1. */
    public int initIndex = -1;
    /** Native implementation key ("strings.Index") for a body-less standard-library function. */
    public String nativeName;
    public boolean hasDefer;
    /** Its signature is being resolved (Resolver.signature): a use of its name meanwhile sees func(). */
    boolean signing;
    public boolean hasRecover;
    public boolean bodyChecked;
    /** A standard package's body whose check waits until the node builder needs it (Checker.checkPendingBody). */
    public boolean bodyPending;
    /** Filled by the node builder: the function's call target. */
    public Object callTarget;
    /** The checker's facts about this body (its own Info for generic instances). */
    public Info info;
    /** Local variables of the body, for "declared but not used". */
    public final List<VarEntity> locals = new ArrayList<>();

    public FuncEntity(String name, Pos pos, FuncType sig, Decl.Func decl, String pkg) {
        super(name, pos, sig);
        this.decl = decl;
        this.pkg = pkg;
    }

    public FuncType sig() {
        return (FuncType) type;
    }

    /** The signature with the names and spellings of its declaration (a method's without its receiver). */
    @Override
    GoType shownType() {
        if (decl == null || !(type instanceof FuncType ft)) {
            return type;
        }
        return TypeSpelling.shown(type, TypeSpelling.signature(decl.type(), ft));
    }

    public boolean isGeneric() {
        return decl != null && !decl.type().typeParams().isEmpty() && typeArgList.isEmpty();
    }

    /** Go's qualified name as a stack trace prints it: main.f, main.(*T).M, main.T.M, main.init.0. */
    public String qualifiedName() {
        if (initIndex >= 0) {
            return pkg + ".init." + initIndex;
        }
        if (recvType != null) {
            String base = recvType.toString();
            int dot = base.indexOf('.');
            String local = dot >= 0 ? base.substring(dot + 1) : base;
            int br = local.indexOf('[');
            if (br >= 0) {
                local = local.substring(0, br) + "[...]";
            }
            return pkg + "." + (pointerRecv ? "(*" + local + ")" : local) + "." + name;
        }
        return pkg + "." + name + (typeArgList.isEmpty() ? "" : "[...]");
    }
}
