package gosub.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The README's embedding guide: Java hands Go a list of records and a callback; Go prices the orders on goroutines
 * that call the callback, and returns a map of structs that Java reads field by field.
 */
public final class OrdersExample {
    private OrdersExample() {
    }

    /** An order line; Go's {@code orders.Order} takes its components by name. */
    public record Order(String customer, String item, int quantity) {
    }

    /** One customer's summary as Java keeps it, read from Go's {@code orders.Summary}. */
    public record Summary(int orders, int items, double total) {
    }

    /** The Go package (orders.go beside this class). */
    static String goSource() {
        try (InputStream in = OrdersExample.class.getResourceAsStream("orders.go")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs orders.Totals on the orders with the given unit prices, and reads its result into Java records. */
    public static Map<String, Summary> totals(List<Order> orderList, Map<String, Double> prices) {
        // guide:begin
        try (Context context = Context.newBuilder("go")
                .allowHostAccess(HostAccess.ALL)   // Go reads the records and calls the lambda
                .allowCreateThread(true)           // goroutines run on threads of the context
                .option("engine.WarnInterpreterOnly", "false")
                .build()) {
            Value orders = context.eval(Source.newBuilder("go", goSource(), "orders.go").buildLiteral());
            Function<String, Double> price = item -> prices.getOrDefault(item, 0.0);   // called from goroutines
            Value totals = orders.getMember("Totals").execute(orderList, price);       // map[string]Summary

            Map<String, Summary> result = new TreeMap<>();
            Value entries = totals.getHashEntriesIterator();
            while (entries.hasIteratorNextElement()) {
                Value entry = entries.getIteratorNextElement();                       // [key, value]
                Value s = entry.getArrayElement(1);                                   // an orders.Summary
                result.put(entry.getArrayElement(0).asString(), new Summary(
                        s.getMember("Orders").asInt(), s.getMember("Items").asInt(), s.getMember("Total").asDouble()));
            }
            return result;
        }
        // guide:end
    }

    public static void main(String[] args) {
        List<Order> orders = List.of(
                new Order("ada", "apple", 4), new Order("bob", "pear", 2),
                new Order("ada", "plum", 10), new Order("bob", "apple", 1));
        Map<String, Double> prices = Map.of("apple", 0.5, "pear", 0.75, "plum", 0.25);
        totals(orders, prices).forEach((customer, s) -> System.out.println(String.format(Locale.ROOT,
                "%s: %d orders, %d items, %.2f", customer, s.orders(), s.items(), s.total())));
    }
}
