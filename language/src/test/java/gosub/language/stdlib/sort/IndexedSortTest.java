package gosub.language.stdlib.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The Java sorts behind sort.Slice, sort.SliceStable and sort.Float64s, on their own: Go's recursion became explicit
 * stacks, which must neither overflow nor lose a range, whatever the input and however inconsistent less is. (That
 * they make Go's calls in Go's order is what the goldens std/sort_* check against go run.)
 */
class IndexedSortTest {
    /** Keys with an id each; less compares keys only, so the ids show where equal elements went. */
    private static final class Pairs extends IndexedSort<Void> {
        final int[] keys;
        final int[] ids;
        long compares;

        Pairs(int[] keys) {
            this.keys = keys.clone();
            this.ids = new int[keys.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = i;
            }
        }

        @Override
        boolean less(Void run, int i, int j) {
            compares++;
            return keys[i] < keys[j];
        }

        @Override
        void swap(Void run, int i, int j) {
            int k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            int d = ids[i];
            ids[i] = ids[j];
            ids[j] = d;
        }
    }

    /** Inputs of many shapes: few distinct keys, sorted, reversed, sawtooth, organ pipe, random. */
    private static List<int[]> inputs() {
        Random r = new Random(42);
        List<int[]> out = new ArrayList<>();
        for (int n : new int[] {0, 1, 2, 12, 13, 49, 50, 51, 200, 1000, 100_000}) {
            for (int shape = 0; shape < 6; shape++) {
                int[] k = new int[n];
                for (int i = 0; i < n; i++) {
                    k[i] = switch (shape) {
                        case 0 -> r.nextInt(4);
                        case 1 -> i;
                        case 2 -> n - i;
                        case 3 -> i % 17;
                        case 4 -> Math.min(i, n - i);
                        default -> r.nextInt();
                    };
                }
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void unstableSortSortsAndKeepsEveryElement() {
        for (int[] keys : inputs()) {
            Pairs p = new Pairs(keys);
            p.sort(null, keys.length);
            int[] expected = keys.clone();
            Arrays.sort(expected);
            assertArrayEquals(expected, p.keys);
            for (int i = 0; i < keys.length; i++) {
                assertEquals(keys[p.ids[i]], p.keys[i], "an element was duplicated or lost");
            }
            // n log n comparisons at most, with a constant: the heap-sort fallback bounds the bad cases
            int n = Math.max(keys.length, 2);
            assertTrue(p.compares <= 4L * n * (32 - Integer.numberOfLeadingZeros(n)) + 64, p.compares + " comparisons for " + n);
        }
    }

    @Test
    void stableSortKeepsEqualElementsInOrder() {
        for (int[] keys : inputs()) {
            Pairs p = new Pairs(keys);
            p.stableSort(null, keys.length);
            Integer[] expected = new Integer[keys.length];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = i;
            }
            Arrays.sort(expected, Comparator.comparingInt(i -> keys[i])); // the JDK's object sort is stable
            for (int i = 0; i < keys.length; i++) {
                assertEquals(expected[i], p.ids[i]);
            }
        }
    }

    /** A less that answers at random is no order at all: the sorts must still end, with every element kept. */
    @Test
    void inconsistentLessEndsWithAPermutation() {
        for (int n : new int[] {13, 51, 1000, 50_000}) {
            for (boolean stable : new boolean[] {false, true}) {
                Random coin = new Random(n);
                int[] keys = new int[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = i;
                }
                IndexedSort<Void> s = new IndexedSort<>() {
                    @Override
                    boolean less(Void run, int i, int j) {
                        return coin.nextBoolean();
                    }

                    @Override
                    void swap(Void run, int i, int j) {
                        int t = keys[i];
                        keys[i] = keys[j];
                        keys[j] = t;
                    }
                };
                if (stable) {
                    s.stableSort(null, n);
                } else {
                    s.sort(null, n);
                }
                int[] seen = keys.clone();
                Arrays.sort(seen);
                for (int i = 0; i < n; i++) {
                    assertEquals(i, seen[i]);
                }
            }
        }
    }

    @Test
    void float64sPutsNaNsFirstAndSorts() {
        Random r = new Random(7);
        double[] v = new double[3000];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (i % 7) {
                case 0 -> Double.NaN;
                case 1 -> -0.0;
                case 2 -> 0.0;
                case 3 -> Double.NEGATIVE_INFINITY;
                default -> r.nextGaussian();
            };
        }
        double[] window = new double[v.length + 2];
        System.arraycopy(v, 0, window, 1, v.length);
        window[0] = 99;
        window[window.length - 1] = -99;
        DoubleOrder.sort(window, 1, v.length);
        assertEquals(99, window[0]);
        assertEquals(-99, window[window.length - 1]);
        int nans = (v.length + 6) / 7;
        for (int i = 1; i <= nans; i++) {
            assertTrue(Double.isNaN(window[i]));
        }
        for (int i = nans + 2; i <= v.length; i++) {
            assertTrue(window[i - 1] <= window[i], "out of order at " + i);
        }
    }
}
