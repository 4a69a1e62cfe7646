package gosub.language.stdlib.time;

import com.oracle.truffle.api.TruffleFile;
import gosub.language.GoContext;
import gosub.language.stdlib.time.zoneinfo.ZoneFiles;

import java.io.IOException;

/**
 * Zone files through the embedder's file system, as os reads files: relative paths (a ZONEINFO of "tzdir") are the
 * program's working directory's, and an embedder that allows no IO refuses (SecurityException).
 */
final class EmbedderZoneFiles implements ZoneFiles {
    private final GoContext ctx;

    EmbedderZoneFiles(GoContext ctx) {
        this.ctx = ctx;
    }

    private TruffleFile file(String path) {
        return ctx.env.getPublicTruffleFile(path);
    }

    @Override
    public byte[] read(String path) throws IOException {
        return file(path).readAllBytes();
    }

    @Override
    public boolean isDirectory(String path) {
        return file(path).isDirectory();
    }

    @Override
    public boolean exists(String path) {
        return file(path).exists();
    }

    @Override
    public long size(String path) throws IOException {
        return file(path).size();
    }
}
