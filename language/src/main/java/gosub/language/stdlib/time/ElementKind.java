package gosub.language.stdlib.time;

/** The kinds of layout elements, with the text of the reference time that stands for each. */
enum ElementKind {
    NONE,
    YEAR2, // 06
    YEAR4, // 2006
    MONTH_NAME, // January
    MONTH_ABBR, // Jan
    MONTH, // 1
    MONTH2, // 01
    WEEKDAY_NAME, // Monday
    WEEKDAY_ABBR, // Mon
    DAY, // 2
    DAY_SPACE, // _2
    DAY2, // 02
    YEAR_DAY_SPACE, // __2
    YEAR_DAY3, // 002
    HOUR, // 15
    HOUR12, // 3
    HOUR12_TWO, // 03
    MINUTE, // 4
    MINUTE2, // 04
    SECOND, // 5
    SECOND2, // 05
    NOON_UPPER, // PM
    NOON_LOWER, // pm
    ZONE_NAME, // MST
    OFFSET, // -0700, -07:00, -07, -070000, -07:00:00, and the same starting with Z
    FRACTION; // .000 or .999, any number of digits, or with a comma

    private static final ElementKind[] TWO_DIGIT = {MONTH2, DAY2, HOUR12_TWO, MINUTE2, SECOND2, YEAR2};

    /** The element "0" followed by digit ('1' to '6') stands for. */
    static ElementKind twoDigit(char digit) {
        return TWO_DIGIT[digit - '1'];
    }
}
