package gosub.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import gosub.examples.embedding.OrdersExample.Order;
import gosub.examples.embedding.OrdersExample.Summary;
import org.junit.jupiter.api.Test;

class OrdersExampleTest {
    @Test
    void goSumsTheRecordsOnGoroutinesThatCallTheCallback() {
        Map<String, Summary> totals = OrdersExample.totals(
                List.of(new Order("ada", "apple", 4), new Order("bob", "pear", 2), new Order("ada", "plum", 10)),
                Map.of("apple", 0.5, "pear", 0.75, "plum", 0.25));
        assertEquals(Map.of("ada", new Summary(2, 14, 4.5), "bob", new Summary(1, 2, 1.5)), totals);
    }

    @Test
    void manyOrdersAddUpAsInJava() {
        List<Order> orders = new ArrayList<>();
        String[] customers = {"ada", "bob", "cy", "di", "ed"};
        String[] items = {"apple", "pear", "plum"};
        for (int i = 0; i < 300; i++) {
            orders.add(new Order(customers[i % customers.length], items[i % items.length], 1 + i % 7));
        }
        Map<String, Double> prices = Map.of("apple", 0.5, "pear", 0.75, "plum", 0.25);
        Map<String, Summary> want = new HashMap<>();
        orders.stream().collect(Collectors.groupingBy(Order::customer)).forEach((c, os) -> want.put(c, new Summary(os.size(),
                os.stream().mapToInt(Order::quantity).sum(), os.stream().mapToDouble(o -> prices.get(o.item()) * o.quantity()).sum())));
        Map<String, Summary> got = OrdersExample.totals(orders, prices);
        assertEquals(want.keySet(), got.keySet());
        for (String c : want.keySet()) {
            assertEquals(want.get(c).orders(), got.get(c).orders(), c);
            assertEquals(want.get(c).items(), got.get(c).items(), c);
            assertEquals(want.get(c).total(), got.get(c).total(), 1e-9, c);   // added in another order than Java's
        }
    }

    @Test
    void mainPrintsTheSummaries() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            OrdersExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals("ada: 2 orders, 14 items, 4.50\nbob: 2 orders, 3 items, 2.00\n", buf.toString(StandardCharsets.UTF_8));
    }

    /** The README's guide shows the tested code as it is: the Go package whole, the Java between the guide markers. */
    @Test
    void theReadmeShowsTheTestedCode() throws IOException {
        String readme = Files.readString(ReadmeSnippets.ROOT.resolve("README.md"));
        String go = Files.readString(ReadmeSnippets.ROOT.resolve("examples/embedding/src/main/resources/gosub/examples/embedding/orders.go"));
        assertTrue(readme.contains("```go\n" + go + "```\n"), "README.md shows orders.go as it is");
        ReadmeSnippets.assertShown("OrdersExample.java");
        assertTrue(readme.contains("public record Order(String customer, String item, int quantity)"), "README.md shows the record");
    }
}
