package gosub.language.stdlib.time;

/**
 * Time.Parse's reading of a value: the fields each element of a cut layout finds in it, or where and why the value
 * does not fit. Turning the fields into a Time (checking the date, choosing the location) stays Go code in time.go,
 * which also words the errors. Interpreted Go spent tens of microseconds per Parse walking the value byte by byte;
 * here it is one call of plain Java. Strings are Go byte strings, one byte per char.
 */
final class LayoutParser {
    /** What went wrong, as time.go's parseIn reads it. */
    static final int FITS = 0;
    /** Layout text (layoutElem: literal text or an element) that the value did not match. */
    static final int MISMATCH = 1;
    /** Text left over after the whole layout. */
    static final int EXTRA_TEXT = 2;
    /** A field (named by field) out of its range, read by the element layoutElem. */
    static final int OUT_OF_RANGE = 3;

    /** Bits of flags. */
    static final int AM = 1;
    static final int PM = 2;
    static final int UTC = 4;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    /** Signals a value that does not fit the element being read; the position reached is in rest. */
    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        static final Bad INSTANCE = new Bad();

        private Bad() {
            super(null, null, false, false);
        }
    }

    private final String value;
    private long year;
    private long month = -1;
    private long day = -1;
    private long yearDay = -1;
    private long hour;
    private long minute;
    private long second;
    private long nsec;
    private long offset = -1; // time.go's noOffset
    private int flags;
    private String zoneName = "";
    /** Where the rest of the value starts: after what was read, or where a mismatch was found. */
    private int rest;
    private int fault = FITS;
    private String layoutElem = "";
    private String field = "";

    private LayoutParser(String value) {
        this.value = value;
    }

    /**
     * Reads value as layout shows the reference time, as far as it fits: time.go's readValue results (the fields,
     * flags, zone name, the rest of the value, the fault, the layout's text at fault and the field out of range).
     */
    static Object[] read(Layout layout, String value) {
        LayoutParser r = new LayoutParser(value);
        r.readAll(layout);
        return new Object[] {r.year, r.month, r.day, r.yearDay, r.hour, r.minute, r.second, r.nsec, r.offset,
            (long) r.flags, r.zoneName, value.substring(r.rest), (long) r.fault, r.layoutElem, r.field};
    }

    private void readAll(Layout layout) {
        int n = layout.kinds.length;
        for (int k = 0; k < n; k++) {
            String element = layout.elements[k];
            if (!skipLiteral(layout.literals[k])) {
                return;
            }
            boolean fractionNext = k + 1 < n && layout.kinds[k + 1] == ElementKind.FRACTION;
            String range;
            try {
                range = readElement(layout.kinds[k], element, fractionNext);
            } catch (Bad bad) {
                fail(MISMATCH, element);
                return;
            }
            if (range != null) {
                fail(OUT_OF_RANGE, element);
                field = range;
                return;
            }
        }
        if (skipLiteral(layout.literals[n]) && rest < value.length()) {
            fault = EXTRA_TEXT;
        }
    }

    private void fail(int kind, String elem) {
        fault = kind;
        layoutElem = elem;
    }

    /**
     * Takes literal text off the value. A space matches any run of spaces, none included at the end of the value,
     * but not another byte. On a mismatch rest is the first byte that did not match.
     */
    private boolean skipLiteral(String literal) {
        int i = 0;
        while (i < literal.length()) {
            if (literal.charAt(i) == ' ') {
                if (rest < value.length() && value.charAt(rest) != ' ') {
                    fail(MISMATCH, literal);
                    return false;
                }
                while (i < literal.length() && literal.charAt(i) == ' ') {
                    i++;
                }
                while (rest < value.length() && value.charAt(rest) == ' ') {
                    rest++;
                }
                continue;
            }
            if (rest == value.length() || value.charAt(rest) != literal.charAt(i)) {
                fail(MISMATCH, literal);
                return false;
            }
            i++;
            rest++;
        }
        return true;
    }

    private int left() {
        return value.length() - rest;
    }

    private char at(int i) {
        return value.charAt(rest + i);
    }

    /**
     * Reads one element at rest into the fields and moves rest past it. Gives the name of a field out of range, or
     * null; throws Bad, leaving rest where the error is to be shown, when the value does not fit.
     */
    private String readElement(ElementKind kind, String element, boolean fractionNext) throws Bad {
        switch (kind) {
            case YEAR2 -> {
                if (left() < 2) {
                    throw Bad.INSTANCE;
                }
                long y = signedInt(rest, rest + 2);
                year = y >= 69 ? 1900 + y : 2000 + y;
                rest += 2;
            }
            case YEAR4 -> {
                if (left() < 4 || !isDigit(at(0))) {
                    throw Bad.INSTANCE;
                }
                rest += 4; // past the year even when it is bad, where the error is shown
                year = signedInt(rest - 4, rest);
            }
            case MONTH_NAME -> month = matchName(MONTHS, 0) + 1;
            case MONTH_ABBR -> month = matchName(MONTHS, 3) + 1;
            case WEEKDAY_NAME -> matchName(WEEKDAYS, 0); // checked, then ignored
            case WEEKDAY_ABBR -> matchName(WEEKDAYS, 3);
            case MONTH, MONTH2 -> {
                month = leadingNumber(2, kind == ElementKind.MONTH2);
                return month < 1 || month > 12 ? "month" : null;
            }
            case DAY, DAY_SPACE, DAY2 -> {
                if (kind == ElementKind.DAY_SPACE && left() > 0 && at(0) == ' ') {
                    rest++;
                }
                // any one or two digits: the date as a whole is checked at the end
                day = leadingNumber(2, kind == ElementKind.DAY2);
            }
            case YEAR_DAY_SPACE, YEAR_DAY3 -> {
                for (int n = 0; n < 2 && kind == ElementKind.YEAR_DAY_SPACE && left() > 0 && at(0) == ' '; n++) {
                    rest++;
                }
                yearDay = leadingNumber(3, kind == ElementKind.YEAR_DAY3);
            }
            case HOUR -> {
                hour = leadingNumber(2, false);
                return hour >= 24 ? "hour" : null;
            }
            case HOUR12, HOUR12_TWO -> {
                hour = leadingNumber(2, kind == ElementKind.HOUR12_TWO);
                return hour > 12 ? "hour" : null;
            }
            case MINUTE, MINUTE2 -> {
                minute = leadingNumber(2, kind == ElementKind.MINUTE2);
                return minute >= 60 ? "minute" : null;
            }
            case SECOND, SECOND2 -> {
                return readSeconds(kind == ElementKind.SECOND2, fractionNext);
            }
            case NOON_UPPER, NOON_LOWER -> {
                if (left() < 2) {
                    throw Bad.INSTANCE;
                }
                String mark = value.substring(rest, rest + 2);
                rest += 2;
                boolean upper = kind == ElementKind.NOON_UPPER;
                if (mark.equals(upper ? "AM" : "am")) {
                    flags |= AM;
                } else if (mark.equals(upper ? "PM" : "pm")) {
                    flags |= PM;
                } else {
                    throw Bad.INSTANCE;
                }
            }
            case OFFSET -> readOffset(element.charAt(0) == 'Z', Layout.hasColon(element), Layout.offsetParts(element));
            case ZONE_NAME -> {
                if (value.startsWith("UTC", rest)) {
                    flags |= UTC;
                    rest += 3;
                } else {
                    int n = zoneNameLength();
                    if (n == 0) {
                        throw Bad.INSTANCE;
                    }
                    zoneName = value.substring(rest, rest + n);
                    rest += n;
                }
            }
            case FRACTION -> {
                return readFraction(element.length() - 1, element.charAt(1) == '9');
            }
            case NONE -> throw new IllegalStateException("a layout element without kind");
        }
        return null;
    }

    /**
     * The seconds, and a fraction right after them when the layout has no fraction element next. Bad seconds with
     * such a fraction after them are no error, as in Go: the fraction's reading replaces the seconds' outcome.
     */
    private String readSeconds(boolean fixed, boolean fractionNext) throws Bad {
        boolean bad = false;
        try {
            second = leadingNumber(2, fixed);
        } catch (Bad b) {
            second = 0;
            bad = true;
        }
        if (second >= 60) {
            return "second";
        }
        if (left() >= 2 && isSeparator(at(0)) && isDigit(at(1)) && !fractionNext) {
            int n = 2;
            while (n < left() && isDigit(at(n))) {
                n++;
            }
            return nanoseconds(n);
        }
        if (bad) {
            throw Bad.INSTANCE;
        }
        return null;
    }

    /** A fraction element: .000 wants its number of digits, .999 takes up to nine and may be left out. */
    private String readFraction(int digits, boolean trim) throws Bad {
        int n;
        if (!trim) {
            n = 1 + digits;
            if (left() < n) {
                throw Bad.INSTANCE;
            }
        } else {
            if (left() < 2 || !isSeparator(at(0)) || !isDigit(at(1))) {
                return null;
            }
            n = 1;
            while (n < 10 && n < left() && isDigit(at(n))) {
                n++;
            }
        }
        return nanoseconds(n);
    }

    /**
     * Nanoseconds from the separator and digits in the next size bytes (digits past the ninth are ignored); the
     * name "fractional second" when they read as negative. rest moves past the size bytes, fit or not.
     */
    private String nanoseconds(int size) throws Bad {
        int start = rest;
        rest += size;
        if (!isSeparator(value.charAt(start))) {
            throw Bad.INSTANCE;
        }
        long ns = signedInt(start + 1, start + Math.min(size, 10));
        if (ns < 0) {
            return "fractional second";
        }
        for (int scale = Math.min(size, 10); scale < 10; scale++) {
            ns *= 10;
        }
        nsec = ns;
        return null;
    }

    /**
     * A numeric offset: hours, then minutes and seconds for more parts, with colons between them or not; in a Z form
     * "Z" reads as UTC (except in the forms with seconds). rest moves past the offset's bytes even when they are bad.
     */
    private void readOffset(boolean zulu, boolean colon, int parts) throws Bad {
        if (zulu && parts < 3 && left() > 0 && at(0) == 'Z') {
            flags |= UTC;
            rest++;
            return;
        }
        int step = colon ? 3 : 2;
        int size = 1 + 2 * parts + (colon ? parts - 1 : 0);
        if (left() < size) {
            throw Bad.INSTANCE;
        }
        if (colon && (at(3) != ':' || parts == 3 && at(6) != ':')) {
            throw Bad.INSTANCE;
        }
        int start = rest;
        rest += size;
        long seconds = 0;
        for (int part = 0; part < 3; part++) {
            long group = part < parts ? signedInt(start + 1 + step * part, start + 3 + step * part) : 0;
            seconds = seconds * 60 + group;
        }
        switch (value.charAt(start)) {
            case '+' -> offset = seconds;
            case '-' -> offset = -seconds;
            default -> throw Bad.INSTANCE;
        }
    }

    /**
     * The length of the zone abbreviation at rest, or 0: three upper-case letters, or four or five ending in T (and
     * WITA); ChST and MeST with their lower-case letter; GMT, maybe followed by signed hours (GMT+3); or signed hours
     * alone (+03).
     */
    private int zoneNameLength() {
        if (left() < 3) {
            return 0;
        }
        if (value.startsWith("ChST", rest) || value.startsWith("MeST", rest)) {
            return 4;
        }
        if (value.startsWith("GMT", rest)) {
            return 3 + signedHours(rest + 3);
        }
        if (at(0) == '+' || at(0) == '-') {
            return signedHours(rest);
        }
        int upper = 0;
        while (upper < left() && upper < 6 && at(upper) >= 'A' && at(upper) <= 'Z') {
            upper++;
        }
        if (upper == 3) {
            return 3;
        }
        if (upper == 4 && (at(3) == 'T' || value.startsWith("WITA", rest))) {
            return 4;
        }
        return upper == 5 && at(4) == 'T' ? 5 : 0;
    }

    /** The length of a sign and a number of hours (at most 23) at from, or 0. */
    private int signedHours(int from) {
        if (from >= value.length() || value.charAt(from) != '+' && value.charAt(from) != '-') {
            return 0;
        }
        int end = from + 1;
        while (end < value.length() && isDigit(value.charAt(end))) {
            end++;
        }
        if (end == from + 1) {
            return 0;
        }
        try {
            long hours = unsigned(from + 1, end);
            return Long.compareUnsigned(hours, 23) > 0 ? 0 : end - from;
        } catch (Bad tooLong) {
            return 0;
        }
    }

    /** Which of names (cut to their first cut letters, 0 for whole) the value starts with, any case of letters. */
    private int matchName(String[] names, int cut) throws Bad {
        for (int index = 0; index < names.length; index++) {
            String name = cut == 0 ? names[index] : names[index].substring(0, cut);
            if (startsWithLetters(name)) {
                rest += name.length();
                return index;
            }
        }
        throw Bad.INSTANCE;
    }

    /** Whether the value has name at rest, taking upper- and lower-case ASCII letters as the same (no others). */
    private boolean startsWithLetters(String name) {
        if (left() < name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (lowerASCII(at(i)) != lowerASCII(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerASCII(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** One to max digits (exactly max when fixed) at rest. */
    private long leadingNumber(int max, boolean fixed) throws Bad {
        int n = 0;
        long x = 0;
        while (n < max && n < left() && isDigit(at(n))) {
            x = x * 10 + at(n) - '0';
            n++;
        }
        if (n == 0 || fixed && n < max) {
            throw Bad.INSTANCE;
        }
        rest += n;
        return x;
    }

    /** All of value[from, to) as a decimal number with an optional sign; no digits read as 0. */
    private long signedInt(int from, int to) throws Bad {
        boolean negative = false;
        if (from < to && (value.charAt(from) == '+' || value.charAt(from) == '-')) {
            negative = value.charAt(from) == '-';
            from++;
        }
        long x = unsigned(from, to);
        return negative ? -x : x;
    }

    /** 1<<63, the largest number unsigned reads, and a tenth of it. */
    private static final long TWO_TO_63 = Long.MIN_VALUE;
    private static final long TWO_TO_63_TENTH = 922337203685477580L;

    /**
     * value[from, to) as an unsigned decimal number of at most 1<<63 (which negates to itself, as Go's int does);
     * Bad for another byte or a larger number.
     */
    private long unsigned(int from, int to) throws Bad {
        long x = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!isDigit(c) || Long.compareUnsigned(x, TWO_TO_63_TENTH) > 0) {
                throw Bad.INSTANCE;
            }
            x = x * 10 + (c - '0');
            if (Long.compareUnsigned(x, TWO_TO_63) > 0) {
                throw Bad.INSTANCE;
            }
        }
        return x;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',';
    }
}
