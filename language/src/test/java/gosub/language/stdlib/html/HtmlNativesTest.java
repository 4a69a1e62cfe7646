package gosub.language.stdlib.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The entity table against what html.go assumes of it: names known without ';' are the legacy ones, each also known
 * with ';' and standing for the same single character, and none is longer than html.go's longestBareName (the
 * prefixes UnescapeString tries for "&copy2022" would miss a longer one).
 */
class HtmlNativesTest {

    @Test
    void bareNamesAreShortSingleCharactersAlsoKnownWithASemicolon() throws IOException {
        Map<String, int[]> table = HtmlNatives.table();
        int longestBare = 0;
        int bare = 0;
        for (Map.Entry<String, int[]> e : table.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(";")) {
                continue;
            }
            bare++;
            longestBare = Math.max(longestBare, name.length());
            assertEquals(1, e.getValue().length, name);
            assertArrayEquals(table.get(name + ";"), e.getValue(), name);
        }
        assertEquals(2123 + 106, table.size(), "HTML5's references as Go 1.19 has them");
        assertEquals(106, bare);
        assertEquals(longestBareNameOfHtmlGo(), longestBare);
    }

    @Test
    void lookupGivesGosTwoRunes() {
        assertArrayEquals(new Object[] {0x26L, 0L}, HtmlNatives.lookup("amp;"));
        assertArrayEquals(new Object[] {0x26L, 0L}, HtmlNatives.lookup("amp"));
        assertArrayEquals(new Object[] {0x2242L, 0x338L}, HtmlNatives.lookup("NotEqualTilde;"));
        assertArrayEquals(new Object[] {0x1D504L, 0L}, HtmlNatives.lookup("Afr;"));
        assertArrayEquals(new Object[] {0L, 0L}, HtmlNatives.lookup("NotEqualTilde"));
        assertArrayEquals(new Object[] {0L, 0L}, HtmlNatives.lookup("eacute;x"));
    }

    private static int longestBareNameOfHtmlGo() throws IOException {
        try (InputStream in = HtmlNativesTest.class.getResourceAsStream("/gosub/stdlib/html.go")) {
            assertNotNull(in);
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("const longestBareName = (\\d+)").matcher(source);
            assertTrue(m.find(), "html.go declares longestBareName");
            return Integer.parseInt(m.group(1));
        }
    }
}
