package gosub.language.stdlib.time.zoneinfo;

/**
 * The zones a location goes through over time. Abbreviations are Go strings (one char per byte), as the natives
 * hand them to Go code.
 */
public interface ZoneTimeline {
    /** The earliest and latest instants, in Unix seconds: the bounds of a zone in use for all time. */
    long BEGINNING = Long.MIN_VALUE;
    long END = Long.MAX_VALUE;

    /** The zone in use at Unix time sec, with the span [start, end) over which it stays in use. */
    ZoneInUse at(long sec);

    /**
     * The offset the abbreviation name stands for around unix, a wall clock reading taken as UTC: preferably that of a
     * zone so named in use at the instant the reading means, else that of any zone so named; null if none is.
     */
    Integer offsetOf(String name, long unix);
}
