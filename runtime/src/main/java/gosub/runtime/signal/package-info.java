/**
 * The process's signals for a Go program: {@link gosub.runtime.signal.Signal}, the signals Go's runtime takes over
 * and what each does by default, and {@link gosub.runtime.signal.ProcessSignals}, which takes them (one thread in
 * {@code sigwait} through the foreign function API for the signals the launcher blocked, {@code sun.misc.Signal}
 * for those the JVM catches) and hands each to a {@code Receiver}, the language's, which decides between os/signal
 * delivery and Go's default action. {@code dieOf} is the default for the fatal ones: restore the default action and
 * raise the signal again, so the parent sees a death by that signal, as with a Go binary.
 * <p>
 * Rules: only a process that belongs to the program takes its signals (the launcher asks; an embedding Java program
 * keeps its own); an inherited ignore of SIGHUP or SIGINT stays, as in Go. A receiver is called on the signal thread,
 * one signal at a time, and must not block there. Linking {@code sigwait} is delayed a quarter second (or, while
 * only watching, until a signal comes), so a short program never pays for it; meanwhile the process's pending
 * signals are looked at in /proc every few milliseconds, so none waits. A receiver about to change what a signal
 * does first takes one still pending, which arrived under the old rule. Like the rest of the runtime module,
 * nothing here depends on Truffle.
 */
package gosub.runtime.signal;
