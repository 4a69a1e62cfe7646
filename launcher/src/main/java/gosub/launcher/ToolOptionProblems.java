package gosub.launcher;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.options.OptionDescriptor;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Instrument;
import org.graalvm.polyglot.Language;

/**
 * What is wrong with the tool options of {@code gosub run}, said as GraalVM's launchers say it ({@code Invalid
 * argument --NAME=VALUE specified.} and the option's own reason), with a hint where the mistake is a common one:
 * a file name given as a report's format ({@code --cpusampler.Output=prof.txt} for {@code
 * --cpusampler.OutputFile=prof.txt}), or a tool's option given without the tool ({@code --cpusampler.OutputFile}
 * without {@code --cpusampler}), which would otherwise do nothing and say nothing.
 */
final class ToolOptionProblems {
    private ToolOptionProblems() {
    }

    /**
     * Why the engine refused OPTIONS with refusal, or null when the refusal is not about them (the language is
     * missing). The tools' own checks may give no reason (the memory tracer's Output): the option is then found
     * by checking each value against its descriptor, in an engine of its own (only on this path).
     */
    static String refusal(Map<String, String> options, IllegalArgumentException refusal) {
        String message = refusal.getMessage();
        if (message != null && message.contains("language with id")) {
            return null;
        }
        try (Engine engine = LauncherEngines.builder()
                        .logHandler(OutputStream.nullOutputStream()).build()) {
            for (Map.Entry<String, String> o : options.entrySet()) {
                OptionDescriptor d = descriptor(engine, o.getKey());
                if (d == null) {
                    continue; // an unknown name: the engine's message says so and what it may have meant
                }
                String reason;
                try {
                    d.getKey().getType().convert(o.getValue());
                    continue;
                } catch (IllegalArgumentException e) {
                    reason = e.getMessage() != null ? e.getMessage().strip() : d.getHelp();
                }
                String text = "Invalid argument --" + o.getKey() + "=" + o.getValue() + " specified. " + reason;
                String hint = fileHint(engine, o.getKey(), o.getValue());
                return hint == null ? text : text + "\n" + hint;
            }
        } catch (RuntimeException e) {
            // no second engine: say what the first one said
        }
        return message != null ? message.strip() : "invalid tool options: " + options;
    }

    /** For a file name given where a tool wants its report's format, the option that takes a file. */
    private static String fileHint(Engine engine, String key, String value) {
        if (!value.contains(".") && !value.contains("/")) {
            return null;
        }
        boolean format = key.endsWith(".Output");
        String tool = format ? key.substring(0, key.length() - ".Output".length()) : key;
        if (descriptor(engine, tool + ".OutputFile") == null) {
            return null;
        }
        String file = "--" + tool + ".OutputFile=" + value;
        return format ? "--" + key + " is the report's format; " + file + " writes the report into " + value + "."
                        : "To write the report into " + value + ": --" + tool + " " + file + ".";
    }

    /**
     * Warnings for options of a tool that is not on (a tool's option given alone does nothing): one line each.
     * engine is the program's, which knows the tools.
     */
    static List<String> unusedToolOptions(Engine engine, Map<String, String> options) {
        List<String> out = new ArrayList<>();
        for (String key : options.keySet()) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                continue;
            }
            String tool = key.substring(0, dot);
            Instrument instrument = engine.getInstruments().get(tool);
            if (instrument == null || instrument.getOptions().get(tool) == null) {
                continue; // not a tool that an option of its name turns on
            }
            String on = options.get(tool);
            if (on == null || on.equals("false")) {
                out.add("gosub run: warning: --" + key + "=" + options.get(key) + " has no effect without --" + tool);
            }
        }
        return out;
    }

    private static OptionDescriptor descriptor(Engine engine, String key) {
        OptionDescriptor d = engine.getOptions().get(key);
        if (d != null) {
            return d;
        }
        String group = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        Instrument instrument = engine.getInstruments().get(group);
        if (instrument != null) {
            return instrument.getOptions().get(key);
        }
        Language language = engine.getLanguages().get(group);
        if (language != null) {
            OptionDescriptors ds = language.getOptions();
            return ds.get(key);
        }
        return null;
    }
}
