package gosub.language;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.polyglot.SandboxPolicy;

/** The options of the language {@code go} ({@code go.NAME} in the polyglot API). */
@Option.Group(GoLanguage.ID)
final class GoOptions {
    private GoOptions() {
    }

    @Option(help = "The program owns the process's signals, as a Go binary does: SIGINT, SIGTERM and SIGHUP end it "
            + "by the signal, SIGQUIT prints every goroutine and exits 2, and a write to a closed stdout or stderr "
            + "ends it by SIGPIPE (unless os/signal ignores or notifies SIGPIPE: then the write fails with EPIPE). "
            + "Off by default, so that an embedding Java program keeps its signals; the gosub command turns it on.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    // TRUSTED only (the default): it lets the program kill the process
    static final OptionKey<Boolean> Signals = new OptionKey<>(false);

    @Option(help = "The context's standard streams are the process's own (the gosub command's): a command a program "
            + "runs (os/exec) with os.Stdin, os.Stdout or os.Stderr gets the process's descriptor itself, as a Go "
            + "binary's child does. Off by default: the child's output is copied to the context's streams and its "
            + "input comes from the context's.", category = OptionCategory.USER, stability = OptionStability.STABLE)
    // TRUSTED only (the default): the child's streams would bypass the embedder's
    static final OptionKey<Boolean> InheritStdio = new OptionKey<>(false);

    @Option(help = "When main returns, report every goroutine still alive (its wait, stack and creation site) on "
            + "stderr and end with exit status 4 if there is any (as the environment variable GOSUB_LEAKS=1 does).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<Boolean> Leaks = new OptionKey<>(false);

    /**
     * Set by a command that runs programs, as {@code go run} does: only a main package may be evaluated. Without it
     * another package evaluates to a {@link PackageObject}, for embedding.
     */
    @Option(help = "Refuse a source whose package is not main, as 'go run' does.", category = OptionCategory.USER,
            stability = OptionStability.STABLE, sandbox = SandboxPolicy.UNTRUSTED)
    static final OptionKey<Boolean> RequireMain = new OptionKey<>(false);

    /**
     * A standard package's function bodies are type-checked when a function is first built (most never are); a
     * mistake in one would then surface as a crash of that first call. gosub's tests check them all up front.
     */
    @Option(help = "Type-check every function body of the standard packages a program imports when they load, not "
            + "on each function's first call (for testing gosub's standard packages).", category = OptionCategory.INTERNAL,
            stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> CheckStandardBodies = new OptionKey<>(false);

    /**
     * A goroutine runs on its M's Java stack, so this bounds how deep Go calls can nest before the program dies of
     * Go's {@code fatal error: stack overflow}: a goroutine may nest one call per 2,600 bytes of it (GoContext), about
     * 400,000 at the default, interpreted or compiled. The stack is reserved, not used, until calls nest that deep.
     * Tests use a small one to reach the overflow quickly.
     */
    @Option(help = "The Java stack of each thread that runs goroutines, in MiB: how deep Go calls can nest before "
            + "the program dies of a stack overflow.", category = OptionCategory.EXPERT,
            stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Integer> StackMiB = new OptionKey<>(1024);
}
