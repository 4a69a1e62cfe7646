package gosub.language.stdlib;

/** What the fmt natives need from the formatting engine. */
public interface ValueFormatter {
    String sprint(Object[] operands);

    String sprintln(Object[] operands);

    String sprintf(String format, Object[] operands);

    /** fmt.Errorf: an error value (an interface value) with the formatted message. */
    Object errorf(String format, Object[] operands);
}
