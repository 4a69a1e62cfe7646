package sort

// Package sort for gosub. Sort and Slice are pattern-defeating quicksort (Orson R. L. Peters, "Pattern-defeating
// Quicksort", 2021) with the parameters and pivot rules of Go 1.19, so that equal elements end up in the same order
// as with Go and Less and Swap are called the same number of times. Stable and SliceStable insertion-sort runs of 20
// and merge them in place with SymMerge (Pok-Son Kim and Arne Kutzner, "Stable Minimum Storage Merging by
// Symmetric Comparisons", 2004). Natives: gosub.language.stdlib.sort.SortNatives.
//
// Sort and Stable, on a sort.Interface, are the Go code below. Slice, SliceStable and Float64s are natives running
// the same two algorithms in Java (gosub.language.stdlib.sort.IndexedSort), with the same calls of less: a
// sort.Slice call site gets its own compiled sort with its closure inlined, instead of a Less method between them.

// Interface is a collection that can be sorted by index: its length, an order on its elements, and an exchange.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lenOf is what Go's sort gets from reflect: the length of the slice in x, panicking as reflect.Swapper does when
// swapper is set, else as reflect.Value.Len.
func lenOf(x any, swapper bool) int

// sortInts and sortStrings sort natively: equal ints or strings cannot be told apart, so any algorithm will do.
func sortInts(x []int)
func sortStrings(x []string)

// sortFloat64s sorts natively by Float64Slice's order, with Go's algorithm: -0 and +0 are equal to it, yet print
// differently, so their order must be Go's.
func sortFloat64s(x []float64)

// bitLen is the number of bits needed to write n in binary.
func bitLen(n uint) int {
	bits := 0
	for ; n != 0; n >>= 1 {
		bits++
	}
	return bits
}

// ---------------------------------------------------------------------------------------------- entry points

// Sort sorts data in increasing order; the order of equal elements is not kept.
func Sort(data Interface) {
	// The package's own slice types have Less and Swap nobody can change: they sort natively.
	switch d := data.(type) {
	case IntSlice:
		sortInts(d)
		return
	case StringSlice:
		sortStrings(d)
		return
	case Float64Slice:
		sortFloat64s(d)
		return
	case *reversed:
		// Descending ints or strings: the ascending order turned around, since equal ones cannot be told apart.
		switch r := d.Interface.(type) {
		case IntSlice:
			sortInts(r)
			reverseInts(r)
			return
		case StringSlice:
			sortStrings(r)
			reverseStrings(r)
			return
		}
	}
	if n := data.Len(); n > 1 {
		pdqsort(data, 0, n, bitLen(uint(n)))
	}
}

// Stable sorts data in increasing order, keeping equal elements in their original order.
func Stable(data Interface) {
	stableSort(data, data.Len())
}

// IsSorted reports whether no element of data is less than the one before it.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := 1; i < n; i++ {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func reverseInts(x []int) {
	for i, j := 0, len(x)-1; i < j; i, j = i+1, j-1 {
		x[i], x[j] = x[j], x[i]
	}
}

func reverseStrings(x []string) {
	for i, j := 0, len(x)-1; i < j; i, j = i+1, j-1 {
		x[i], x[j] = x[j], x[i]
	}
}

// Slice sorts the slice x by less, which compares the elements at two indexes; equal elements may move.
func Slice(x any, less func(i, j int) bool)

// SliceStable sorts the slice x by less, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool)

// SliceIsSorted reports whether the slice x is in the order given by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenOf(x, false)
	for i := 1; i < n; i++ {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// reversed orders the elements of the collection it wraps from greatest to least.
type reversed struct {
	Interface
}

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order turned around.
func Reverse(data Interface) Interface {
	return &reversed{data}
}

// ---------------------------------------------------------------------------------------------- typed slices

// IntSlice sorts a []int in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place.
func (x IntSlice) Sort() { Sort(x) }

// Search returns where v is, or would be inserted, in the sorted x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice sorts a []float64 in increasing order, with NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaN before every number, which makes the order total.
func (x Float64Slice) Less(i, j int) bool {
	a, b := x[i], x[j]
	return a < b || a != a && b == b
}

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place.
func (x Float64Slice) Sort() { Sort(x) }

// Search returns where v is, or would be inserted, in the sorted x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice sorts a []string in increasing byte order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in place.
func (x StringSlice) Sort() { Sort(x) }

// Search returns where v is, or would be inserted, in the sorted x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x in increasing order.
func Ints(x []int) { sortInts(x) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { sortFloat64s(x) }

// Strings sorts x in increasing byte order.
func Strings(x []string) { sortStrings(x) }

// IntsAreSorted reports whether x is in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is in increasing byte order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// ---------------------------------------------------------------------------------------------- binary search

// Search returns the first index in [0, n) where f is true, or n if there is none; f must be false up to some
// index and true from there on. Each step calls f on the middle of the indexes still in question.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n // f is false below lo and true from hi on
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the first index in [0, n) where cmp is not positive, or n, and whether cmp is zero there; cmp must
// be positive up to some index and not positive from there on.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n // cmp is positive below lo and not from hi on
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns the index of the first element of the sorted a that is at least x, or len(a).
func SearchInts(a []int, x int) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}

// SearchFloat64s returns the index of the first element of the sorted a that is at least x, or len(a).
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}

// SearchStrings returns the index of the first element of the sorted a that is at least x, or len(a).
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}

// ---------------------------------------------------------------------------------------------- pdqsort

// The thresholds of the unstable sort (Go 1.19's values).
const (
	insertionMax  = 12 // ranges up to this length are insertion-sorted
	nintherMin    = 50 // from this length the pivot is a median of three medians of three
	repairMin     = 50 // shorter ranges that look sorted are not repaired by shifting
	repairMaxRuns = 5  // how many out-of-order elements a repair may shift into place
)

// trend is what choosing a pivot revealed about the order of a range.
type trend int

const (
	mixed      trend = iota
	ascending        // every comparison found its pair in order
	descending       // every comparison found its pair out of order
)

// pdqsort sorts data[lo:hi]. unbalancedLeft is how many more unbalanced partitions are tolerated before the range
// is heap-sorted instead, which bounds the running time by n log n.
func pdqsort(data Interface, lo, hi, unbalancedLeft int) {
	balanced := true  // the last partition split its range at worst 1:7
	untouched := true // the last partition found its range already partitioned
	for hi-lo > insertionMax {
		if unbalancedLeft == 0 {
			heapSort(data, lo, hi)
			return
		}
		if !balanced {
			scramble(data, lo, hi)
			unbalancedLeft--
		}

		pivot, seen := choosePivot(data, lo, hi)
		if seen == descending {
			// Probably a descending run: reversing it makes it ascending for the checks below.
			reverseRange(data, lo, hi)
			pivot = lo + hi - 1 - pivot
			seen = ascending
		}
		if balanced && untouched && seen == ascending && repairNearlySorted(data, lo, hi) {
			return
		}

		// data[lo-1] is an earlier pivot, no greater than anything in the range. A pivot no greater than it is
		// equal to it, and so are probably many others: gather them at the front and go on with the rest.
		if lo > 0 && !data.Less(lo-1, pivot) {
			lo = partitionEqual(data, lo, hi, pivot)
			continue
		}

		mid, inPlace := partition(data, lo, hi, pivot)
		untouched = inPlace
		// Recurse into the smaller side (mid's right side counts the pivot), loop on the other.
		n, left, right := hi-lo, mid-lo, hi-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, lo, mid, unbalancedLeft)
			lo = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, hi, unbalancedLeft)
			hi = mid
		}
	}
	insertionSort(data, lo, hi)
}

// insertionSort sorts data[lo:hi] by moving each element left past the greater ones before it.
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for k := i; k > lo && data.Less(k, k-1); k-- {
			data.Swap(k, k-1)
		}
	}
}

// heapSort sorts data[lo:hi] through a binary max-heap rooted at lo.
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for k := (n - 1) / 2; k >= 0; k-- {
		siftDown(data, lo, k, n)
	}
	// Go's loop also runs for end == 0, a swap of lo with itself; the Swap count stays the same here.
	for end := n - 1; end >= 0; end-- {
		data.Swap(lo, lo+end)
		siftDown(data, lo, 0, end)
	}
}

// siftDown moves the element at position k of the heap data[base:base+n] down below its larger children.
func siftDown(data Interface, base, k, n int) {
	for {
		child := 2*k + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(base+child, base+child+1) {
			child++
		}
		if !data.Less(base+k, base+child) {
			return
		}
		data.Swap(base+k, base+child)
		k = child
	}
}

// scramble swaps the three elements around the middle of data[lo:hi] with others chosen by a xorshift generator
// seeded with the length, breaking up the patterns that led to an unbalanced partition.
func scramble(data Interface, lo, hi int) {
	n := hi - lo
	state := uint64(n)
	mask := uint(1)<<bitLen(uint(n)) - 1
	middle := lo + n/4*2
	for k := middle - 1; k <= middle+1; k++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(k, lo+other)
	}
}

// choosePivot returns the index of a pivot for data[lo:hi] (longer than insertionMax): the median of the elements
// at a quarter, half and three quarters of the range, each first replaced by the median of it and its two
// neighbours in long ranges. It also returns the trend its comparisons saw.
func choosePivot(data Interface, lo, hi int) (int, trend) {
	quarter := (hi - lo) / 4
	a, b, c := lo+quarter, lo+2*quarter, lo+3*quarter
	outOfOrder := 0
	if hi-lo >= nintherMin {
		a = medianOfThree(data, a-1, a, a+1, &outOfOrder)
		b = medianOfThree(data, b-1, b, b+1, &outOfOrder)
		c = medianOfThree(data, c-1, c, c+1, &outOfOrder)
	}
	b = medianOfThree(data, a, b, c, &outOfOrder)
	switch outOfOrder {
	case 0:
		return b, ascending
	case 12: // all twelve comparisons of a ninther: shorter ranges are never taken for descending
		return b, descending
	}
	return b, mixed
}

// medianOfThree returns which of the indexes x, y, z holds the median element. It sorts the three with the
// comparisons (x,y), (y,z), (x,y) of a sorting network and counts in *outOfOrder those that found a pair reversed.
func medianOfThree(data Interface, x, y, z int, outOfOrder *int) int {
	x, y = inOrder(data, x, y, outOfOrder)
	y, z = inOrder(data, y, z, outOfOrder)
	x, y = inOrder(data, x, y, outOfOrder)
	return y
}

// inOrder returns the indexes i and j ordered by their elements, counting a reversal in *outOfOrder.
func inOrder(data Interface, i, j int, outOfOrder *int) (int, int) {
	if data.Less(j, i) {
		*outOfOrder++
		return j, i
	}
	return i, j
}

// reverseRange reverses data[lo:hi].
func reverseRange(data Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// repairNearlySorted finishes a range that looks sorted by shifting up to repairMaxRuns out-of-order elements
// into place, and reports whether the range is sorted now. Short ranges are only checked.
func repairNearlySorted(data Interface, lo, hi int) bool {
	i := lo + 1
	for step := 0; step < repairMaxRuns; step++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < repairMin {
			return false
		}
		data.Swap(i, i-1)
		// The smaller of the pair travels left and the greater right until each is in order. Like Go, the
		// leftward walk is bounded by index 1 rather than lo: data[lo-1] is an earlier pivot, so it stops at lo.
		if i-lo >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if hi-i >= 2 {
			for k := i + 1; k < hi && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// partition moves the pivot to lo, the elements less than it after it, then the others, and finally the pivot
// between the two groups. It returns the pivot's index and whether the range was partitioned already (no element
// but the pivot moved).
func partition(data Interface, lo, hi, pivot int) (int, bool) {
	data.Swap(lo, pivot)
	l, r := lo+1, hi-1 // data[lo+1:l] < pivot <= data[r+1:hi]
	inPlace := true
	for {
		for l <= r && data.Less(l, lo) {
			l++
		}
		for l <= r && !data.Less(r, lo) {
			r--
		}
		if l > r {
			break
		}
		data.Swap(l, r)
		inPlace = false
		l++
		r--
	}
	data.Swap(r, lo)
	return r, inPlace
}

// partitionEqual moves the pivot to lo and the elements not greater than it (all equal to it, see pdqsort) after
// it, and returns the index of the first greater element.
func partitionEqual(data Interface, lo, hi, pivot int) int {
	data.Swap(lo, pivot)
	l, r := lo+1, hi-1 // data[lo+1:l] == pivot < data[r+1:hi]
	for {
		for l <= r && !data.Less(lo, l) {
			l++
		}
		for l <= r && data.Less(lo, r) {
			r--
		}
		if l > r {
			return l
		}
		data.Swap(l, r)
		l++
		r--
	}
}

// ---------------------------------------------------------------------------------------------- stable sort

// stableRun is the length of the runs the stable sort insertion-sorts before merging.
const stableRun = 20

// stableSort sorts data[0:n] stably: runs of stableRun elements are insertion-sorted, then neighbouring runs
// merged, doubling the run length each round.
func stableSort(data Interface, n int) {
	for lo := 0; lo < n; lo += stableRun {
		insertionSort(data, lo, minInt(lo+stableRun, n))
	}
	for run := stableRun; run < n; run *= 2 {
		for lo := 0; lo+run < n; lo += 2 * run {
			symMerge(data, lo, lo+run, minInt(lo+2*run, n))
		}
	}
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// symMerge merges the sorted neighbours data[lo:mid] and data[mid:hi] in place, the left one's elements first
// among equals. Kim and Kutzner's SymMerge: around the centre of data[lo:hi] it finds the longest pair of
// symmetric stretches, one at the end of the left run and one at the start of the right run, whose elements must
// trade places; rotating them leaves two smaller merges, one on each side of the centre.
func symMerge(data Interface, lo, mid, hi int) {
	if mid-lo == 1 {
		// A single left element goes before the first right element that is not less than it.
		at := lowerBound(data, mid, hi, lo)
		for k := lo; k < at-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if hi-mid == 1 {
		// A single right element goes before the first left element greater than it.
		at := upperBound(data, lo, mid, mid)
		for k := mid; k > at; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	centre := int(uint(lo+hi) >> 1)
	sum := centre + mid
	// Find the first start in [from, to) whose mirror image across the centre, sum-1-start, holds an element
	// less than data[start]: data[start:mid] and data[mid:sum-start] are the stretches that trade places.
	from, to := lo, mid
	if mid > centre {
		from, to = sum-hi, centre
	}
	for from < to {
		probe := int(uint(from+to) >> 1)
		if data.Less(sum-1-probe, probe) {
			to = probe
		} else {
			from = probe + 1
		}
	}
	start, end := from, sum-from
	if start < mid && mid < end {
		rotate(data, start, mid, end)
	}
	if lo < start && start < centre {
		symMerge(data, lo, start, centre)
	}
	if centre < end && end < hi {
		symMerge(data, centre, end, hi)
	}
}

// lowerBound returns the first index in [lo, hi) whose element is not less than data[x], or hi.
func lowerBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		probe := int(uint(lo+hi) >> 1)
		if data.Less(probe, x) {
			lo = probe + 1
		} else {
			hi = probe
		}
	}
	return lo
}

// upperBound returns the first index in [lo, hi) whose element is greater than data[x], or hi.
func upperBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		probe := int(uint(lo+hi) >> 1)
		if data.Less(x, probe) {
			hi = probe
		} else {
			lo = probe + 1
		}
	}
	return lo
}

// rotate exchanges the neighbouring blocks data[lo:mid] and data[mid:hi] with the swaps Go makes: the shorter block
// trades places with as many elements at the far end of the longer one, which leaves a smaller rotation of the rest,
// until the two blocks left are equally long.
func rotate(data Interface, lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left != right {
		if left > right {
			swapBlocks(data, mid-left, mid, right)
			left -= right
		} else {
			swapBlocks(data, mid-left, mid+right-left, left)
			right -= left
		}
	}
	swapBlocks(data, mid-left, mid, left)
}

// swapBlocks swaps data[a:a+n] with data[b:b+n], element by element.
func swapBlocks(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}
