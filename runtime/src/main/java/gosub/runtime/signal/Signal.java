package gosub.runtime.signal;

/**
 * The signals a Go program's runtime takes over by default and what they do to it: HUP, INT and TERM end the
 * program by the signal, QUIT prints every goroutine and exits 2, PIPE (a write to a closed stdout or stderr)
 * ends it by the signal, USR1 is ignored unless os/signal asks for it. The numbers are Linux's.
 */
public enum Signal {
    HUP(1, "terminal line hangup"),
    INT(2, "interrupt"),
    QUIT(3, "quit"),
    USR1(10, "user-defined signal 1"),
    PIPE(13, "write to broken pipe"),
    TERM(15, "termination");

    private final int number;
    private final String description;

    Signal(int number, String description) {
        this.number = number;
        this.description = description;
    }

    public int number() {
        return number;
    }

    /** The name as Go's runtime prints it in a crash report, e.g. {@code SIGQUIT: quit}. */
    public String goName() {
        return "SIG" + name() + ": " + description;
    }

    /** The signal with this number, or null. */
    public static Signal of(int number) {
        for (Signal s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        return null;
    }
}
