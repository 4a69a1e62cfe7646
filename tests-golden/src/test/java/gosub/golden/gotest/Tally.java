package gosub.golden.gotest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts of one run of Go's test suite, and the files that keep them: a line per test and a summary. */
final class Tally {
    int passed;
    int failed;
    int nowPasses;
    int excluded;
    int overBudget;
    final Map<String, Integer> notApplicable = new TreeMap<>();
    final Map<String, Integer> expectedFailures = new TreeMap<>();
    private final List<String> rows = new ArrayList<>();

    synchronized void record(String test, String verdict, double seconds, String note) {
        rows.add(test + "\t" + verdict + "\t" + String.format("%.1f", seconds) + "\t" + note.replace('\n', ' '));
    }

    /** Writes results.tsv and summary.txt into DIR and prints the summary. */
    void report(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("results.tsv"), rows);
        String summary = summary();
        Files.writeString(dir.resolve("summary.txt"), summary);
        System.out.print(summary);
    }

    String summary() {
        int expected = expectedFailures.values().stream().mapToInt(Integer::intValue).sum();
        int inapplicable = notApplicable.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder b = new StringBuilder();
        b.append("Go test suite: ").append(passed).append(" passed, ").append(failed).append(" failed, ")
                .append(nowPasses).append(" listed but passing, ").append(expected).append(" expected failures ")
                .append(expectedFailures).append('\n');
        b.append("  not run: ").append(inapplicable).append(" import packages gosub lacks ").append(notApplicable)
                .append(", ").append(excluded).append(" excluded by build constraints, ").append(overBudget)
                .append(" over the time budget\n");
        return b.toString();
    }
}
