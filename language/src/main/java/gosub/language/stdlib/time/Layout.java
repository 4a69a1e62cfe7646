package gosub.language.stdlib.time;

import java.util.ArrayList;
import java.util.List;

/**
 * A layout cut into its elements, each with its kind, and the literal text before each and after the last.
 * Cutting walks the layout byte by byte, which costs about as much as formatting with it, so a program's layouts
 * are cut once (see {@link Layouts}). Strings are Go byte strings, one byte per char.
 */
final class Layout {
    final ElementKind[] kinds;
    /** The elements as the layout writes them. */
    final String[] elements;
    /** literals[k] comes before element k; the last one ends the layout. */
    final String[] literals;

    private Layout(ElementKind[] kinds, String[] elements, String[] literals) {
        this.kinds = kinds;
        this.elements = elements;
        this.literals = literals;
    }

    static Layout cut(String text) {
        List<ElementKind> kinds = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        int literalStart = 0;
        for (int i = 0; i < text.length();) {
            Found found = elementAt(text, i);
            if (found == null) {
                i++;
                continue;
            }
            kinds.add(found.kind);
            elements.add(text.substring(i, i + found.size));
            literals.add(text.substring(literalStart, i));
            i += found.size;
            literalStart = i;
        }
        literals.add(text.substring(literalStart));
        return new Layout(kinds.toArray(new ElementKind[0]), elements.toArray(new String[0]),
                literals.toArray(new String[0]));
    }

    /** The offset form of an element of kind OFFSET: how many two-digit groups it shows (hours, minutes, seconds). */
    static int offsetParts(String element) {
        return hasColon(element) ? element.length() / 3 : (element.length() - 1) / 2;
    }

    static boolean hasColon(String offsetElement) {
        return offsetElement.length() > 3 && offsetElement.charAt(3) == ':';
    }

    /** An element found in a layout: its kind and how many bytes it takes. */
    private record Found(ElementKind kind, int size) {
    }

    private static Found element(ElementKind kind, int size) {
        return new Found(kind, size);
    }

    /** The offset forms, tried in this order (a longer form before the shorter one it starts with) after '-' or 'Z'. */
    private static final String[] OFFSET_FORMS = {"070000", "07:00:00", "0700", "07:00", "07"};

    /** The element that starts at text[i], or null. */
    private static Found elementAt(String text, int i) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        switch (c) {
            case 'J':
                if (text.startsWith("January", i)) {
                    return element(ElementKind.MONTH_NAME, 7);
                }
                if (isWord(text, i, "Jan")) {
                    return element(ElementKind.MONTH_ABBR, 3);
                }
                break;
            case 'M':
                if (text.startsWith("Monday", i)) {
                    return element(ElementKind.WEEKDAY_NAME, 6);
                }
                if (isWord(text, i, "Mon")) {
                    return element(ElementKind.WEEKDAY_ABBR, 3);
                }
                if (text.startsWith("MST", i)) {
                    return element(ElementKind.ZONE_NAME, 3);
                }
                break;
            case '0':
                if (next >= '1' && next <= '6') {
                    return element(ElementKind.twoDigit(next), 2);
                }
                if (text.startsWith("002", i)) {
                    return element(ElementKind.YEAR_DAY3, 3);
                }
                break;
            case '1':
                return next == '5' ? element(ElementKind.HOUR, 2) : element(ElementKind.MONTH, 1);
            case '2':
                return text.startsWith("2006", i) ? element(ElementKind.YEAR4, 4) : element(ElementKind.DAY, 1);
            case '_':
                // In "_2006" the underscore is literal text and the year follows.
                if (next == '2' && !text.startsWith("_2006", i)) {
                    return element(ElementKind.DAY_SPACE, 2);
                }
                if (text.startsWith("__2", i)) {
                    return element(ElementKind.YEAR_DAY_SPACE, 3);
                }
                break;
            case '3':
                return element(ElementKind.HOUR12, 1);
            case '4':
                return element(ElementKind.MINUTE, 1);
            case '5':
                return element(ElementKind.SECOND, 1);
            case 'P':
                return next == 'M' ? element(ElementKind.NOON_UPPER, 2) : null;
            case 'p':
                return next == 'm' ? element(ElementKind.NOON_LOWER, 2) : null;
            case '-':
            case 'Z':
                for (String form : OFFSET_FORMS) {
                    if (text.startsWith(form, i + 1)) {
                        return element(ElementKind.OFFSET, 1 + form.length());
                    }
                }
                break;
            case '.':
            case ',':
                // A run of 0s or of 9s after the separator, with no other digit right after it.
                if (next == '0' || next == '9') {
                    int end = i + 1;
                    while (end < text.length() && text.charAt(end) == next) {
                        end++;
                    }
                    if (end == text.length() || !isDigit(text.charAt(end))) {
                        return element(ElementKind.FRACTION, end - i);
                    }
                }
                break;
            default:
                break;
        }
        return null;
    }

    /** "Jan" and "Mon" are elements only when no lower-case letter follows: "Month" is literal text. */
    private static boolean isWord(String text, int i, String word) {
        if (!text.startsWith(word, i)) {
            return false;
        }
        int after = i + word.length();
        return after == text.length() || text.charAt(after) < 'a' || text.charAt(after) > 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
