package gosub.language.stdlib.goruntime;

import gosub.language.methods.MethodTable;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MemorySizes;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.values.ElementPointer;
import gosub.language.values.FieldPointer;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.StructValue;
import gosub.runtime.FatalError;
import gosub.runtime.Scheduler;

/**
 * runtime.SetFinalizer's rules: what the two arguments may be (misuse is a fatal error with Go's message, as Go's
 * runtime throws it), which object a pointer names, and what the finalizer is handed.
 */
final class FinalizerSetting {
    private FinalizerSetting() {
    }

    /** Go's smallest allocation that is never combined with others (its tiny allocator's block size). */
    private static final long TINY_BLOCK = 16;

    static void apply(Finalizers table, MethodTable methods, Scheduler on, Object obj, Object finalizer) {
        if (!(obj instanceof Iface o)) {
            throw fatal("first argument is nil");
        }
        GoType etyp = o.type;
        if (!(etyp.underlying() instanceof PointerType pt)) {
            throw fatal("first argument is " + etyp + ", not pointer");
        }
        if (MemorySizes.sizeOf(pt.elem) == 0) {
            // Go allocates every zero-size object at one address, which is never freed: the finalizer would never run
            return;
        }
        Object object = o.value;
        int interior = Finalizers.WHOLE;
        switch (object) {
            case null -> throw fatal("pointer not in allocated block");
            case FieldPointer f -> {
                if (!firstField(f, pt.elem)) {
                    notAtStart(pt.elem);
                    return;
                }
                object = f.struct();
                interior = f.slot();
            }
            case ElementPointer e -> {
                if (e.index() != 0) {
                    notAtStart(pt.elem);
                    return;
                }
                object = e.array();
                interior = Finalizers.FIRST_ELEMENT;
            }
            default -> {
            }
        }
        if (!(finalizer instanceof Iface f)) {
            table.clear(object);
            return;
        }
        GoType ftyp = f.type;
        if (!(ftyp.underlying() instanceof FuncType ft)) {
            throw fatal("second argument is " + ftyp + ", not a function");
        }
        if (ft.variadic) {
            throw fatal("cannot pass " + etyp + " to finalizer " + ftyp + " because dotdotdot");
        }
        if (ft.params.size() != 1) {
            throw fatal("cannot pass " + etyp + " to finalizer " + ftyp);
        }
        GoType fint = ft.params.get(0);
        boolean boxed = false;
        if (fint == etyp) {
            // the object as it is
        } else if (fint.underlying() instanceof PointerType fp && (!fint.isNamed() || !etyp.isNamed()) && fp.elem == pt.elem) {
            // the same pointer under another name: the same value
        } else if (fint.underlying() instanceof InterfaceType it && (it.methods.isEmpty() || methods.implementsIface(etyp, it))) {
            boxed = true;
        } else {
            throw fatal("cannot pass " + etyp + " to finalizer " + ftyp);
        }
        if (!(f.value instanceof FuncValue fn)) {
            // a nil func of a func type: Go would crash calling it when the object dies; keep no finalizer instead
            table.clear(object);
            return;
        }
        if (!table.set(on, object, etyp, fn, boxed, interior)) {
            throw fatal("finalizer already set");
        }
    }

    /** Whether a field pointer points at its struct's first field (offset 0, the struct's own address in Go). */
    private static boolean firstField(FieldPointer p, GoType fieldType) {
        StructValue s = p.struct();
        StructType.Field first = s.type.fields.get(0);
        return first.slot() == p.slot() && first.primitive() == (fieldType.rep() != GoType.Rep.OBJECT);
    }

    /**
     * A pointer inside an object: Go refuses it, unless the object is small and holds no pointers (then its
     * allocator may have packed it with others into one block, and it accepts the pointer but cannot promise to
     * run the finalizer; gosub does not run it).
     */
    private static void notAtStart(GoType elem) {
        if (MemorySizes.sizeOf(elem) >= TINY_BLOCK || holdsPointers(elem)) {
            throw fatal("pointer not at beginning of allocated block");
        }
    }

    private static boolean holdsPointers(GoType t) {
        GoType u = t.underlying();
        if (u instanceof gosub.language.types.BasicType b) {
            return b.isString();
        }
        if (u instanceof gosub.language.types.ArrayType a) {
            return a.length > 0 && holdsPointers(a.elem);
        }
        if (u instanceof StructType st) {
            for (StructType.Field fld : st.fields) {
                if (holdsPointers(fld.type())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static FatalError fatal(String what) {
        return new FatalError("runtime.SetFinalizer: " + what);
    }
}
