package gosub.language.stdlib.time.zoneinfo;

import java.util.Arrays;

/**
 * A location as a TZif file describes it: its local time types (abbreviation, offset, daylight saving), the
 * instants at which it moves from one to another, and the footer's rule for the instants after the last of them.
 */
final class TzifTimeline implements ZoneTimeline {
    private final String[] names;
    private final int[] offsets;
    private final boolean[] daylight;
    private final long[] transitions; // Unix seconds, ascending; never empty
    private final int[] typeAfter;    // the type in use from transitions[i] on
    private final PosixZoneRule rule; // null without a footer
    private final int typeBeforeFirst;

    TzifTimeline(String[] names, int[] offsets, boolean[] daylight, long[] transitions, int[] typeAfter,
                 String footer) {
        this.names = names;
        this.offsets = offsets;
        this.daylight = daylight;
        if (transitions.length == 0) {
            // a zone without transitions (Etc/GMT+5, UTC) keeps its first type for all time
            transitions = new long[] {BEGINNING};
            typeAfter = new int[] {0};
        }
        this.transitions = transitions;
        this.typeAfter = typeAfter;
        this.rule = footer == null ? null : PosixZoneRule.parse(footer);
        this.typeBeforeFirst = typeBeforeFirst();
    }

    /**
     * The type in use before the first transition. RFC 8536 says type 0; Go, like older zic output needed, prefers
     * a standard-time type when type 0 is in use later on: the last standard type listed before the first
     * transition's type if that one is daylight saving time, else the first standard type.
     */
    private int typeBeforeFirst() {
        boolean zeroUsed = false;
        for (int t : typeAfter) {
            zeroUsed |= t == 0;
        }
        if (!zeroUsed) {
            return 0;
        }
        if (daylight[typeAfter[0]]) {
            for (int t = typeAfter[0] - 1; t >= 0; t--) {
                if (!daylight[t]) {
                    return t;
                }
            }
        }
        for (int t = 0; t < daylight.length; t++) {
            if (!daylight[t]) {
                return t;
            }
        }
        return 0;
    }

    @Override
    public ZoneInUse at(long sec) {
        if (sec < transitions[0]) {
            int t = typeBeforeFirst;
            return new ZoneInUse(names[t], offsets[t], BEGINNING, transitions[0], daylight[t]);
        }
        int found = Arrays.binarySearch(transitions, sec);
        // the last transition at or before sec (among equal instants, the last of them)
        int i = found >= 0 ? found : -found - 2;
        while (i + 1 < transitions.length && transitions[i + 1] <= sec) {
            i++;
        }
        if (i == transitions.length - 1 && rule != null) {
            ZoneInUse ruled = rule.at(transitions[i], sec);
            if (ruled != null) {
                return ruled;
            }
        }
        int t = typeAfter[i];
        long end = i + 1 < transitions.length ? transitions[i + 1] : END;
        return new ZoneInUse(names[t], offsets[t], transitions[i], end, daylight[t]);
    }

    @Override
    public Integer offsetOf(String name, long unix) {
        // Sydney once called both its standard and its summer time "EST": the offset tells which was meant
        for (int t = 0; t < names.length; t++) {
            if (names[t].equals(name)) {
                ZoneInUse there = at(unix - offsets[t]);
                if (there.name().equals(name)) {
                    return there.offset();
                }
            }
        }
        for (int t = 0; t < names.length; t++) {
            if (names[t].equals(name)) {
                return offsets[t];
            }
        }
        return null;
    }
}
