package gosub.language.traceback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GOTRACEBACK's values as Go reads them, and the waits of the leak report as Go's time.Duration prints them. */
class TracebackSettingsTest {

    @Test
    void gotracebackLevels() {
        assertEquals(TracebackLevel.SINGLE, TracebackLevel.parse(null));
        assertEquals(TracebackLevel.SINGLE, TracebackLevel.parse(""));
        assertEquals(TracebackLevel.SINGLE, TracebackLevel.parse("single"));
        assertEquals(TracebackLevel.NONE, TracebackLevel.parse("none"));
        assertEquals(TracebackLevel.ALL, TracebackLevel.parse("all"));
        assertEquals(TracebackLevel.ALL, TracebackLevel.parse("system"));
        assertEquals(TracebackLevel.ALL, TracebackLevel.parse("crash"));
        // a number is a level with every goroutine listed; level 0, or a word Go does not know, lists none
        assertEquals(TracebackLevel.ALL, TracebackLevel.parse("1"));
        assertEquals(TracebackLevel.ALL, TracebackLevel.parse("2"));
        assertEquals(TracebackLevel.NONE, TracebackLevel.parse("0"));
        assertEquals(TracebackLevel.NONE, TracebackLevel.parse("everything"));
    }

    @Test
    void waitsPrintAsDurations() {
        assertEquals("0s", LeakReport.duration(999_999));
        assertEquals("12ms", LeakReport.duration(12_400_000));
        assertEquals("1s", LeakReport.duration(1_000_000_000));
        assertEquals("1.502s", LeakReport.duration(1_502_000_000));
        assertEquals("1.5s", LeakReport.duration(1_500_000_000));
        assertEquals("2m3.05s", LeakReport.duration(123_050_000_000L));
        assertEquals("1m0s", LeakReport.duration(60_000_000_000L));
    }
}
