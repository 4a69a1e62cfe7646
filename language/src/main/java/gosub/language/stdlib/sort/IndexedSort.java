package gosub.language.stdlib.sort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import java.util.Arrays;

/**
 * Go 1.19's two sorts over a sequence known only through less(i, j) and swap(i, j): the pattern-defeating quicksort of
 * sort.Sort and sort.Slice, and the insertion-sort-and-SymMerge stable sort of sort.Stable and sort.SliceStable. They
 * make the same calls of less and swap in the same order as Go's, so equal elements end up where Go puts them and a
 * less with side effects sees what it sees under Go (the Go-coded copy in resources/gosub/stdlib/sort.go serves
 * sort.Interface; the two are checked against each other and against Go by the goldens std/sort_*).
 * <p>
 * Written for the Truffle compiler: a subclass is final and its less and swap are what the compiler inlines into
 * every comparison of the loops below. The subclass is a node of the sorting call target, a constant to the compiler
 * (so are the nodes it calls less through); what one sort works on is its run, R, passed along. Go's recursion is an
 * explicit stack (the compiler cannot inline a recursive Java method), processed in the order Go's calls would run.
 */
abstract class IndexedSort<R> extends Node {
    /** Whether the element at i orders before the one at j. */
    abstract boolean less(R run, int i, int j);

    /** Exchanges the elements at i and j. */
    abstract void swap(R run, int i, int j);

    /**
     * {@link #less} for the comparisons made a few times per partition (choosing the pivot, checking for a sorted
     * range), as opposed to once per element in the partition and insertion loops: a subclass may make these calls
     * without inlining less into them, which keeps the compiled sort small.
     */
    boolean lessOnce(R run, int i, int j) {
        return less(run, i, j);
    }

    /** Called once per step of the outer loops: where a long sort lets other goroutines run. */
    void step(R run) {
    }

    /** Ranges up to this length are insertion-sorted. */
    private static final int INSERTION_MAX = 12;
    /** From this length the pivot is the median of three medians of three. */
    private static final int NINTHER_MIN = 50;
    /** Shorter ranges that look sorted are only checked, not repaired. */
    private static final int REPAIR_MIN = 50;
    /** How many out-of-order elements a repair may move before giving up. */
    private static final int REPAIR_STEPS = 5;
    /** The run length the stable sort starts its merges from. */
    private static final int STABLE_RUN = 20;

    /** What choosing a pivot saw of the order of a range. */
    private static final int MIXED = 0;
    private static final int ASCENDING = 1;
    private static final int DESCENDING = 2;

    /** The number of bits needed to write n. */
    static int bitLength(int n) {
        return 32 - Integer.numberOfLeadingZeros(n);
    }

    // ------------------------------------------------------------------------------------------------- unstable

    /** Sorts [0, n) as sort.Sort does. */
    final void sort(R run, int n) {
        if (n > 1) {
            pdqsort(run, n);
        }
    }

    /**
     * The quicksort loop. A pending range is pushed as four ints: lo, hi, how many unbalanced partitions it may still
     * take before falling back to heap sort, and its two flags (bit 0: the partition before was balanced, bit 1: it
     * found its range already partitioned). Go recurses into the smaller side of a partition and then goes on with the
     * larger side under the flags that partition set: pushing the larger side and looping on the smaller does the same
     * work in the same order. The smaller side is at most half, so the stack is at most 32 ranges deep.
     */
    private void pdqsort(R run, int n) {
        int[] pending = new int[4 * 33];
        int depth = 0;
        int lo = 0;
        int hi = n;
        int badAllowed = bitLength(n);
        boolean balanced = true;
        boolean untouched = true;
        while (true) {
            step(run);
            int length = hi - lo;
            boolean done = false;
            if (length <= INSERTION_MAX) {
                insertionSort(run, lo, hi);
                done = true;
            } else if (badAllowed == 0) {
                heapSort(run, lo, hi);
                done = true;
            } else {
                if (!balanced) {
                    scramble(run, lo, hi);
                    badAllowed--;
                }
                long choice = choosePivot(run, lo, hi);
                int pivot = (int) choice;
                int trend = (int) (choice >>> 32);
                if (trend == DESCENDING) {
                    reverse(run, lo, hi);
                    pivot = lo + hi - 1 - pivot;
                    trend = ASCENDING;
                }
                if (balanced && untouched && trend == ASCENDING && repairNearlySorted(run, lo, hi)) {
                    done = true;
                } else if (lo > 0 && !lessOnce(run, lo - 1, pivot)) {
                    // Everything here is at least the earlier pivot at lo-1, and this pivot is no greater than it:
                    // gather the many elements equal to it at the front and go on with the rest.
                    lo = partitionEqual(run, lo, hi, pivot);
                    continue;
                } else {
                    long split = partition(run, lo, hi, pivot);
                    int mid = (int) split;
                    boolean partitionedAlready = (split >>> 32) != 0;
                    int left = mid - lo;
                    int right = hi - mid;
                    int contLo;
                    int contHi;
                    boolean contBalanced;
                    if (left < right) {
                        contBalanced = left >= length / 8;
                        contLo = mid + 1;
                        contHi = hi;
                        hi = mid;
                    } else {
                        contBalanced = right >= length / 8;
                        contLo = lo;
                        contHi = mid;
                        lo = mid + 1;
                    }
                    pending[depth] = contLo;
                    pending[depth + 1] = contHi;
                    pending[depth + 2] = badAllowed;
                    pending[depth + 3] = (contBalanced ? 1 : 0) | (partitionedAlready ? 2 : 0);
                    depth += 4;
                    balanced = true;
                    untouched = true;
                    continue;
                }
            }
            if (done) {
                if (depth == 0) {
                    return;
                }
                depth -= 4;
                lo = pending[depth];
                hi = pending[depth + 1];
                badAllowed = pending[depth + 2];
                balanced = (pending[depth + 3] & 1) != 0;
                untouched = (pending[depth + 3] & 2) != 0;
            }
        }
    }

    /** Sorts [lo, hi) by moving each element left past the greater ones before it. */
    private void insertionSort(R run, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int k = i; k > lo && less(run, k, k - 1); k--) {
                swap(run, k, k - 1);
            }
        }
    }

    /**
     * Sorts [lo, hi) through a binary max-heap rooted at lo: the fallback when partitions keep coming out lopsided,
     * rare enough to be left out of compiled code.
     */
    @TruffleBoundary
    private void heapSort(R run, int lo, int hi) {
        int n = hi - lo;
        for (int k = (n - 1) / 2; k >= 0; k--) {
            siftDown(run, lo, k, n);
        }
        for (int end = n - 1; end >= 0; end--) {
            swap(run, lo, lo + end);
            siftDown(run, lo, 0, end);
        }
    }

    private void siftDown(R run, int base, int k, int n) {
        int at = k;
        while (true) {
            int child = 2 * at + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && less(run, base + child, base + child + 1)) {
                child++;
            }
            if (!less(run, base + at, base + child)) {
                return;
            }
            swap(run, base + at, base + child);
            at = child;
        }
    }

    /**
     * Swaps the three elements around the middle of [lo, hi) with others picked by a xorshift generator seeded with
     * the length, to break the pattern that made the last partition lopsided.
     */
    private void scramble(R run, int lo, int hi) {
        int n = hi - lo;
        long state = n;
        long mask = (1L << bitLength(n)) - 1;
        int middle = lo + n / 4 * 2;
        for (int k = middle - 1; k <= middle + 1; k++) {
            state ^= state << 13;
            state ^= state >>> 17;
            state ^= state << 5;
            int other = (int) (state & mask);
            if (other >= n) {
                other -= n;
            }
            swap(run, k, lo + other);
        }
    }

    /**
     * The pivot of [lo, hi) in the low 32 bits, the trend its comparisons saw in the high ones: the median of the
     * elements at a quarter, a half and three quarters, each first replaced by the median of itself and its two
     * neighbours in long ranges. One loop makes the up to four medians, so that the compiler has one copy of the three
     * comparisons instead of four.
     */
    private long choosePivot(R run, int lo, int hi) {
        int quarter = (hi - lo) / 4;
        int a = lo + quarter;
        int b = lo + 2 * quarter;
        int c = lo + 3 * quarter;
        int reversals = 0;
        // rounds 1 to 3: the neighbourhoods of a, b and c (long ranges only); round 4: a, b and c themselves
        for (int round = hi - lo >= NINTHER_MIN ? 1 : 4; round <= 4; round++) {
            int centre = lo + round * quarter;
            boolean last = round == 4;
            long m = medianOfThree(run, last ? a : centre - 1, last ? b : centre, last ? c : centre + 1);
            int median = (int) m;
            reversals += (int) (m >>> 32);
            switch (round) {
                case 1 -> a = median;
                case 2 -> b = median;
                case 3 -> c = median;
                default -> b = median;
            }
        }
        // no comparison found a pair reversed, or all twelve of a ninther did (three cannot count as descending)
        int trend = reversals == 0 ? ASCENDING : reversals == 12 ? DESCENDING : MIXED;
        return (b & 0xFFFF_FFFFL) | ((long) trend << 32);
    }

    /**
     * Which of x, y, z holds the median, in the low 32 bits, and in the high ones how many of the three comparisons of
     * the sorting network (x,y), (y,z), (x,y) found their pair reversed.
     */
    private long medianOfThree(R run, int x, int y, int z) {
        int reversed = 0;
        int p = x;
        int q = y;
        int r = z;
        if (lessOnce(run, q, p)) {
            int t = p;
            p = q;
            q = t;
            reversed++;
        }
        if (lessOnce(run, r, q)) {
            int t = q;
            q = r;
            r = t;
            reversed++;
        }
        if (lessOnce(run, q, p)) {
            q = p;
            reversed++;
        }
        return (q & 0xFFFF_FFFFL) | ((long) reversed << 32);
    }

    private void reverse(R run, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            swap(run, i, j);
        }
    }

    /**
     * For a range that looks sorted: moves up to REPAIR_STEPS out-of-order elements into place and reports whether the
     * range is sorted now. Short ranges are only checked. The leftward walk stops at index 1, not lo, as Go's does:
     * lo-1 holds an earlier pivot, which stops it at lo anyway.
     */
    private boolean repairNearlySorted(R run, int lo, int hi) {
        int i = lo + 1;
        for (int stepsLeft = REPAIR_STEPS; stepsLeft > 0; stepsLeft--) {
            while (i < hi && !lessOnce(run, i, i - 1)) {
                i++;
            }
            if (i == hi) {
                return true;
            }
            if (hi - lo < REPAIR_MIN) {
                return false;
            }
            swap(run, i, i - 1);
            if (i - lo >= 2) {
                for (int k = i - 1; k >= 1 && lessOnce(run, k, k - 1); k--) {
                    swap(run, k, k - 1);
                }
            }
            if (hi - i >= 2) {
                for (int k = i + 1; k < hi && lessOnce(run, k, k - 1); k++) {
                    swap(run, k, k - 1);
                }
            }
        }
        return false;
    }

    /**
     * Moves the pivot to lo, the elements less than it after it, then the rest, and the pivot between the two groups.
     * Returns the pivot's final index in the low 32 bits, and 1 in the high ones if nothing but the pivot moved.
     */
    private long partition(R run, int lo, int hi, int pivot) {
        swap(run, lo, pivot);
        int l = lo + 1;
        int r = hi - 1; // [lo+1, l) < pivot <= (r, hi)
        boolean inPlace = true;
        while (true) {
            while (l <= r && less(run, l, lo)) {
                l++;
            }
            while (l <= r && !less(run, r, lo)) {
                r--;
            }
            if (l > r) {
                break;
            }
            swap(run, l, r);
            inPlace = false;
            l++;
            r--;
        }
        swap(run, r, lo);
        return (r & 0xFFFF_FFFFL) | (inPlace ? 1L << 32 : 0);
    }

    /**
     * Moves the pivot to lo and the elements not greater than it (all equal to it) after it; returns where the greater
     * ones start.
     */
    private int partitionEqual(R run, int lo, int hi, int pivot) {
        swap(run, lo, pivot);
        int l = lo + 1;
        int r = hi - 1;
        while (true) {
            while (l <= r && !less(run, lo, l)) {
                l++;
            }
            while (l <= r && less(run, lo, r)) {
                r--;
            }
            if (l > r) {
                return l;
            }
            swap(run, l, r);
            l++;
            r--;
        }
    }

    // --------------------------------------------------------------------------------------------------- stable

    /** Sorts [0, n) as sort.Stable does: insertion-sorted runs, merged pairwise, the run length doubling each round. */
    final void stableSort(R run, int n) {
        int lo = 0;
        for (; lo + STABLE_RUN <= n; lo += STABLE_RUN) {
            insertionSort(run, lo, lo + STABLE_RUN);
        }
        insertionSort(run, lo, n);
        int[] merges = new int[3 * 64];
        for (int width = STABLE_RUN; width < n; width *= 2) {
            step(run);
            for (lo = 0; lo + width < n; lo += 2 * width) {
                merges = symMerge(run, merges, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
    }

    /**
     * Merges the sorted neighbours [lo, mid) and [mid, hi) in place, the left one's elements first among equals, by
     * Kim and Kutzner's SymMerge ("Stable Minimum Storage Merging by Symmetric Comparisons", 2004). Around the centre
     * of the range it finds the longest pair of mirror-image stretches, the end of the left run and the start of the
     * right one, whose elements must trade places; rotating them leaves one smaller merge on each side of the centre,
     * the left one done first (pushed last). Returns the work stack, grown if it had to be.
     */
    private int[] symMerge(R run, int[] stack, int lo0, int mid0, int hi0) {
        int[] pending = stack;
        pending[0] = lo0;
        pending[1] = mid0;
        pending[2] = hi0;
        int depth = 3;
        while (depth > 0) {
            depth -= 3;
            int lo = pending[depth];
            int mid = pending[depth + 1];
            int hi = pending[depth + 2];
            if (mid - lo == 1) {
                // one left element: it goes before the first right element not less than it
                int at = firstNotLess(run, mid, hi, lo);
                for (int k = lo; k < at - 1; k++) {
                    swap(run, k, k + 1);
                }
                continue;
            }
            if (hi - mid == 1) {
                // one right element: it goes before the first left element greater than it
                int at = firstGreater(run, lo, mid, mid);
                for (int k = mid; k > at; k--) {
                    swap(run, k, k - 1);
                }
                continue;
            }
            int centre = (lo + hi) >>> 1;
            int sum = centre + mid;
            int from = lo;
            int to = mid;
            if (mid > centre) {
                from = sum - hi;
                to = centre;
            }
            // the first start whose mirror image sum-1-start holds an element less than the one at start
            while (from < to) {
                int probe = (from + to) >>> 1;
                if (less(run, sum - 1 - probe, probe)) {
                    to = probe;
                } else {
                    from = probe + 1;
                }
            }
            int start = from;
            int end = sum - from;
            if (start < mid && mid < end) {
                rotate(run, start, mid, end);
            }
            if (depth + 6 > pending.length) {
                pending = grow(pending);
            }
            if (centre < end && end < hi) {
                pending[depth] = centre;
                pending[depth + 1] = end;
                pending[depth + 2] = hi;
                depth += 3;
            }
            if (lo < start && start < centre) {
                pending[depth] = lo;
                pending[depth + 1] = start;
                pending[depth + 2] = centre;
                depth += 3;
            }
        }
        return pending;
    }

    @TruffleBoundary
    private static int[] grow(int[] stack) {
        return Arrays.copyOf(stack, stack.length * 2);
    }

    /** The first index in [lo, hi) whose element is not less than the one at x, or hi. */
    private int firstNotLess(R run, int lo, int hi, int x) {
        int from = lo;
        int to = hi;
        while (from < to) {
            int probe = (from + to) >>> 1;
            if (less(run, probe, x)) {
                from = probe + 1;
            } else {
                to = probe;
            }
        }
        return from;
    }

    /** The first index in [lo, hi) whose element is greater than the one at x, or hi. */
    private int firstGreater(R run, int lo, int hi, int x) {
        int from = lo;
        int to = hi;
        while (from < to) {
            int probe = (from + to) >>> 1;
            if (less(run, x, probe)) {
                to = probe;
            } else {
                from = probe + 1;
            }
        }
        return from;
    }

    /**
     * Exchanges the neighbouring blocks [lo, mid) and [mid, hi) with Go's swaps: the shorter block trades places with
     * the same length at the far end of the longer one, which leaves a smaller rotation of what remains, until the two
     * remaining blocks are equally long.
     */
    private void rotate(R run, int lo, int mid, int hi) {
        int left = mid - lo;
        int right = hi - mid;
        while (left != right) {
            if (left > right) {
                swapBlocks(run, mid - left, mid, right);
                left -= right;
            } else {
                swapBlocks(run, mid - left, mid + right - left, left);
                right -= left;
            }
        }
        swapBlocks(run, mid - left, mid, left);
    }

    private void swapBlocks(R run, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            swap(run, a + k, b + k);
        }
    }
}
