package gosub.language.check;

import gosub.ast.Stmt;
import gosub.language.types.FuncType;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Where the checker is: the declaration it checks, where the facts it learns go, and inside a function body that
 * function. An environment is a value: entering a function body, a function literal or a declaration makes a new one
 * from the current one (the {@code for...} methods), and {@link Checker#within} swaps it in and puts the old one back.
 * Only {@link #scope} changes in place, as the blocks of one body open and close.
 */
final class Environment {
    /** The package-level var or func whose initialization dependencies are being collected; null when none. */
    final Object decl;
    /** Where facts about expressions go: the package's, or a generic instance's own. */
    final Info info;
    /** The value of iota inside a constant declaration; null elsewhere. */
    final ConstValue iota;
    /** The function whose body is being checked; null outside function bodies. */
    final Function func;
    /** The innermost scope. */
    Scope scope;

    private Environment(Object decl, Info info, ConstValue iota, Function func, Scope scope) {
        this.decl = decl;
        this.info = info;
        this.iota = iota;
        this.func = func;
        this.scope = scope;
    }

    /** Where the checker starts: the package's file scope, outside every declaration. */
    static Environment packageLevel(Scope fileScope, Info info) {
        return new Environment(null, info, null, null, fileScope);
    }

    /** The same place seen from another scope: a declaration resolved where it was declared, or type arguments bound. */
    Environment inScope(Scope s) {
        return new Environment(decl, info, iota, func, s);
    }

    /** Checking a constant spec: iota has the spec's index; repeated (implicit) specs record their facts apart. */
    Environment forConstSpec(Scope s, ConstValue specIota, Info specInfo) {
        return new Environment(decl, specInfo, specIota, func, s);
    }

    /** Checking the declaration of a generic type's instance, whose facts are not the package's. */
    Environment forInstance(Scope s, Info instanceInfo) {
        return new Environment(decl, instanceInfo, iota, func, s);
    }

    /** Checking the initializer of package-level variables: what it refers to are the dependencies of var. */
    Environment forPackageVar(Scope s, Object var) {
        return new Environment(var, info, iota, func, s);
    }

    /** Checking the body of a declared function or method, from its scope of parameters. */
    static Environment forFuncBody(FuncEntity fe, Info bodyInfo, Scope s) {
        Function f = new Function(null, fe.sig(), fe.results, fe, null, fe, fe.locals);
        return new Environment(fe, bodyInfo, null, f, s);
    }

    /** Checking the body of a function literal inside the current code. */
    Environment forFuncLit(Object lit, FuncType sig, Info.FuncLitInfo litInfo, Scope s, List<VarEntity> packageLevelLocals) {
        List<VarEntity> locals = func != null ? func.locals : packageLevelLocals;
        Function f = new Function(func, sig, litInfo.results, lit, litInfo, null, locals);
        return new Environment(decl, info, iota, f, s);
    }

    /** A function (declared or literal) whose body is being checked, and what the checker tracks in it. */
    static final class Function {
        /** The function around a function literal; null for a declared function. */
        final Function outer;
        final FuncType sig;
        final List<VarEntity> results;
        /** What declares the function's variables: its FuncEntity or its Expr.FuncLit. */
        final Object owner;
        /** Set for a function literal. */
        final Info.FuncLitInfo lit;
        /** Set for a declared function. */
        final FuncEntity entity;
        /** Local variables, for "declared but not used": a literal's go into the list of the function around it. */
        final List<VarEntity> locals;
        /** The enclosing statements a break or continue may leave, innermost first. */
        final Deque<Labels.Target> targets = new ArrayDeque<>();
        /** The labels of the body, where they are, which are used, and the gotos. */
        final Labels.OfBody labels = new Labels.OfBody();
        /** Fallthrough statements that end a case clause, where one is allowed. */
        final Set<Stmt> fallthroughOk = Collections.newSetFromMap(new IdentityHashMap<>());

        Function(Function outer, FuncType sig, List<VarEntity> results, Object owner, Info.FuncLitInfo lit, FuncEntity entity, List<VarEntity> locals) {
            this.outer = outer;
            this.sig = sig;
            this.results = results;
            this.owner = owner;
            this.lit = lit;
            this.entity = entity;
            this.locals = locals;
        }
    }
}
