package gosub.language.traceback;

/**
 * How much an unrecovered panic or a fatal error prints, from the environment variable GOTRACEBACK as Go reads it:
 * {@code none} no goroutine at all, {@code single} (the default) the failing goroutine (fatal errors and SIGQUIT
 * every goroutine), {@code all} every goroutine. {@code system} and {@code crash} are taken as {@code all}, since
 * gosub's goroutines have no runtime frames to add; a number N is level N with every goroutine listed, so 0 and
 * words Go does not know list none.
 */
public enum TracebackLevel {
    NONE, SINGLE, ALL;

    public static TracebackLevel parse(String value) {
        if (value == null) {
            return SINGLE;
        }
        return switch (value) {
            case "", "single" -> SINGLE;
            case "none" -> NONE;
            case "all", "system", "crash" -> ALL;
            default -> {
                // as Go: a number is a level that lists every goroutine (0 lists none), anything else is level 0
                try {
                    yield Integer.parseInt(value) > 0 ? ALL : NONE;
                } catch (NumberFormatException e) {
                    yield NONE;
                }
            }
        };
    }
}
