package gosub.language.stdlib.time.zoneinfo;

import gosub.language.stdlib.os.Errno;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Where Go 1.19 on Unix looks for a zone's TZif file, in its order, with its errors. LoadLocation tries the directory
 * or zip file ZONEINFO names, then the system's directories; Local follows TZ (unset: /etc/localtime; empty or
 * "UTC": UTC; an absolute path: that file; else a name in the system's directories; what is not found: UTC). A
 * missing file is passed over; any other failure (a directory, unreadable, not TZif) is the error reported if
 * nothing else is found. Go then tries the zoneinfo.zip of its toolchain; gosub's own database is the JDK's, used
 * only on a machine that has none of the system's directories, so that a machine with them answers as Go does
 * (the JDK also knows ids the files lack, SystemV/EST5 and others). An embedder that refuses file access gets the
 * JDK's database too.
 */
public final class ZoneSources {
    private final ZoneFiles files;

    public ZoneSources(ZoneFiles files) {
        this.files = files;
    }

    private static final List<String> SYSTEM_DIRECTORIES =
            List.of("/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/");

    /** Go reads no zone file longer than this. */
    private static final long MAX_FILE_SIZE = 10 << 20;

    /** A zone found (error null), or Go's error for the search. */
    public record Found(ZoneTimeline timeline, String error) {
        static Found of(ZoneTimeline timeline) {
            return new Found(timeline, null);
        }
    }

    /** Local's name and zones (null zones: UTC) for TZ's value (null when unset). */
    public record Local(String name, ZoneTimeline timeline) {
    }

    /** Data read, or the reason it could not be: null data and null error mean there is no such file. */
    private record Read(byte[] data, String error) {
        static final Read ABSENT = new Read(null, null);
    }

    /** LoadLocation's search for a name it has checked ("..", leading slash) with ZONEINFO's value. */
    public Found load(String name, String zoneinfo) {
        String firstError = null;
        if (!zoneinfo.isEmpty()) {
            Read r = read(zoneinfo, name);
            if (r.data() != null) {
                try {
                    return Found.of(TzifReader.read(r.data()));
                } catch (TzifReader.MalformedZoneData e) {
                    // Go 1.19 means to keep this error but keeps the (nil) one of reading the file, so a malformed
                    // file under ZONEINFO ends in the system directories' error: the same here
                }
            } else {
                firstError = r.error();
            }
        }
        Found f = search(name, SYSTEM_DIRECTORIES);
        if (f.error() != null && firstError != null) {
            return new Found(null, firstError);
        }
        return f;
    }

    /** Go's initLocal: the zone TZ names, or the system's. */
    public Local local(String tz) {
        if (tz == null) {
            Found f = search("localtime", List.of("/etc"));
            if (f.timeline() != null) {
                return new Local("Local", f.timeline());
            }
        } else {
            String name = tz.startsWith(":") ? tz.substring(1) : tz;
            if (name.startsWith("/")) {
                Found f = search(name, List.of(""));
                if (f.timeline() != null) {
                    return new Local(name.equals("/etc/localtime") ? "Local" : name, f.timeline());
                }
            } else if (!name.isEmpty() && !name.equals("UTC")) {
                Found f = search(name, SYSTEM_DIRECTORIES);
                if (f.timeline() != null) {
                    return new Local(name, f.timeline());
                }
            }
        }
        return new Local("UTC", null);
    }

    /** The first of sources that has a valid file for name; else the first error, or "unknown time zone". */
    private Found search(String name, List<String> sources) {
        String firstError = null;
        for (String source : sources) {
            Read r = read(source, name);
            if (r.data() != null) {
                try {
                    return Found.of(TzifReader.read(r.data()));
                } catch (TzifReader.MalformedZoneData e) {
                    r = new Read(null, e.getMessage());
                }
            }
            if (firstError == null) {
                firstError = r.error();
            }
        }
        if (sources == SYSTEM_DIRECTORIES && noSystemDatabase()) {
            ZoneTimeline jdk = JdkZoneTimeline.of(name);
            if (jdk != null) {
                return Found.of(jdk);
            }
        }
        return new Found(null, firstError != null ? firstError : "unknown time zone " + name);
    }

    private boolean noSystemDatabase() {
        for (String dir : SYSTEM_DIRECTORIES) {
            try {
                if (files.isDirectory(dir)) {
                    return false;
                }
            } catch (SecurityException refused) {
                // the embedder allows no file access: as if there were no files
            }
        }
        return true;
    }

    /** name's file in source: a directory (with a slash put between), a zip file, or "" for name as a path. */
    private Read read(String source, String name) {
        if (source.endsWith(".zip")) {
            return readZipEntry(source, name);
        }
        return readFile(source.isEmpty() ? name : source + "/" + name, true);
    }

    /** A file's bytes; a zone file (limited) may not be longer than Go reads. */
    private Read readFile(String path, boolean limited) {
        if (path.indexOf(0) >= 0) {
            return new Read(null, Errno.EINVAL.text()); // no system call takes a NUL in a path
        }
        try {
            if (files.isDirectory(path)) {
                return new Read(null, Errno.EISDIR.text());
            }
            if (path.endsWith("/") && files.exists(path)) {
                // the kernel takes a final slash to mean a directory; Java drops it
                return new Read(null, Errno.ENOTDIR.text());
            }
            if (limited && files.size(path) > MAX_FILE_SIZE) {
                return new Read(null, "time: file " + path + " is too large");
            }
            return new Read(files.read(path), null);
        } catch (NoSuchFileException e) {
            return throughAFile(path) ? new Read(null, Errno.ENOTDIR.text()) : Read.ABSENT;
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            Errno errno = e instanceof IllegalArgumentException ? Errno.EINVAL : Errno.of(e);
            return errno == Errno.ENOENT ? Read.ABSENT : new Read(null, errno.text());
        }
    }

    /** Whether path goes through a file that is not a directory, which the JDK reports as a missing file. */
    private boolean throughAFile(String path) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String up = path.substring(0, slash);
            if (files.exists(up)) {
                return !files.isDirectory(up);
            }
        }
        return false;
    }

    /** A zip file's entry, which Go only reads when it is stored, not compressed. */
    private Read readZipEntry(String zip, String name) {
        Read whole = readFile(zip, false);
        if (whole.data() == null) {
            return whole;
        }
        try {
            byte[] data = StoredZip.entry(whole.data(), name);
            return data == null ? Read.ABSENT : new Read(data, null);
        } catch (StoredZip.Corrupt e) {
            return new Read(null, "corrupt zip file " + zip);
        } catch (StoredZip.UnsupportedCompression e) {
            return new Read(null, "unsupported compression for " + name + " in " + zip);
        }
    }
}
