package gosub.language.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

/**
 * An array length has to fit in an int. Lengths of 2^63 and more once wrapped to a negative size and crashed the
 * program at run time; they are now refused as Go 1.19 refuses them (the expected lines are what {@code go run}
 * printed for the same program).
 */
class ArrayLengthErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9223372036854775808 | len.go:6:10: array length 9223372036854775808 (untyped int constant) must be integer",
        "big                 | len.go:6:10: array length big (untyped int constant 18446744073709551616) must be integer",
        "1e19                | len.go:6:10: array length 1e19 (untyped float constant 1e+19) must be integer",
    })
    void refusesLengthsBeyondInt(String length, String expected) throws Exception {
        String source = "package main\n\nconst big = 1 << 64\n\nfunc main() {\n\tvar p *[" + length + "]int\n\t_ = p\n}\n";
        List<CheckError> errors = new ArrayList<>();
        Checker checker = new Checker("len.go", "main", "main", errors, path -> null, false);
        checker.checkFile(Parser.parse("len.go", source));
        assertEquals(List.of(expected), errors.stream().map(CheckError::toString).toList());
    }
}
