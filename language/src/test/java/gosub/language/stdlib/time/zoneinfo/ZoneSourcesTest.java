package gosub.language.stdlib.time.zoneinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * ZONEINFO's directory or zip file is searched as Go searches it, with Go's errors, before the system's directories.
 * The zones are made here (a fixed zone at +05:30), so no zone database is needed; a name not found falls through
 * to the system's directories, where these names are not either.
 */
class ZoneSourcesTest {
    private static final ZoneSources SOURCES = new ZoneSources(ZoneFiles.PROCESS);

    @TempDir
    Path dir;

    /** A TZif version 1 file of one type, IST at +05:30, without transitions. */
    private static byte[] fixedZone() {
        byte[] name = "IST\0".getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + 6 + name.length);
        b.put("TZif".getBytes(StandardCharsets.US_ASCII)).put(new byte[16]);
        b.putInt(0).putInt(0).putInt(0).putInt(0).putInt(1).putInt(name.length);
        b.putInt(19800).put((byte) 0).put((byte) 0).put(name);
        return b.array();
    }

    private void zip(Path zip, String name, byte[] data, boolean stored) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            ZipEntry e = new ZipEntry(name);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(data);
                e.setMethod(ZipEntry.STORED);
                e.setSize(data.length);
                e.setCrc(crc.getValue());
            }
            out.putNextEntry(e);
            out.write(data);
            out.closeEntry();
        }
    }

    @Test
    void aDirectory() throws IOException {
        Files.createDirectories(dir.resolve("Test"));
        Files.write(dir.resolve("Test/Zone"), fixedZone());
        Files.writeString(dir.resolve("Test/Text"), "no zone");
        ZoneSources.Found f = SOURCES.load("Test/Zone", dir.toString());
        assertNull(f.error());
        assertEquals(new ZoneInUse("IST", 19800, ZoneTimeline.BEGINNING, ZoneTimeline.END, false), f.timeline().at(0));
        assertEquals("is a directory", SOURCES.load("Test", dir.toString()).error());
        assertEquals("not a directory", SOURCES.load("Test/Zone/More", dir.toString()).error());
        assertEquals("unknown time zone Test/Text", SOURCES.load("Test/Text", dir.toString()).error());
        assertEquals("unknown time zone Test/None", SOURCES.load("Test/None", dir.toString()).error());
    }

    @Test
    void aZipFileOfStoredEntries() throws IOException {
        Path stored = dir.resolve("stored.zip");
        zip(stored, "Test/Zone", fixedZone(), true);
        assertNotNull(SOURCES.load("Test/Zone", stored.toString()).timeline());
        assertEquals("unknown time zone Test/None", SOURCES.load("Test/None", stored.toString()).error());
        Path deflated = dir.resolve("deflated.zip");
        zip(deflated, "Test/Zone", fixedZone(), false);
        assertEquals("unsupported compression for Test/Zone in " + deflated,
                SOURCES.load("Test/Zone", deflated.toString()).error());
        Path corrupt = dir.resolve("corrupt.zip");
        try (OutputStream out = Files.newOutputStream(corrupt)) {
            out.write("not a zip file, only text in one".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("corrupt zip file " + corrupt, SOURCES.load("Test/Zone", corrupt.toString()).error());
        assertEquals("unknown time zone Test/Zone",
                SOURCES.load("Test/Zone", dir.resolve("absent.zip").toString()).error());
    }

    @Test
    void localFromTz() throws IOException {
        Path zone = dir.resolve("zone");
        Files.write(zone, fixedZone());
        assertEquals("UTC", SOURCES.local("").name());
        assertNull(SOURCES.local("").timeline());
        assertEquals("UTC", SOURCES.local("UTC").name());
        assertEquals("UTC", SOURCES.local(":").name());
        ZoneSources.Local fromPath = SOURCES.local(":" + zone);
        assertEquals(zone.toString(), fromPath.name());
        assertEquals("IST", fromPath.timeline().at(0).name());
        assertEquals("UTC", SOURCES.local(dir.resolve("absent").toString()).name());
    }

    /** A machine without zone files, or an embedder that refuses all file access. */
    private static ZoneFiles without(boolean refusing) {
        return new ZoneFiles() {
            @Override
            public byte[] read(String path) throws IOException {
                if (refusing) {
                    throw new SecurityException("no IO");
                }
                throw new java.nio.file.NoSuchFileException(path);
            }

            @Override
            public boolean isDirectory(String path) {
                if (refusing) {
                    throw new SecurityException("no IO");
                }
                return false;
            }

            @Override
            public boolean exists(String path) {
                return isDirectory(path);
            }

            @Override
            public long size(String path) throws IOException {
                read(path);
                return 0;
            }
        };
    }

    @Test
    void withoutZoneFilesTheJdkDatabaseStandsIn() {
        for (boolean refusing : new boolean[] {false, true}) {
            ZoneSources none = new ZoneSources(without(refusing));
            ZoneTimeline paris = none.load("Europe/Paris", "").timeline();
            assertEquals("CEST", paris.at(1720000000).name());
            // a refusal is an error of the file system, which LoadLocation reports as Go reports EPERM
            assertEquals(refusing ? "operation not permitted" : "unknown time zone SystemV/Nowhere",
                    none.load("SystemV/Nowhere", "").error());
            assertEquals("Europe/Paris", none.local("Europe/Paris").name());
            assertNotNull(none.local("Europe/Paris").timeline());
            assertEquals("UTC", none.local(null).name()); // no /etc/localtime: UTC, as in Go
        }
    }
}
