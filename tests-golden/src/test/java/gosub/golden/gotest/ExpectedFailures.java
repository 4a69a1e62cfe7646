package gosub.golden.gotest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checked-in list of Go tests gosub is known to fail: a line {@code PATH  CATEGORY: cause} per test, PATH below
 * Go's test folder, CATEGORY one lower-case word ({@code complex}, {@code checker}, {@code nodes}, {@code runtime},
 * {@code slow}, {@code flaky}, …). Blank lines and {@code #} comments are ignored.
 */
final class ExpectedFailures {
    /** Tests whose only trouble is time: not run unless asked for, as they would spend the time limit each run. */
    static final String SLOW = "slow";
    /** Tests whose outcome depends on the load or the JVM's collector: not run unless asked for, never judged. */
    static final String FLAKY = "flaky";
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(([a-z]+): \\S.*)");

    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ExpectedFailures() {
    }

    static ExpectedFailures read(Path file) throws IOException {
        ExpectedFailures list = new ExpectedFailures();
        if (!Files.exists(file)) {
            list.problems.add(file + " is missing");
            return list;
        }
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(s);
            if (!m.matches()) {
                list.problems.add(file.getFileName() + ":" + n + ": not 'PATH  CATEGORY: cause': " + s);
            } else if (list.reasons.putIfAbsent(m.group(1), m.group(2)) != null) {
                list.problems.add(file.getFileName() + ":" + n + ": " + m.group(1) + " is listed twice");
            }
        }
        return list;
    }

    /** The reason TEST is expected to fail, or null if it is expected to pass. */
    String reason(String test) {
        return reasons.get(test);
    }

    static String category(String reason) {
        return reason.substring(0, reason.indexOf(':'));
    }

    Map<String, String> all() {
        return reasons;
    }

    /** Malformed or repeated lines. */
    List<String> problems() {
        return problems;
    }
}
