package gosub.examples.embedding;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Evaluates a small Go package from a string and calls its exported functions from Java.
 *
 * <p>Run it (JDK 25, from the repository root, after {@code ./gosub version} has built everything):
 * <pre>
 *   java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
 *        --sun-misc-unsafe-memory-access=allow -Dpolyglot.engine.WarnInterpreterOnly=false \
 *        -cp examples/embedding/target/classes:launcher/target/lib/* gosub.examples.embedding.EmbeddingExample
 * </pre>
 */
public final class EmbeddingExample {
    /** A Go package that is not {@code main}: evaluating it returns its exported functions as members. */
    static final String GO_SOURCE = """
            package calc

            // Add returns a + b.
            func Add(a, b int) int {
            	return a + b
            }

            // Fib returns the n-th Fibonacci number.
            func Fib(n int) int {
            	if n < 2 {
            		return n
            	}
            	return Fib(n-1) + Fib(n-2)
            }
            """;

    private EmbeddingExample() {
    }

    /** A context for Go code: goroutines need threads; the rest are the options gosub's own launcher uses. */
    public static Context newContext() {
        return Context.newBuilder("go")
                .allowCreateThread(true)
                .allowExperimentalOptions(true)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    /** Evaluates the Go package and returns it: its members are the exported functions. */
    public static Value loadPackage(Context context) {
        Source source = Source.newBuilder("go", GO_SOURCE, "calc.go").buildLiteral();
        return context.eval(source);
    }

    /** The README's first embedding snippet, as it is there. */
    public static void main(String[] args) {
        // guide:begin
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).build()) {
            Value calc = ctx.eval(Source.newBuilder("go", """
                    package calc

                    func Add(a, b int) int { return a + b }
                    """, "calc.go").buildLiteral());
            long sum = calc.getMember("Add").execute(2, 3).asLong();   // 5
            System.out.println("calc.Add(2, 3) = " + sum);
        }
        // guide:end
    }
}
