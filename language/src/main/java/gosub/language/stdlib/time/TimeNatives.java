package gosub.language.stdlib.time;

import gosub.language.GoContext;
import gosub.language.interop.ForeignValues;
import gosub.language.natives.Natives;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.stdlib.time.zoneinfo.TzifReader;
import gosub.language.stdlib.time.zoneinfo.ZoneInUse;
import gosub.language.stdlib.time.zoneinfo.ZoneSources;
import gosub.language.stdlib.time.zoneinfo.ZoneTimeline;
import gosub.language.types.StructType;
import gosub.language.values.ByteStrings;
import gosub.language.values.FuncValue;
import gosub.language.values.StructValue;
import gosub.runtime.Channel;
import gosub.runtime.Goroutine;
import gosub.runtime.Timer;

import java.time.Instant;

/**
 * The time package's natives: clocks, Sleep on the scheduler's timer queue, and runtime timers for Timer,
 * Ticker, After and AfterFunc. A timer's callback runs on an M outside any goroutine: it either sends the
 * current time on the 1-buffered channel with a non-blocking send (as Go's sendTime), dropping the tick when
 * the buffer is full, or starts a goroutine running f (Go's goFunc). Also the layouts: their elements, cut once
 * per layout ({@link Layouts}), Format's work ({@link LayoutFormatter}) and Parse's reading of a value
 * ({@link LayoutParser}). Locations keep the tables of package zoneinfo, which read the zones as Go does.
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
        ZoneSources zones = new ZoneSources(new EmbedderZoneFiles(ctx));
        n.register("time.formatted", (gs, args) -> LayoutFormatter.format(layouts.of((String) args[0]), (Long) args[1],
                (Long) args[2], (Long) args[3], (String) args[4], (Long) args[5]));
        n.register("time.readValue", (gs, args) -> LayoutParser.read(layouts.of((String) args[0]), (String) args[1]));
        n.register("time.now", (gs, args) -> {
            Instant now = Instant.now();
            return new Object[] {now.getEpochSecond(), (long) now.getNano(), mono()};
        });
        n.register("time.nanotime", (gs, args) -> SyncNatives.goroutine(gs).scheduler().nanotime());
        n.register("time.localZones", (gs, args) -> {
            ZoneSources.Local local = zones.local((Boolean) args[1] ? ByteStrings.toJava((String) args[0]) : null);
            return new Object[] {ByteStrings.fromJava(local.name()), ForeignValues.ref(ctx, local.timeline())};
        });
        n.register("time.loadZones", (gs, args) -> {
            ZoneSources.Found f = zones.load(ByteStrings.toJava((String) args[0]), ByteStrings.toJava((String) args[1]));
            return new Object[] {ForeignValues.ref(ctx, f.timeline()), f.error() == null ? "" : ByteStrings.fromJava(f.error())};
        });
        n.register("time.zonesFromData", (gs, args) -> {
            try {
                return new Object[] {ForeignValues.ref(ctx, TzifReader.read(ByteStrings.bytes((String) args[0]))), true};
            } catch (TzifReader.MalformedZoneData e) {
                return new Object[] {null, false};
            }
        });
        n.register("time.lookupZone", (gs, args) -> {
            ZoneInUse z = timeline(args[0]).at((Long) args[1]);
            return new Object[] {z.name(), (long) z.offset(), z.start(), z.end(), z.daylight()};
        });
        n.register("time.lookupZoneName", (gs, args) -> {
            Integer offset = timeline(args[0]).offsetOf((String) args[1], (Long) args[2]);
            return new Object[] {offset == null ? 0L : (long) offset, offset != null};
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

    private static ZoneTimeline timeline(Object ref) {
        return (ZoneTimeline) ForeignValues.object(ref);
    }
}
