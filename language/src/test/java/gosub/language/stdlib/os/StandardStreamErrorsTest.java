package gosub.language.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * An embedder's stdout that throws: the program's write fails with a Go error, as a write(2) that fails would
 * (GoContext.write), instead of the error being dropped. Without go.Signals a broken pipe is only EPIPE: the
 * embedder keeps the process's signals, so nothing dies of SIGPIPE.
 */
class StandardStreamErrorsTest {
    /** Throws IOException(MESSAGE) for the first FAILURES writes, then keeps what it is given. */
    private static final class FailingStream extends OutputStream {
        private final String message;
        private int failures;
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        FailingStream(String message, int failures) {
            this.message = message;
            this.failures = failures;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failures > 0) {
                failures--;
                throw new IOException(message);
            }
            kept.write(b, off, len);
        }
    }

    /** Each way of writing to stdout, each reporting to stderr what it got. */
    private static final String PROGRAM = """
            package main

            import (
            	"bufio"
            	"errors"
            	"fmt"
            	"io/fs"
            	"os"
            	"syscall"
            )

            func main() {
            	n, err := fmt.Println("hello")
            	fmt.Fprintln(os.Stderr, "println:", n, err)
            	n, err = os.Stdout.Write([]byte("x\\n"))
            	var pe *fs.PathError
            	fmt.Fprintln(os.Stderr, "write:", n, err, errors.As(err, &pe), errors.Is(err, syscall.EIO), errors.Is(err, syscall.EPIPE))
            	buffered := bufio.NewWriter(os.Stdout)
            	buffered.WriteString("buffered\\n")
            	fmt.Fprintln(os.Stderr, "flush:", buffered.Flush())
            	n, err = fmt.Printf("%d\\n", 42)
            	fmt.Fprintln(os.Stderr, "printf:", n, err)
            }
            """;

    private static String[] run(FailingStream out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(err).build()) {
            int status = ctx.eval(Source.newBuilder("go", PROGRAM, "prog.go").buildLiteral()).asInt();
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        }
        return new String[] {out.kept.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aStreamThatThrowsGivesEio() {
        String[] r = run(new FailingStream("the disk is gone", 3));
        assertEquals("println: 0 write /dev/stdout: input/output error\n"
                        + "write: 0 write /dev/stdout: input/output error true true false\n"
                        + "flush: write /dev/stdout: input/output error\n"
                        + "printf: 3 <nil>\n", r[1]);
        assertEquals("42\n", r[0], "a write after failed ones gets through");
    }

    @Test
    void aBrokenPipeIsEpipeWithoutProcessSignals() {
        String[] r = run(new FailingStream("Broken pipe", Integer.MAX_VALUE));
        assertEquals("println: 0 write /dev/stdout: broken pipe\n"
                        + "write: 0 write /dev/stdout: broken pipe true false true\n"
                        + "flush: write /dev/stdout: broken pipe\n"
                        + "printf: 0 write /dev/stdout: broken pipe\n", r[1]);
    }

    @Test
    void aFullDiskIsEnospc() {
        String[] r = run(new FailingStream("No space left on device", 1));
        assertEquals("println: 0 write /dev/stdout: no space left on device\n"
                        + "write: 2 <nil> false false false\n"
                        + "flush: <nil>\n"
                        + "printf: 3 <nil>\n", r[1]);
        assertEquals("x\nbuffered\n42\n", r[0]);
    }
}
