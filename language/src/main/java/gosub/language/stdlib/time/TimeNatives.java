package gosub.language.stdlib.time;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.types.StructType;
import gosub.language.values.ByteStrings;
import gosub.language.values.FuncValue;
import gosub.language.values.StructValue;
import gosub.runtime.Channel;
import gosub.runtime.Goroutine;
import gosub.runtime.Timer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The time package's natives: clocks, Sleep on the scheduler's timer queue, and runtime timers for Timer,
 * Ticker, After and AfterFunc. A timer's callback runs on an M outside any goroutine: it either sends the
 * current time on the 1-buffered channel with a non-blocking send (as Go's sendTime), dropping the tick when
 * the buffer is full, or starts a goroutine running f (Go's goFunc). Also the layouts: their elements, cut once
 * per layout ({@link Layouts}), Format's work ({@link LayoutFormatter}) and Parse's reading of a value
 * ({@link LayoutParser}).
 */
public final class TimeNatives {
    private TimeNatives() {
    }

    /** The monotonic origin: Time.mono is nanoseconds since here, plus 1 (so 0 means "no reading"). */
    private static final long START = System.nanoTime();

    /** Seconds from January 1, year 1 to the Unix epoch (time.go's epochSeconds). */
    private static final long UNIX_TO_INTERNAL = (1969L * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

    static long mono() {
        return System.nanoTime() - START + 1;
    }

    public static void register(Natives n, GoContext ctx) {
        Layouts layouts = new Layouts();
        n.register("time.formatted", (gs, args) -> LayoutFormatter.format(layouts.of((String) args[0]), (Long) args[1],
                (Long) args[2], (Long) args[3], (String) args[4], (Long) args[5]));
        n.register("time.readValue", (gs, args) -> LayoutParser.read(layouts.of((String) args[0]), (String) args[1]));
        n.register("time.localName", (gs, args) -> ByteStrings.fromJava(localName(ctx.env.getEnvironment().get("TZ"))));
        n.register("time.now", (gs, args) -> {
            Instant now = Instant.now();
            return new Object[] {now.getEpochSecond(), (long) now.getNano(), mono()};
        });
        n.register("time.nanotime", (gs, args) -> SyncNatives.goroutine(gs).scheduler().nanotime());
        n.register("time.localZone", (gs, args) -> localZone((Long) args[0]));
        n.register("time.zoneKnown", (gs, args) -> NamedZones.IDS.contains(ByteStrings.toJava((String) args[0])));
        n.register("time.namedZone", (gs, args) -> {
            NamedZone z = NamedZones.of(ByteStrings.toJava((String) args[0]));
            return zoneAt(z.id(), z.names(), (Long) args[1]);
        });
        n.register("time.Sleep", (gs, args) -> {
            Goroutine g = SyncNatives.goroutine(gs);
            g.scheduler().sleep(g, (Long) args[0]);
            return null;
        });
        n.register("time.rtimer.start", (gs, args) -> {
            StructValue r = (StructValue) args[0];
            Goroutine g = SyncNatives.goroutine(gs);
            long when = (Long) args[1];
            long period = (Long) args[2];
            Channel c = (Channel) args[3];
            FuncValue f = (FuncValue) args[4];
            Object loc = args[5];
            Timer t = new Timer(g.scheduler(), c != null ? (on, w) -> sendTime(on, c, loc) : (on, w) -> goFunc(on, f));
            r.refs[0] = t;
            t.reset(when, period);
            return null;
        });
        n.register("time.rtimer.stop", (gs, args) -> timer(args[0]).stop());
        n.register("time.rtimer.reset", (gs, args) -> timer(args[0]).reset((Long) args[1], (Long) args[2]));
        n.register("time.rtimer.inited", (gs, args) -> args[0] != null && ((StructValue) args[0]).refs[0] != null);
    }

    private static Timer timer(Object r) {
        return (Timer) ((StructValue) r).refs[0];
    }

    /** Go's sendTime: a non-blocking send of Now() on the timer's channel. */
    private static void sendTime(Goroutine on, Channel c, Object loc) {
        StructValue zero = (StructValue) c.zeroValue();
        StructType st = zero.type;
        StructValue t = new StructValue(st);
        Instant now = Instant.now();
        for (StructType.Field f : st.fields) {
            switch (f.name()) {
                case "sec" -> t.prims[f.slot()] = now.getEpochSecond() + UNIX_TO_INTERNAL;
                case "nsec" -> t.prims[f.slot()] = now.getNano();
                case "mono" -> t.prims[f.slot()] = mono();
                case "loc" -> t.refs[f.slot()] = loc;
                default -> { }
            }
        }
        c.trySend(on, t);
    }

    /** Go's goFunc: runs an AfterFunc's f in a new goroutine. */
    private static void goFunc(Goroutine on, FuncValue f) {
        GoroutineState creator = new GoroutineState(on.id());
        creator.goroutine = on;
        Goroutines.spawn(creator, f.target, GoArguments.of(null, f.env), "time.goFunc");
    }

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final TimeZone TZ = TimeZone.getTimeZone(ZONE);

    /** A zone of the database: its rules, and the TimeZone that knows its abbreviations. */
    private record NamedZone(ZoneId id, TimeZone names) {
    }

    /**
     * The database's zones, looked up once each: formatting a time in a location asks for its zone at every call, and
     * the JDK copies its set of ids and makes a new TimeZone on each request.
     */
    private static final class NamedZones {
        static final java.util.Set<String> IDS = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());
        private static final java.util.Map<String, NamedZone> BY_NAME = new java.util.concurrent.ConcurrentHashMap<>();

        static NamedZone of(String name) {
            return BY_NAME.computeIfAbsent(name, n -> {
                ZoneId id = ZoneId.of(n);
                return new NamedZone(id, TimeZone.getTimeZone(id));
            });
        }
    }

    /**
     * The name Go gives Local for the environment's TZ: "Local" when TZ is unset (or the system's file), the zone TZ
     * names when there is one, "UTC" when TZ is empty or names none. (Go also loads a zone file TZ gives by path; such
     * a TZ keeps its text as the name here, and the JVM's default zone as the rules.)
     */
    static String localName(String tz) {
        if (tz == null) {
            return "Local";
        }
        String name = tz.startsWith(":") ? tz.substring(1) : tz;
        if (name.startsWith("/")) {
            return name.equals("/etc/localtime") ? "Local" : name;
        }
        if (!name.isEmpty() && !name.equals("UTC") && NamedZones.IDS.contains(name)) {
            return name;
        }
        return "UTC";
    }

    /** The local zone's abbreviation and offset (seconds east of UTC) at a Unix time. */
    private static Object[] localZone(long unix) {
        return zoneAt(ZONE, TZ, unix);
    }

    /**
     * Zone id's abbreviation and offset (seconds east of UTC) at a Unix time. The abbreviations are the JDK's
     * English short names (EST, EDT, CET, IST), which are the time zone database's for the common zones; a zone
     * the JDK has no name for gets Go's numeric one ("-03"), as the database gives.
     */
    private static Object[] zoneAt(ZoneId id, TimeZone tz, long unix) {
        Instant i;
        try {
            i = Instant.ofEpochSecond(unix);
        } catch (java.time.DateTimeException e) {
            i = unix < 0 ? Instant.MIN : Instant.MAX;
        }
        ZoneOffset off = id.getRules().getOffset(i);
        boolean dst = id.getRules().isDaylightSavings(i);
        String name;
        if (id instanceof ZoneOffset || id.getId().equals("Etc/UTC") || id.getId().equals("UTC") || id.getId().equals("GMT")) {
            name = off.getTotalSeconds() == 0 ? "UTC" : numericName(off.getTotalSeconds());
        } else {
            name = tz.getDisplayName(dst, TimeZone.SHORT, Locale.US);
            if (name.length() > 3 && (name.startsWith("GMT") || name.startsWith("UTC"))) {
                name = numericName(off.getTotalSeconds());
            }
        }
        return new Object[] {ByteStrings.fromJava(name), (long) off.getTotalSeconds()};
    }

    /** Go's name for a zone without an abbreviation: "+03", "-0930". */
    private static String numericName(int offset) {
        StringBuilder b = new StringBuilder();
        b.append(offset < 0 ? '-' : '+');
        int m = Math.abs(offset) / 60;
        b.append(String.format("%02d", m / 60));
        if (m % 60 != 0) {
            b.append(String.format("%02d", m % 60));
        }
        return b.toString();
    }
}
