package gosub.language.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every compile error of programs full of bad gotos, breaks and continues, positions included. Each
 * {@code branches/NAME.go} resource has beside it {@code NAME.errors}: what {@code go run NAME.go} (Go 1.19) printed,
 * without its "# command-line-arguments" header and the "./" before file names. The programs import nothing, so
 * they are checked without the standard packages.
 */
class BranchErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"goto_into_block", "goto_over_declaration", "goto_scopes", "branch_labels"})
    void reportsWhatGoReports(String name) throws Exception {
        String file = name + ".go";
        List<CheckError> errors = new ArrayList<>();
        Checker checker = new Checker(file, "main", "main", errors, path -> null, false);
        checker.checkFile(Parser.parse(file, resource(file)));
        List<String> got = Checker.sorted(errors).stream().map(CheckError::toString).toList();
        assertEquals(resource(name + ".errors").strip(), String.join("\n", got));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BranchErrorsTest.class.getResourceAsStream("branches/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource branches/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
