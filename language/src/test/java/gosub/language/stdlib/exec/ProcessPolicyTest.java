package gosub.language.stdlib.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.io.ProcessHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * os/exec starts processes through Truffle: the embedder's allowCreateProcess and ProcessHandler decide, a refusal
 * is a Go error, and a process still running when the context closes does not keep it from closing.
 */
class ProcessPolicyTest {
    private static Context.Builder builder(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Context.newBuilder("go").allowIO(IOAccess.ALL).allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(err);
    }

    private static String run(Context.Builder builder, ByteArrayOutputStream out, ByteArrayOutputStream err, String program) {
        try (Context ctx = builder.build()) {
            int status = ctx.eval(Source.newBuilder("go", program, "prog.go").buildLiteral()).asInt();
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String quoted(Path p) {
        return "\"" + p.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void deniedCreationIsAGoPermissionError(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String got = run(builder(out, err).allowCreateProcess(false), out, err, """
                package main

                import (
                	"errors"
                	"fmt"
                	"io/fs"
                	"os/exec"
                )

                func main() {
                	cmd := exec.Command("/bin/sh", "-c", "echo made > " + %s + "/made.txt")
                	err := cmd.Run()
                	fmt.Println(err)
                	fmt.Println(errors.Is(err, fs.ErrPermission), cmd.Process == nil)
                }
                """.formatted(quoted(dir)));
        assertEquals("fork/exec /bin/sh: operation not permitted (the embedder does not allow creating processes)\n"
                        + "true true\n", got);
        assertFalse(Files.exists(dir.resolve("made.txt")), "nothing ran");
    }

    /** A process of the embedder's own: "virtual" on its output, "trouble" on its error, exit value 7. */
    private static final class VirtualProcess extends Process {
        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream("virtual\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public InputStream getErrorStream() {
            return new ByteArrayInputStream("trouble\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int waitFor() {
            return 7;
        }

        @Override
        public int exitValue() {
            return 7;
        }

        @Override
        public void destroy() {
        }

        @Override
        public boolean isAlive() {
            return false;
        }
    }

    @Test
    void theEmbeddersProcessHandlerStartsTheProcess() {
        List<List<String>> commands = new ArrayList<>();
        ProcessHandler handler = command -> {
            commands.add(command.getCommand());
            return new VirtualProcess();
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String got = run(builder(out, err).allowCreateProcess(true).processHandler(handler), out, err, """
                package main

                import (
                	"fmt"
                	"os/exec"
                )

                func main() {
                	cmd := exec.Command("/no/such/tool", "--flag", "arg")
                	out, err := cmd.Output()
                	fmt.Printf("%q %v %q\\n", out, err, err.(*exec.ExitError).Stderr)
                	fmt.Println(cmd.Process.Pid > 1<<22)
                }
                """);
        assertEquals("\"virtual\\n\" exit status 7 \"trouble\\n\"\ntrue\n", got);
        assertEquals(List.of(List.of("/no/such/tool", "--flag", "arg")), commands);
    }

    @Test
    void aProcessLeftRunningIsKilledWhenTheContextCloses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String got = run(builder(out, err).allowCreateProcess(true), out, err, """
                package main

                import (
                	"fmt"
                	"os/exec"
                )

                func main() {
                	cmd := exec.Command("/bin/sleep", "30") // the context has no PATH
                	if startErr := cmd.Start(); startErr != nil {
                		panic(startErr)
                	}
                	fmt.Println(cmd.Process.Pid)
                }
                """);
        long pid = Long.parseLong(got.trim());
        assertTrue(pid > 0 && pid < 1 << 22, got);
        // without the kill, closing the context would have failed ("The context has an alive sub-process")
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child is gone");
    }
}
