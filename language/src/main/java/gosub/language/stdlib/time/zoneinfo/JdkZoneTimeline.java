package gosub.language.stdlib.time.zoneinfo;

import gosub.language.values.ByteStrings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * A zone of the JDK's database, for a machine without TZif files. The JDK keeps offsets and transitions but not the
 * database's abbreviations: its English short names stand in (EST, CET), and where it has none, or only a
 * "GMT+03:00", Go's numeric form ("+03"), which the database uses for most such zones. Historical abbreviations
 * (LMT, PWT) are not known.
 */
final class JdkZoneTimeline implements ZoneTimeline {
    private final ZoneRules rules;
    private final TimeZone names;
    /** Every abbreviation the zone has had, with its last offset, for offsetOf. */
    private final Map<String, Integer> offsetsByName = new LinkedHashMap<>();

    private JdkZoneTimeline(ZoneId id) {
        this.rules = id.getRules();
        this.names = TimeZone.getTimeZone(id);
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            ZoneInUse z = at(t.getInstant().getEpochSecond());
            offsetsByName.put(z.name(), z.offset());
        }
        long now = Instant.now().getEpochSecond();
        for (long sec = now; sec < now + 366L * 86400; sec += 30L * 86400) {
            ZoneInUse z = at(sec);
            offsetsByName.put(z.name(), z.offset());
        }
    }

    /** The JDK's zone called name, or null if it has none (or only one of its deprecated three-letter ids). */
    static ZoneTimeline of(String name) {
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            return null;
        }
        return new JdkZoneTimeline(ZoneId.of(name));
    }

    @Override
    public ZoneInUse at(long sec) {
        Instant i;
        try {
            i = Instant.ofEpochSecond(sec);
        } catch (java.time.DateTimeException e) {
            i = sec < 0 ? Instant.MIN : Instant.MAX;
        }
        ZoneOffset offset = rules.getOffset(i);
        boolean daylight = rules.isDaylightSavings(i);
        ZoneOffsetTransition before = rules.previousTransition(i.plusSeconds(1));
        ZoneOffsetTransition after = rules.nextTransition(i);
        long start = before == null ? BEGINNING : before.getInstant().getEpochSecond();
        long end = after == null ? END : after.getInstant().getEpochSecond();
        String name = names.getDisplayName(daylight, TimeZone.SHORT, Locale.US);
        if (name.startsWith("GMT") || name.startsWith("UTC")) {
            name = name.length() == 3 ? name : numericName(offset.getTotalSeconds());
        }
        return new ZoneInUse(ByteStrings.fromJava(name), offset.getTotalSeconds(), start, end, daylight);
    }

    @Override
    public Integer offsetOf(String name, long unix) {
        Integer offset = offsetsByName.get(name);
        if (offset == null) {
            return null;
        }
        ZoneInUse there = at(unix - offset);
        return there.name().equals(name) ? there.offset() : offset;
    }

    /** Go's name for a zone without an abbreviation: "+03", "-0930". */
    static String numericName(int offset) {
        int minutes = Math.abs(offset) / 60;
        String name = String.format("%c%02d", offset < 0 ? '-' : '+', minutes / 60);
        return minutes % 60 == 0 ? name : name + String.format("%02d", minutes % 60);
    }
}
