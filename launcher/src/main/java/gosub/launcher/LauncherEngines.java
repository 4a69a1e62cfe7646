package gosub.launcher;

import org.graalvm.polyglot.Engine;

/**
 * The polyglot engines the launcher makes besides a run's own context (version, debug, checking tool options).
 * Every engine reads the {@code polyglot.engine.*} system properties the {@code gosub} script sets, and some of
 * those are experimental (the JIT mode's {@code engine.MultiTier=false}): an engine that does not allow
 * experimental options refuses to start with them, so each engine here allows them, as the run's context does.
 */
public final class LauncherEngines {
    private LauncherEngines() {
    }

    /** An engine builder that starts under the script's options and does not warn of an interpreter-only runtime. */
    public static Engine.Builder builder() {
        return Engine.newBuilder().allowExperimentalOptions(true).option("engine.WarnInterpreterOnly", "false");
    }
}
