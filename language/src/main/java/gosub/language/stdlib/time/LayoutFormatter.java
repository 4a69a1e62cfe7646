package gosub.language.stdlib.time;

/**
 * Time.Format's work: a wall clock reading shown as a cut layout shows the reference time. Interpreted Go spent tens
 * of microseconds per Format on it, and its compiled form took Graal seconds; here it is one call of plain Java.
 * The calendar is time.go's (day numbers from 1970-01-01, Howard Hinnant's era-based conversion), in longs, as
 * years of a Go time run far beyond an int.
 */
final class LayoutFormatter {
    private LayoutFormatter() {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    private static final long DAYS_PER_ERA = 146097;
    private static final long MARCH_TO_EPOCH = 719468;

    /**
     * The text of a time in a zone: days since 1970-01-01 and the second of that day, both on the zone's wall clock,
     * the nanosecond, and the zone's abbreviation and offset east of UTC in seconds.
     */
    static String format(Layout layout, long days, long second, long nsec, String zone, long offset) {
        // The date in the March-based year of the era algorithm.
        long z = days + MARCH_TO_EPOCH;
        long era = Math.floorDiv(z, DAYS_PER_ERA);
        long dayOfEra = z - era * DAYS_PER_ERA;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfMarchYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfMarchYear + 2) / 153;
        int day = (int) (dayOfMarchYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        int hour = (int) (second / 3600);
        int minute = (int) (second / 60 % 60);
        int sec = (int) (second % 60);

        StringBuilder b = new StringBuilder(32);
        for (int k = 0; k < layout.kinds.length; k++) {
            String element = layout.elements[k];
            b.append(layout.literals[k]);
            switch (layout.kinds[k]) {
                case YEAR2 -> padded(b, Math.abs(year) % 100, 2);
                case YEAR4 -> padded(b, year, 4);
                case MONTH_NAME -> b.append(MONTHS[month - 1]);
                case MONTH_ABBR -> b.append(MONTHS[month - 1], 0, 3);
                case MONTH -> padded(b, month, 0);
                case MONTH2 -> padded(b, month, 2);
                case WEEKDAY_NAME -> b.append(WEEKDAYS[weekday(days)]);
                case WEEKDAY_ABBR -> b.append(WEEKDAYS[weekday(days)], 0, 3);
                case DAY -> padded(b, day, 0);
                case DAY_SPACE -> spaced(b, day, 2);
                case DAY2 -> padded(b, day, 2);
                case YEAR_DAY_SPACE -> spaced(b, days - januaryFirst(year) + 1, 3);
                case YEAR_DAY3 -> padded(b, days - januaryFirst(year) + 1, 3);
                case HOUR -> padded(b, hour, 2);
                case HOUR12 -> padded(b, clock12(hour), 0);
                case HOUR12_TWO -> padded(b, clock12(hour), 2);
                case MINUTE -> padded(b, minute, 0);
                case MINUTE2 -> padded(b, minute, 2);
                case SECOND -> padded(b, sec, 0);
                case SECOND2 -> padded(b, sec, 2);
                case NOON_UPPER -> b.append(hour < 12 ? "AM" : "PM");
                case NOON_LOWER -> b.append(hour < 12 ? "am" : "pm");
                case ZONE_NAME -> {
                    if (zone.isEmpty()) {
                        offset(b, offset, false, false, 2);
                    } else {
                        b.append(zone);
                    }
                }
                case OFFSET -> offset(b, offset, element.charAt(0) == 'Z', Layout.hasColon(element),
                        Layout.offsetParts(element));
                case FRACTION -> fraction(b, nsec, element.length() - 1, element.charAt(1) == '9', element.charAt(0));
                case NONE -> throw new IllegalStateException("a layout element without kind");
            }
        }
        b.append(layout.literals[layout.kinds.length]);
        return b.toString();
    }

    /** Weekday of a day number (0 is Sunday); 1970-01-01 was a Thursday. */
    private static int weekday(long days) {
        return (int) Math.floorMod(days + 4, 7L);
    }

    /** Day number of January 1 of year. */
    private static long januaryFirst(long year) {
        long y = year - 1; // January starts the previous March-based year, at its 306th day
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        return era * DAYS_PER_ERA + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + 306 - MARCH_TO_EPOCH;
    }

    /** Hour on a 12-hour clock, where noon and midnight are 12. */
    private static int clock12(int hour) {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    /** x in decimal, its digits zero-padded to width, after a minus sign when negative. */
    private static void padded(StringBuilder b, long x, int width) {
        String digits = Long.toUnsignedString(x < 0 ? -x : x);
        if (x < 0) {
            b.append('-');
        }
        for (int n = digits.length(); n < width; n++) {
            b.append('0');
        }
        b.append(digits);
    }

    /** x (not negative) right-aligned in width columns. */
    private static void spaced(StringBuilder b, long x, int width) {
        String digits = Long.toString(x);
        for (int n = digits.length(); n < width; n++) {
            b.append(' ');
        }
        b.append(digits);
    }

    /**
     * A zone offset in seconds east of UTC as hours, then minutes and seconds for more parts, with colons between
     * them or not; a Z form shows offset 0 as "Z". The sign is that of the whole minutes, so an offset of less than
     * a minute west shows as "+00:00:-30" in the seconds form, as Go shows it.
     */
    private static void offset(StringBuilder b, long offset, boolean zulu, boolean colon, int parts) {
        if (zulu && offset == 0) {
            b.append('Z');
            return;
        }
        long minutes = offset / 60;
        long seconds = offset;
        if (minutes < 0) {
            b.append('-');
            minutes = -minutes;
            seconds = -seconds;
        } else {
            b.append('+');
        }
        padded(b, minutes / 60, 2);
        if (parts >= 2) {
            if (colon) {
                b.append(':');
            }
            padded(b, minutes % 60, 2);
        }
        if (parts == 3) {
            if (colon) {
                b.append(':');
            }
            padded(b, seconds % 60, 2);
        }
    }

    /**
     * The fraction of a second: the separator and at most nine digits. A fraction of 9s drops trailing zeros, and
     * the separator too when no digit is left.
     */
    private static void fraction(StringBuilder b, long nsec, int digits, boolean trim, char separator) {
        int n = Math.min(digits, 9);
        String nine = Long.toString(1_000_000_000L + nsec).substring(1);
        if (trim) {
            while (n > 0 && nine.charAt(n - 1) == '0') {
                n--;
            }
            if (n == 0) {
                return;
            }
        }
        b.append(separator).append(nine, 0, n);
    }
}
