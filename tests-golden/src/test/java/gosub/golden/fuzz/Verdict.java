package gosub.golden.fuzz;

import gosub.golden.ProgramRunner.Outcome;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a run ended as a Go program can end, whatever the program: a compile error in Go's form, a run, a panic
 * or fatal error, os.Exit (or log.Fatal, flag.Parse), or still running at the time limit. Anything else (gosub's own failure, a Java name or
 * exception on stderr, a run that could not be stopped) is a bug of gosub.
 */
record Verdict(Ending ending, String problem) {
    enum Ending { COMPILE_ERROR, RAN, PANIC, EXIT, TIMEOUT, KNOWN_BUG, BAD }

    /** The first line of Go's report of a program killed by a signal: {@code SIGTRAP: trace trap}. */
    private static final Pattern SIGNAL_REPORT = Pattern.compile("(?m)^SIG[A-Z]+: ");
    /** What only the JVM or gosub's internals print; a Go program or error message never does. */
    private static final Pattern JAVA_WORDS = Pattern.compile(
            "Exception|java\\.|javax\\.|gosub\\.|com\\.oracle|org\\.graalvm|internal error|\\tat |Truffle");

    /**
     * What ends a program with a status of its choice: os.Exit, log's Fatal family (status 1), flag's parse of a
     * bad command line (status 2, the ExitOnError of CommandLine or of a set).
     */
    private static final Pattern EXITS = Pattern.compile("os\\.Exit|\\.Fatal(f|ln)?\\(|flag\\.Parse\\(|ExitOnError");

    /**
     * Crashes other work is fixing (issue 7): recognised so that they do not fail the campaign, counted apart.
     * Remove an entry once its fix is in.
     */
    private static final List<Pattern> KNOWN_BUGS = List.of(
            // goto into a block or over a declaration
            Pattern.compile("GotoException|FrameSlotTypeException"),
            // method values on pointer receivers
            Pattern.compile("Cell cannot be cast to [\\w.]*Slice"),
            // struct reads
            Pattern.compile("ArrayIndexOutOfBoundsException(?s:.*)StructNodes\\$Read"),
            // tuple results
            Pattern.compile("NullPointerException(?s:.*)CallNodes\\$TupleGet"));

    static Verdict of(String fileName, String source, Outcome o) {
        String report = report(o);
        if (o.failure() != null || !o.stopped() || JAVA_WORDS.matcher(o.stderr()).find()) {
            for (Pattern known : KNOWN_BUGS) {
                if (known.matcher(report).find()) {
                    return new Verdict(Ending.KNOWN_BUG, report);
                }
            }
        }
        if (o.failure() != null) {
            return bad("gosub failed: " + report);
        }
        if (!o.stopped()) {
            return bad("the run could not be stopped (context close with cancellation did not end it)");
        }
        if (JAVA_WORDS.matcher(o.stderr()).find()) {
            return bad("stderr shows Java or gosub internals");
        }
        if (o.timedOut()) {
            return new Verdict(Ending.TIMEOUT, null);
        }
        if (o.compileError()) {
            return compileError(fileName, source, o.stderr());
        }
        boolean callsExit = EXITS.matcher(source).find();
        return switch (o.status()) {
            case 0 -> new Verdict(Ending.RAN, null);
            // a crash by a signal (runtime.Breakpoint's SIGTRAP) is reported as Go does, with the signal's name
            case 2 -> o.stderr().contains("panic: ") || o.stderr().contains("fatal error: ") || SIGNAL_REPORT.matcher(o.stderr()).find()
                    ? new Verdict(Ending.PANIC, null)
                    : callsExit ? new Verdict(Ending.EXIT, null)
                    : bad("exit status 2 without a panic, fatal error or signal report");
            default -> callsExit ? new Verdict(Ending.EXIT, null)
                    : bad("exit status " + o.status() + " from a program that does not call os.Exit");
        };
    }

    /**
     * After go run's header line (# command-line-arguments), every line is FILE:LINE:COL: message (LINE within the
     * file), a tab-indented continuation of the message above (Go's have/want lines), Go's closing "too many
     * errors", or go run's refusal of a package that is not main.
     */
    /**
     * The lines of compile errors, with a message that quotes a raw string literal spanning lines (Go's
     * "unexpected literal `a\nb`") taken as one line: an odd number of backquotes leaves the literal open.
     */
    private static List<String> joinRawLiterals(List<String> lines) {
        List<String> joined = new java.util.ArrayList<>();
        StringBuilder open = null;
        for (String line : lines) {
            if (open != null) {
                open.append('\n').append(line);
            } else {
                open = new StringBuilder(line);
            }
            if (open.chars().filter(c -> c == '`').count() % 2 == 0) {
                joined.add(open.toString());
                open = null;
            }
        }
        if (open != null) {
            joined.add(open.toString());
        }
        return joined;
    }

    private static Verdict compileError(String fileName, String source, String stderr) {
        Pattern form = Pattern.compile(Pattern.quote(fileName) + ":(\\d+):(\\d+): (\\S.*)", Pattern.DOTALL);
        long lines = source.lines().count() + 1;
        List<String> errLines = joinRawLiterals(stderr.lines().toList());
        if (errLines.isEmpty()) {
            return bad("a compile error without a message");
        }
        if (errLines.get(0).startsWith("# ")) {
            // go run's header naming the package, before its errors
            errLines = errLines.subList(1, errLines.size());
            if (errLines.isEmpty()) {
                return bad("a compile error header without errors");
            }
        }
        for (String line : errLines) {
            var m = form.matcher(line);
            if (m.matches()) {
                if (Long.parseLong(m.group(1)) < 1 || Long.parseLong(m.group(1)) > lines
                        || Long.parseLong(m.group(2)) < 1) {
                    return bad("a compile error at a position outside the file: " + line);
                }
            } else if (!line.startsWith("\t") && !line.equals(fileName + ": too many errors") && !line.equals(
                    "package command-line-arguments is not a main package") && !line.matches(
                    Pattern.quote(fileName) + ":\\d+:\\d+: too many errors")) {
                return bad("a compile error line not in Go's FILE:LINE:COL: message form: " + line);
            }
        }
        return new Verdict(Ending.COMPILE_ERROR, null);
    }

    private static Verdict bad(String problem) {
        return new Verdict(Ending.BAD, problem);
    }

    /** The failure with its first Java frames, then stderr: what a known-bug pattern is matched against. */
    private static String report(Outcome o) {
        StringBuilder sb = new StringBuilder();
        if (o.failure() != null) {
            sb.append(o.failure()).append('\n');
            StackTraceElement[] frames = o.failure().getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                sb.append("\tat ").append(frames[i]).append('\n');
            }
        }
        return sb.append(o.stderr()).toString();
    }
}
