package gosub.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code gosub run} that go to the polyglot engine, written as GraalVM's launchers take them:
 * {@code --inspect}, {@code --inspect=9230}, {@code --inspect.Suspend=false}, {@code --cpusampler=calltree},
 * {@code --cpusampler.OutputFile=prof.txt}, {@code --memtracer}, and any other {@code --GROUP.NAME=VALUE}. A name
 * without a value means {@code true}. They come before the program, as the launcher's own options do; everything
 * after the program belongs to the program.
 *
 * {@code --repeat N} (or {@code --repeat=N}) is gosub's own: run the program N times in one context (bench/).
 *
 * @param options the engine, instrument and language options by name, in command-line order
 * @param program the package arguments and the program's arguments (what follows the options)
 * @param repeat how many times to run the program (1 unless --repeat)
 */
record ToolOptions(Map<String, String> options, List<String> program, int repeat) {

    /** A command line that is not valid: the message says why (for a usage error, status 2). */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    private static boolean isOn(String value) {
        return value != null && !value.equals("false");
    }

    /** Whether ARG (a {@code run} argument before the program) is one of these options. */
    static boolean isToolOption(String arg) {
        return arg.startsWith("--") && arg.length() > 2 && !arg.equals("--help") && !arg.equals("--interpreter");
    }

    /**
     * Splits the arguments of {@code run} (what follows the word {@code run}) into tool options and the program.
     * {@code --interpreter} (read by the ./gosub script) is skipped; {@code --} ends the options.
     */
    static ToolOptions parse(List<String> runArgs) throws UsageError {
        Map<String, String> options = new LinkedHashMap<>();
        int repeat = 1;
        int i = 0;
        for (; i < runArgs.size(); i++) {
            String arg = runArgs.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (arg.equals("--interpreter")) {
                continue;
            }
            if (!arg.startsWith("-")) {
                break;
            }
            if (arg.equals("--repeat") || arg.startsWith("--repeat=")) {
                String count = arg.length() > "--repeat".length() ? arg.substring("--repeat=".length())
                        : i + 1 < runArgs.size() ? runArgs.get(++i) : "";
                try {
                    repeat = Integer.parseInt(count);
                } catch (NumberFormatException e) {
                    repeat = 0;
                }
                if (repeat < 1) {
                    throw new UsageError("--repeat needs a count of 1 or more, not '" + count + "'");
                }
                continue;
            }
            if (!isToolOption(arg)) {
                throw new UsageError("unknown flag: " + arg);
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            String value = eq < 0 ? "true" : body.substring(eq + 1);
            if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
                throw new UsageError("malformed option: " + arg + " (want --NAME or --NAME=VALUE, e.g. --cpusampler)");
            }
            // gosub's own --leaks (see Main.Run) is the language's option go.Leaks
            options.put(name.equals("leaks") ? "go.Leaks" : name, value);
        }
        if (i >= runArgs.size()) {
            throw new UsageError("no program to run (want gosub run [OPTIONS] FILE.go... [ARGS...])");
        }
        // a Go programmer reads allocations by line, as pprof shows them: the memory tracer's default is by function
        if (isOn(options.get("memtracer")) && !options.containsKey("memtracer.TraceStatements")) {
            options.put("memtracer.TraceStatements", "true");
        }
        return new ToolOptions(options, runArgs.subList(i, runArgs.size()), repeat);
    }
}
