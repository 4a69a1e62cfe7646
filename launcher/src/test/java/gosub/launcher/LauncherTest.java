package gosub.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `gosub` command end to end: a real JVM per case, as ./gosub starts it (without the JIT). */
class LauncherTest {
    private static final Path ROOT = Path.of(System.getProperty("gosub.root", "..")).toAbsolutePath().normalize();

    record Result(int status, String out, String err) {
    }

    private static Result gosub(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : System.getProperty("gosub.jvm.flags", "").trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                cmd.add(flag);
            }
        }
        cmd.add("-cp");
        // surefire may run tests from a manifest-only jar; it records the real class path here
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(Main.class.getName());
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // outputs are small: read them after exit would risk a full pipe, so read them first
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gosub " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsHelloWorld() throws Exception {
        Result r = gosub("run", ROOT.resolve("examples/hello.go").toString());
        assertEquals("Hello, World!\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aBareGoFileMeansRun() throws Exception {
        Result r = gosub(ROOT.resolve("examples/hello.go").toString());
        assertEquals("Hello, World!\n", r.out(), r.err());
    }

    @Test
    void exitStatusOfOsExit() throws Exception {
        Result r = gosub("run", ROOT.resolve("tests-golden/exit_code.go").toString());
        assertEquals("before exit\n", r.out(), r.err());
        assertEquals(3, r.status(), r.err());
    }

    @Test
    void aPackageOtherThanMainIsRefusedAsGoRunDoes(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("lib.go");
        Files.writeString(prog, "package lib\n\nfunc F() int { return 1 }\n");
        Result r = gosub("run", prog.toString());
        assertEquals("package command-line-arguments is not a main package\n", r.err());
        assertEquals(1, r.status(), r.err());
    }

    @Test
    void compileErrorsGoToStderrWithStatus1(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("bad.go");
        Files.writeString(prog, "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Result r = gosub("run", prog.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.go:4:2: declared and not used: x"), r.err());
        assertTrue(!r.err().contains("\tat "), "no Java stack trace: " + r.err());
    }

    @Test
    void missingFile() throws Exception {
        Result r = gosub("run", "no/such/file.go");
        assertEquals(1, r.status());
        assertEquals("gosub: open no/such/file.go: no such file or directory\n", r.err());
    }

    @Test
    void usageErrorsAndHelp() throws Exception {
        assertEquals(2, gosub().status());
        assertEquals(2, gosub("frobnicate").status());
        Result help = gosub("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("run"), help.out());
    }

    @Test
    void versionNamesTheLanguage() throws Exception {
        Result r = gosub("version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("gosub version "), r.out());
        assertTrue(r.out().contains("language Go"), r.out());
    }
}
