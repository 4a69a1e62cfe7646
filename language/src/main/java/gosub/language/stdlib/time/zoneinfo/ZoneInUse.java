package gosub.language.stdlib.time.zoneinfo;

/**
 * A zone (abbreviation, offset in seconds east of UTC, daylight saving or not) and the Unix seconds [start, end)
 * over which a location keeps it. Date relies on the span to tell whether the offset it guessed still holds.
 */
public record ZoneInUse(String name, int offset, long start, long end, boolean daylight) {
}
