package gosub.language.types;

import gosub.language.stdlib.strconv.Quoting;
import gosub.language.values.ByteStrings;

import java.util.List;

/**
 * A struct type. Each field lives in one of two arrays of a struct value: LONG, DOUBLE and BOOL fields in a
 * {@code long[]} (doubles as raw bits, so numeric fields are never boxed), everything else in an {@code Object[]}.
 * {@link Field#slot} indexes the array chosen by the field's {@link GoType.Rep}.
 */
public final class StructType extends GoType {

    /** tag: the tag's value as a Go byte string, null for none (an empty tag is none). */
    public record Field(String name, GoType type, boolean embedded, String tag, boolean primitive, int slot, String pkg) {
        public boolean exported() {
            return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        }
    }

    public final List<Field> fields;
    public final int primCount;
    public final int refCount;

    StructType(List<Field> fields, int primCount, int refCount) {
        this.fields = List.copyOf(fields);
        this.primCount = primCount;
        this.refCount = refCount;
    }

    public Field field(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("struct {");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            sb.append(i > 0 ? "; " : " ");
            if (f.embedded()) {
                sb.append(f.type());
            } else {
                sb.append(f.name()).append(" ").append(f.type());
            }
            if (f.tag() != null) {
                // as Go's type strings show a tag: its value quoted (the tag is a byte string, as Go holds it)
                sb.append(" ").append(ByteStrings.toJava(Quoting.quote(f.tag())));
            }
        }
        return sb.append(fields.isEmpty() ? "}" : " }").toString();
    }
}
