package gosub.language.stdlib.time.zoneinfo;

/** Proleptic Gregorian calendar arithmetic on days counted from 1970-01-01, for any year a long holds. */
final class Civil {
    private Civil() {
    }

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    private static final int[] MONTH_LENGTHS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days from 1970-01-01 to January 1 of year (negative before 1970). */
    static long daysBeforeYear(long year) {
        long y = year - 1;
        // leap days of the years before year, counted from year 0 of the proleptic calendar
        long leaps = Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400) + 1;
        return 365 * year + leaps - (365L * 1970 + 478);
    }

    /** The year in which day (from 1970-01-01) falls. */
    static long yearOfDay(long day) {
        // a first guess from the mean year, then a step either way to the year that holds day
        long year = 1970 + Math.floorDiv(day * 400, 146097);
        while (daysBeforeYear(year) > day) {
            year--;
        }
        while (daysBeforeYear(year + 1) <= day) {
            year++;
        }
        return year;
    }

    /** Days in the months of year before month (1-12). */
    static int daysBeforeMonth(long year, int month) {
        return DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0);
    }

    static int monthLength(long year, int month) {
        return month == 2 ? (isLeap(year) ? 29 : 28) : MONTH_LENGTHS[month - 1];
    }
}
