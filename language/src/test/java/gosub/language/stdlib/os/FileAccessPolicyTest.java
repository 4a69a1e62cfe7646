package gosub.language.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * os's files go through Truffle's file system: an embedder that denies IO gives the program Go errors (EPERM,
 * fs.ErrPermission), never host access and never a Java exception.
 */
class FileAccessPolicyTest {
    /** Reads, writes, lists, stats and removes in DIR and prints what each gives. */
    private static String program(Path dir) {
        String d = dir.toString().replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                package main

                import (
                	"errors"
                	"fmt"
                	"io/fs"
                	"os"
                )

                func main() {
                	dir := "%s"
                	data, err := os.ReadFile(dir + "/secret.txt")
                	fmt.Printf("read %%q %%v %%v\\n", data, err, errors.Is(err, fs.ErrPermission))
                	err = os.WriteFile(dir + "/new.txt", []byte("x"), 0644)
                	fmt.Println("write", err, os.IsPermission(err))
                	_, err = os.ReadDir(dir)
                	fmt.Println("readdir", err)
                	_, err = os.Stat(dir + "/secret.txt")
                	fmt.Println("stat", err)
                	err = os.Remove(dir + "/secret.txt")
                	fmt.Println("remove", err)
                	_, err = os.Getwd()
                	fmt.Println("getwd", err)
                	_, err = os.Hostname()
                	fmt.Println("hostname", err)
                }
                """.formatted(d);
    }

    private static String run(IOAccess io, Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("go").allowIO(io).allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(err).build()) {
            int status = ctx.eval(Source.newBuilder("go", program(dir), "prog.go").buildLiteral()).asInt();
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deniedIoGivesGoPermissionErrors(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String out = run(IOAccess.NONE, dir);
        String p = dir.toString();
        assertEquals("read \"\" open " + p + "/secret.txt: operation not permitted true\n"
                        + "write open " + p + "/new.txt: operation not permitted true\n"
                        + "readdir open " + p + ": operation not permitted\n"
                        + "stat stat " + p + "/secret.txt: operation not permitted\n"
                        + "remove remove " + p + "/secret.txt: operation not permitted\n"
                        + "getwd getwd: operation not permitted\n"
                        + "hostname uname: operation not permitted\n", out);
        assertTrue(Files.exists(secret), "the file is still there");
        assertFalse(Files.exists(dir.resolve("new.txt")), "nothing was written");
    }

    @Test
    void allowedIoReachesTheFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "top secret");
        String out = run(IOAccess.ALL, dir);
        assertTrue(out.startsWith("read \"top secret\" <nil> false\nwrite <nil> false\nreaddir <nil>\n"), out);
        assertTrue(out.contains("remove <nil>\n"), out);
        assertTrue(out.endsWith("getwd <nil>\nhostname <nil>\n"), out);
        assertFalse(Files.exists(dir.resolve("secret.txt")));
        assertTrue(Files.exists(dir.resolve("new.txt")));
    }
}
