package gosub.language.stdlib.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants between the grammar and the layouts, over random documents: what the layouts make of valid JSON is
 * valid, the two layouts agree once compacted, and a stream finds the end of each value where the text's check
 * does. Cutting a document short anywhere makes it invalid.
 */
class TextLayoutTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void value(Random r, StringBuilder sb, int depth) {
        String space = r.nextInt(4) == 0 ? " \n\t\r".substring(r.nextInt(4)) : "";
        sb.append(space);
        switch (depth > 4 ? r.nextInt(4) : r.nextInt(6)) {
            case 0 -> sb.append(new String[] {"true", "false", "null"}[r.nextInt(3)]);
            case 1 -> sb.append(new String[] {"0", "-1.5", "12e3", "-0.25E-2", "7"}[r.nextInt(5)]);
            case 2 -> sb.append(new String[] {"\"\"", "\"a b\"", "\"\\\"\\\\\\n\\u00e9\"", "\"<&>\"", "\"\u00e2\u0080\u00a8\""}[r.nextInt(5)]);
            case 3 -> sb.append("\"k\"");
            case 4 -> {
                sb.append('[');
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    value(r, sb, depth + 1);
                }
                sb.append(space).append(']');
            }
            default -> {
                sb.append('{');
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(space).append("\"m").append(i).append("\"").append(space).append(':');
                    value(r, sb, depth + 1);
                }
                sb.append(space).append('}');
            }
        }
        sb.append(space);
    }

    @Test
    void layoutsKeepDocumentsValidAndAgree() {
        Random r = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            value(r, sb, 0);
            byte[] doc = bytes(sb.toString());
            assertNull(SyntaxCheck.check(doc, 0, doc.length), sb::toString);

            String compact = TextLayout.compact(doc, 0, doc.length, false);
            String indented = TextLayout.indent(doc, 0, doc.length, " ", "\t");
            String escaped = TextLayout.compact(doc, 0, doc.length, true);
            for (String s : new String[] {compact, indented, escaped}) {
                byte[] b = bytes(s);
                assertNull(SyntaxCheck.check(b, 0, b.length), s);
            }
            byte[] ib = bytes(indented);
            assertEquals(compact, TextLayout.compact(ib, 0, ib.length, false));

            int end = SyntaxCheck.valueEnd(doc, 0, doc.length, true);
            String rest = sb.substring(end);
            assertEquals("", rest.strip(), "value end " + end + " of " + sb);

            // every strict prefix that still holds a token of the value is incomplete
            byte[] cb = bytes(compact);
            for (int cut = 1; cut < cb.length; cut++) {
                SyntaxCheck.Problem p = SyntaxCheck.check(cb, 0, cut);
                if (cb[0] == '{' || cb[0] == '[' || cb[0] == '"') {
                    assertNotNull(p, compact + " cut at " + cut);
                }
            }
        }
    }
}
