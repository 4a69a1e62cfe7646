package gosub.language.types;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface: its full method set (embedded interfaces flattened, sorted by name) and, for constraint
 * interfaces, a type set given as a union of terms ({@code ~int | string}); an empty term list means "any type".
 */
public final class InterfaceType extends GoType {

    public record Method(String name, FuncType sig) {
    }

    public record Term(boolean tilde, GoType type) {
    }

    public final List<Method> methods;
    public final List<Term> terms;
    public final boolean comparableConstraint;

    InterfaceType(List<Method> methods, List<Term> terms, boolean comparableConstraint) {
        this.methods = List.copyOf(methods);
        this.terms = List.copyOf(terms);
        this.comparableConstraint = comparableConstraint;
    }

    public Method method(String name) {
        for (Method m : methods) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The terms bounding the type set of constraint c (a type parameter stands for its constraint's), with unions
     * naming interfaces spread into their own terms; null when c lets any type in.
     */
    public static List<Term> typeSetTerms(GoType c) {
        if (c instanceof TypeParamType tp) {
            return tp.constraint() == null ? null : typeSetTerms(tp.constraint());
        }
        if (!(c.underlying() instanceof InterfaceType ci) || ci.terms.isEmpty()) {
            return null;
        }
        List<Term> out = new ArrayList<>();
        for (Term t : ci.terms) {
            if (!t.tilde() && t.type().underlying() instanceof InterfaceType) {
                // a union naming an interface (Signed | Unsigned) holds that interface's types, not the interface
                List<Term> inner = typeSetTerms(t.type());
                if (inner == null) {
                    return null;
                }
                out.addAll(inner);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Only an interface with no type terms can be the type of a value. */
    public boolean isBasicInterface() {
        return terms.isEmpty() && !comparableConstraint;
    }

    @Override
    public String toString() {
        if (methods.isEmpty() && terms.isEmpty()) {
            return comparableConstraint ? "comparable" : "interface {}";
        }
        StringBuilder sb = new StringBuilder("interface {");
        boolean first = true;
        for (Method m : methods) {
            sb.append(first ? " " : "; ").append(m.name()).append(m.sig().signatureString());
            first = false;
        }
        if (!terms.isEmpty()) {
            sb.append(first ? " " : "; ");
            for (int i = 0; i < terms.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(terms.get(i).tilde() ? "~" : "").append(terms.get(i).type());
            }
        }
        return sb.append(" }").toString();
    }
}
