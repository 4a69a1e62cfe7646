package gosub.language.stdlib;

import gosub.language.GoContext;
import gosub.language.values.Iface;

/** A first formatter for basic values; the full fmt engine (package stdlib.fmt) replaces it. */
public final class SimpleFormatter implements ValueFormatter {
    private final GoContext context;

    public SimpleFormatter(GoContext context) {
        this.context = context;
    }

    private static String str(Object o) {
        if (o == null) {
            return "<nil>";
        }
        if (o instanceof Iface i) {
            Object v = i.value;
            if (v instanceof Double d) {
                return d == Math.rint(d) && Math.abs(d) < 1e21 ? String.valueOf(d.longValue()) : d.toString();
            }
            if (v instanceof Long l) {
                return i.type.isUnsigned() ? Long.toUnsignedString(l) : Long.toString(l);
            }
            return String.valueOf(v);
        }
        return o.toString();
    }

    @Override
    public String sprint(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            boolean isStr = a[i] instanceof Iface f && f.value instanceof String;
            boolean prevStr = i > 0 && a[i - 1] instanceof Iface f2 && f2.value instanceof String;
            if (i > 0 && !isStr && !prevStr) {
                sb.append(' ');
            }
            sb.append(str(a[i]));
        }
        return sb.toString();
    }

    @Override
    public String sprintln(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(str(a[i]));
        }
        return sb.append('\n').toString();
    }

    @Override
    public String sprintf(String format, Object[] a) {
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char v = format.charAt(++i);
            if (v == '%') {
                sb.append('%');
                continue;
            }
            sb.append(ai < a.length ? str(a[ai++]) : "%!" + v + "(MISSING)");
        }
        return sb.toString();
    }

    @Override
    public Object errorf(String format, Object[] a) {
        return new Iface(gosub.language.runtime.RuntimeErrors.PLAIN_ERROR_TYPE, sprintf(format, a));
    }
}
