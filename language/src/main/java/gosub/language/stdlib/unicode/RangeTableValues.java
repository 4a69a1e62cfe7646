package gosub.language.stdlib.unicode;

import gosub.language.GoContext;
import gosub.language.build.PackageBuilder;
import gosub.language.types.GoType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.values.GoMap;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.HashMap;
import java.util.Map;

/**
 * One context's Go values of package unicode's tables ({@code *RangeTable}, {@code []CaseRange}), made from
 * {@link RangeTableData} when first asked for and then kept: in Go, {@code Letter}, {@code L} and
 * {@code Categories["L"]} are one table, and a program that changes it through one name sees the change through
 * the others. Made under a lock: two goroutines may reach two table variables at once.
 */
final class RangeTableValues {
    private final GoContext context;
    private final Map<String, StructValue> tables = new HashMap<>();
    private final Map<String, Slice> caseTables = new HashMap<>();

    RangeTableValues(GoContext context) {
        this.context = context;
    }

    /** The struct type package unicode declares as NAME. */
    private StructType structType(String name) {
        PackageBuilder unicode = context.builders.get("unicode");
        GoType t = unicode == null ? null : unicode.declaredType(name);
        if (t == null || !(t.underlying() instanceof StructType st)) {
            throw new IllegalStateException("package unicode declares no struct type " + name);
        }
        return st;
    }

    synchronized StructValue table(String id) {
        StructValue t = tables.get(id);
        if (t == null) {
            RangeTableData.Table data = RangeTableData.get().table(id);
            if (data == null) {
                throw new IllegalStateException("no Unicode table " + id);
            }
            StructType st = structType("RangeTable");
            t = new StructValue(st);
            StructType.Field r16 = st.field("R16");
            StructType.Field r32 = st.field("R32");
            t.refs[r16.slot()] = ranges(r16.type(), data.r16());
            t.refs[r32.slot()] = ranges(r32.type(), data.r32());
            t.prims[st.field("LatinOffset").slot()] = data.latinOffset();
            tables.put(id, t);
        }
        return t;
    }

    /** A []Range16 or []Range32 of (lo, hi, stride) triples; nil for null. */
    private static Slice ranges(GoType sliceType, int[] triples) {
        if (triples == null) {
            return null;
        }
        int n = triples.length / 3;
        StructType rt = (StructType) ((SliceType) sliceType.underlying()).elem.underlying();
        int lo = rt.field("Lo").slot();
        int hi = rt.field("Hi").slot();
        int stride = rt.field("Stride").slot();
        Object[] elems = new Object[n];
        for (int i = 0; i < n; i++) {
            StructValue r = new StructValue(rt);
            r.prims[lo] = triples[3 * i];
            r.prims[hi] = triples[3 * i + 1];
            r.prims[stride] = triples[3 * i + 2];
            elems[i] = r;
        }
        return new Slice(elems, 0, n, n);
    }

    /** A new map of the named group, holding this context's tables. */
    synchronized GoMap group(String name) {
        RangeTableData.Group g = RangeTableData.get().group(name);
        if (g == null) {
            throw new IllegalStateException("no Unicode table group " + name);
        }
        GoMap m = new GoMap(g.keys().length);
        for (int i = 0; i < g.keys().length; i++) {
            m.put(g.keys()[i], table(g.ids()[i]));
        }
        return m;
    }

    synchronized Slice caseTable(String name) {
        Slice s = caseTables.get(name);
        if (s == null) {
            int[] rows = RangeTableData.get().caseTable(name);
            if (rows == null) {
                throw new IllegalStateException("no Unicode case table " + name);
            }
            StructType ct = structType("CaseRange");
            int lo = ct.field("Lo").slot();
            int hi = ct.field("Hi").slot();
            int delta = ct.field("Delta").slot();
            int n = rows.length / 5;
            Object[] elems = new Object[n];
            for (int i = 0; i < n; i++) {
                StructValue c = new StructValue(ct);
                c.prims[lo] = rows[5 * i];
                c.prims[hi] = rows[5 * i + 1];
                c.refs[delta] = new long[] {rows[5 * i + 2], rows[5 * i + 3], rows[5 * i + 4]};
                elems[i] = c;
            }
            s = new Slice(elems, 0, n, n);
            caseTables.put(name, s);
        }
        return s;
    }
}
