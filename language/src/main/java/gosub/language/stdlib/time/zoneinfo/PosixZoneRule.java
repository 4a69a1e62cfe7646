package gosub.language.stdlib.time.zoneinfo;

/**
 * The rule a TZif file's footer gives for instants after its last transition, in the syntax of POSIX's TZ variable
 * ("CET-1CEST,M3.5.0,M10.5.0/3"): a standard zone, optionally a daylight-saving zone and the two days and times of
 * day it starts and ends each year. The text's offsets are west of UTC; ours are east. A rule that does not parse
 * answers nothing (Go then keeps the zone of the last transition). The spans it gives are exact next to a change
 * and otherwise a year's bounds, which is all Date needs; where Go's arithmetic has quirks (the second of the year
 * before 1970, a year's end taken as 365 days on), the same results are kept so that times read the same.
 */
final class PosixZoneRule {
    private static final int DAY = 86400;
    private static final int HOUR = 3600;

    /** How a change's day is given: Jn (1-365, February 29 never counted), n (0-365), Mm.w.d. */
    private enum DayForm { JULIAN_NO_LEAP, DAY_OF_YEAR, MONTH_WEEK_WEEKDAY }

    /** When a change happens: its day and the time of day (seconds, local time of the zone it leaves). */
    private record Change(DayForm form, int day, int week, int month, int time) {
    }

    private final boolean valid;
    private final String standardName;
    private final int standardOffset;
    private final String daylightName; // null: no daylight saving time
    private final int daylightOffset;
    private final Change start;
    private final Change end;

    private PosixZoneRule(boolean valid, String standardName, int standardOffset, String daylightName,
                          int daylightOffset, Change start, Change end) {
        this.valid = valid;
        this.standardName = standardName;
        this.standardOffset = standardOffset;
        this.daylightName = daylightName;
        this.daylightOffset = daylightOffset;
        this.start = start;
        this.end = end;
    }

    private static final PosixZoneRule INVALID = new PosixZoneRule(false, null, 0, null, 0, null, null);

    /** A cursor over the rule's text. */
    private static final class Text {
        final String s;
        int at;

        Text(String s) {
            this.s = s;
        }

        boolean done() {
            return at >= s.length();
        }

        char peek() {
            return s.charAt(at);
        }

        boolean take(char c) {
            if (!done() && peek() == c) {
                at++;
                return true;
            }
            return false;
        }
    }

    static PosixZoneRule parse(String rule) {
        Text t = new Text(rule);
        String std = name(t);
        Integer stdWest = std == null ? null : offset(t);
        if (stdWest == null) {
            return INVALID;
        }
        int stdOffset = -stdWest;
        if (t.done() || t.peek() == ',') {
            return new PosixZoneRule(true, std, stdOffset, null, 0, null, null);
        }
        String dst = name(t);
        if (dst == null) {
            return INVALID;
        }
        int dstOffset;
        if (t.done() || t.peek() == ',') {
            dstOffset = stdOffset + HOUR; // the default: an hour ahead
        } else {
            Integer dstWest = offset(t);
            if (dstWest == null) {
                return INVALID;
            }
            dstOffset = -dstWest;
        }
        if (t.done()) {
            t = new Text(",M3.2.0,M11.1.0"); // tzcode's default, the United States' rules
        }
        if (!t.take(',') && !t.take(';')) { // tzcode takes ';' as well
            return INVALID;
        }
        Change from = change(t);
        if (from == null || !t.take(',')) {
            return INVALID;
        }
        Change to = change(t);
        if (to == null || !t.done()) {
            return INVALID;
        }
        return new PosixZoneRule(true, std, stdOffset, dst, dstOffset, from, to);
    }

    /** A zone's name: "<...>" (any text), or three or more characters up to a digit, a sign or a comma. */
    private static String name(Text t) {
        if (t.done()) {
            return null;
        }
        int from = t.at;
        if (t.peek() == '<') {
            int close = t.s.indexOf('>', from);
            if (close < 0) {
                return null;
            }
            t.at = close + 1;
            return t.s.substring(from + 1, close);
        }
        int stop = from;
        while (stop < t.s.length() && "0123456789,-+".indexOf(t.s.charAt(stop)) < 0) {
            stop++;
        }
        if (stop - from < 3) {
            return null;
        }
        t.at = stop;
        return t.s.substring(from, stop);
    }

    /** [+|-]hh[:mm[:ss]] in seconds, hours up to 7 days as tzcode allows; null if malformed. */
    private static Integer offset(Text t) {
        if (t.done()) {
            return null;
        }
        int sign = 1;
        if (t.take('-')) {
            sign = -1;
        } else {
            t.take('+');
        }
        Integer hours = number(t, 0, 24 * 7);
        if (hours == null) {
            return null;
        }
        int seconds = hours * HOUR;
        if (t.take(':')) {
            Integer minutes = number(t, 0, 59);
            if (minutes == null) {
                return null;
            }
            seconds += minutes * 60;
            if (t.take(':')) {
                Integer secs = number(t, 0, 59);
                if (secs == null) {
                    return null;
                }
                seconds += secs;
            }
        }
        return sign * seconds;
    }

    /** Decimal digits (at least one) whose value lies in [min, max]; null otherwise. */
    private static Integer number(Text t, int min, int max) {
        int value = 0;
        int digits = 0;
        while (!t.done() && t.peek() >= '0' && t.peek() <= '9') {
            value = value * 10 + (t.peek() - '0');
            if (value > max) {
                return null;
            }
            t.at++;
            digits++;
        }
        return digits == 0 || value < min ? null : value;
    }

    private static Change change(Text t) {
        if (t.done()) {
            return null;
        }
        DayForm form;
        int day;
        int week = 0;
        int month = 0;
        if (t.take('J')) {
            Integer d = number(t, 1, 365);
            if (d == null) {
                return null;
            }
            form = DayForm.JULIAN_NO_LEAP;
            day = d;
        } else if (t.take('M')) {
            Integer m = number(t, 1, 12);
            Integer w = m == null || !t.take('.') ? null : number(t, 1, 5);
            Integer d = w == null || !t.take('.') ? null : number(t, 0, 6);
            if (d == null) {
                return null;
            }
            form = DayForm.MONTH_WEEK_WEEKDAY;
            day = d;
            week = w;
            month = m;
        } else {
            Integer d = number(t, 0, 365);
            if (d == null) {
                return null;
            }
            form = DayForm.DAY_OF_YEAR;
            day = d;
        }
        int time = 2 * HOUR; // 02:00 unless given
        if (t.take('/')) {
            Integer given = offset(t);
            if (given == null) {
                return null;
            }
            time = given;
        }
        return new Change(form, day, week, month, time);
    }

    /**
     * The zone the rule puts in use at Unix time sec, after a last transition at lastTransition; null when the rule
     * did not parse.
     */
    ZoneInUse at(long lastTransition, long sec) {
        if (!valid) {
            return null;
        }
        if (daylightName == null) {
            return new ZoneInUse(standardName, standardOffset, lastTransition, ZoneTimeline.END, false);
        }
        long days = Math.floorDiv(sec, DAY);
        long year = Civil.yearOfDay(days);
        long yearStart = Civil.daysBeforeYear(year) * DAY;
        // the second of the year, counted as Go does: the day from the floor, the second within it truncated
        long secondOfYear = (days - Civil.daysBeforeYear(year)) * DAY + sec % DAY;
        long on = secondOfYear(year, start, standardOffset);
        long off = secondOfYear(year, end, daylightOffset);
        String inName = daylightName;
        String outName = standardName;
        int inOffset = daylightOffset;
        int outOffset = standardOffset;
        boolean inDaylight = true;
        if (off < on) { // the southern hemisphere: the year starts in daylight saving time
            long swap = on;
            on = off;
            off = swap;
            inName = standardName;
            outName = daylightName;
            inOffset = standardOffset;
            outOffset = daylightOffset;
            inDaylight = false;
        }
        if (secondOfYear < on) {
            return new ZoneInUse(outName, outOffset, yearStart, yearStart + on, !inDaylight);
        }
        if (secondOfYear >= off) {
            return new ZoneInUse(outName, outOffset, yearStart + off, yearStart + 365L * DAY, !inDaylight);
        }
        return new ZoneInUse(inName, inOffset, yearStart + on, yearStart + off, inDaylight);
    }

    /** The second of year (from its start, UTC) at which a change happens, for a zone offset seconds east. */
    private static long secondOfYear(long year, Change c, int offset) {
        long day = switch (c.form()) {
            case JULIAN_NO_LEAP -> c.day() - 1 + (Civil.isLeap(year) && c.day() >= 60 ? 1 : 0);
            case DAY_OF_YEAR -> c.day();
            case MONTH_WEEK_WEEKDAY -> {
                long firstOfMonth = Civil.daysBeforeYear(year) + Civil.daysBeforeMonth(year, c.month());
                int weekdayOfFirst = (int) Math.floorMod(firstOfMonth + 4, 7); // 1970-01-01 was a Thursday
                int d = Math.floorMod(c.day() - weekdayOfFirst, 7); // first such weekday, from 0
                int length = Civil.monthLength(year, c.month());
                // week 5 means the last such weekday: stop before leaving the month
                for (int w = 1; w < c.week() && d + 7 < length; w++) {
                    d += 7;
                }
                yield Civil.daysBeforeMonth(year, c.month()) + d;
            }
        };
        return day * DAY + c.time() - offset;
    }
}
