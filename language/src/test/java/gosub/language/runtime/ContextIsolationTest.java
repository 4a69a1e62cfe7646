package gosub.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Two programs in two contexts of one JVM, at the same time: each one's output, panic report and exit status stay
 * its own. Every piece of run state (the panic printer above all) belongs to a context, so whichever context
 * starts last cannot capture the other's report.
 */
class ContextIsolationTest {
    /** Prints lines tagged TAG from two goroutines, waits for the other program to be running too, panics. */
    private static String program(String tag) {
        return """
                package main

                import (
                	"fmt"
                	"time"
                )

                type failure struct{ who string }

                func (f failure) Error() string { return "failure of " + f.who }

                func main() {
                	done := make(chan bool)
                	go func() {
                		for i := 0; i < 50; i++ {
                			fmt.Println("%1$s side", i)
                		}
                		done <- true
                	}()
                	for i := 0; i < 50; i++ {
                		fmt.Println("%1$s main", i)
                	}
                	<-done
                	time.Sleep(300 * time.Millisecond)
                	panic(failure{"%1$s"})
                }
                """.formatted(tag);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String tag) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(err).build()) {
            try {
                status = ctx.eval(Source.newBuilder("go", program(tag), tag + ".go").buildLiteral()).asInt();
            } catch (PolyglotException e) {
                status = e.isExit() ? e.getExitStatus() : -1;
            }
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void concurrentContextsKeepTheirOutputAndPanics() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> tags = List.of("alpha", "omega");
            List<Future<Run>> runs = new ArrayList<>();
            for (String tag : tags) {
                runs.add(pool.submit(() -> run(tag)));
            }
            for (int i = 0; i < tags.size(); i++) {
                String mine = tags.get(i);
                String other = tags.get(1 - i);
                Run r = runs.get(i).get();
                assertEquals(2, r.status(), mine + ": " + r.err());
                assertEquals(100, r.out().lines().filter(l -> l.startsWith(mine + " ")).count(), r.out());
                assertFalse(r.out().contains(other), r.out());
                assertTrue(r.err().startsWith("panic: failure of " + mine + "\n"), r.err());
                assertFalse(r.err().contains(other), r.err());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
