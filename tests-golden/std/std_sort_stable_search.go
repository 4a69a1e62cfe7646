// sort.Stable and sort.SliceStable keep equal elements in their original order for many sizes and shapes (block
// boundaries of the merge are at multiples of 20); binary searches probe in Go's order and return Go's indexes.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type item struct{ key, id int }

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var state uint32 = 2463534242

func next() int {
	state ^= state << 13
	state ^= state >> 17
	state ^= state << 5
	return int(state >> 1)
}

func build(n, distinct int, shape string) []item {
	items := make([]item, n)
	for i := range items {
		k := 0
		switch shape {
		case "random":
			k = next() % distinct
		case "sorted":
			k = i * distinct / (n + 1)
		case "reversed":
			k = (n - i) * distinct / (n + 1)
		case "sawtooth":
			k = i % distinct
		}
		items[i] = item{k, i}
	}
	return items
}

// digest checks that the result is sorted and stable and sums up the order.
func digest(items []item) string {
	h := uint64(0)
	for i, it := range items {
		if i > 0 {
			p := items[i-1]
			if p.key > it.key || (p.key == it.key && p.id > it.id) {
				return fmt.Sprint("NOT STABLE at ", i)
			}
		}
		h = h*1000003 + uint64(it.id)
	}
	return fmt.Sprintf("%x", h)
}

func main() {
	for _, n := range []int{0, 1, 2, 19, 20, 21, 39, 40, 41, 80, 81, 161, 700} {
		for _, d := range []int{1, 3, 1000} {
			for _, shape := range []string{"random", "sorted", "reversed", "sawtooth"} {
				a := build(n, d, shape)
				sort.Stable(byKey(a))
				b := build(n, d, shape)
				sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
				c := build(n, d, shape)
				sort.Stable(sort.Reverse(byKey(c)))
				fmt.Println(n, d, shape, digest(a), digest(b), len(c) == 0 || c[0].key >= c[len(c)-1].key)
			}
		}
	}

	// A comparator answering at random: Go's result only if the same comparisons come in the same order.
	for _, n := range []int{5, 21, 60, 333} {
		perm := make([]int, n)
		for i := range perm {
			perm[i] = i
		}
		coin := uint32(n)
		sort.SliceStable(perm, func(i, j int) bool {
			coin = coin*1664525 + 1013904223
			return coin>>31 == 1
		})
		h := 0
		for _, p := range perm {
			h = h*31 + p
		}
		fmt.Println("random", n, h, perm[:5])
	}

	a := build(30, 4, "random")
	sort.Stable(sort.Reverse(byKey(a)))
	fmt.Println(a)

	// Search: the probes and the result, including n = 0 and predicates that are never or always true.
	probe := func(n int, f func(int) bool) {
		var seen []int
		i := sort.Search(n, func(h int) bool {
			seen = append(seen, h)
			return f(h)
		})
		fmt.Println("Search", n, i, seen)
	}
	probe(0, func(int) bool { return true })
	probe(1, func(int) bool { return false })
	probe(1, func(int) bool { return true })
	probe(100, func(h int) bool { return h >= 37 })
	probe(100, func(h int) bool { return false })
	probe(100, func(h int) bool { return true })
	probe(1<<20, func(h int) bool { return h*3 >= 1000001 })

	find := func(n int, cmp func(int) int) {
		var seen []int
		i, found := sort.Find(n, func(h int) int {
			seen = append(seen, h)
			return cmp(h)
		})
		fmt.Println("Find", n, i, found, seen)
	}
	words := []string{"apple", "banana", "banana", "cherry", "kiwi", "lemon", "mango"}
	for _, w := range []string{"", "apple", "banana", "cat", "kiwi", "mango", "zebra"} {
		find(len(words), func(h int) int { return strings.Compare(w, words[h]) })
	}
	find(0, func(int) int { return 0 })

	ints := []int{-5, 0, 0, 0, 3, 8, 8, 13}
	for _, x := range []int{-10, -5, -1, 0, 1, 8, 9, 13, 20} {
		fmt.Print(sort.SearchInts(ints, x), sort.IntSlice(ints).Search(x), " ")
	}
	fmt.Println()
	floats := []float64{-1.5, 0, 0.25, 0.25, 7}
	for _, x := range []float64{-2, -1.5, 0, 0.1, 0.25, 6.9, 7, 100} {
		fmt.Print(sort.SearchFloat64s(floats, x), sort.Float64Slice(floats).Search(x), " ")
	}
	fmt.Println()
	strs := []string{"", "a", "ab", "abc", "b", "ba"}
	for _, x := range []string{"", "0", "a", "aa", "abd", "b", "c"} {
		fmt.Print(sort.SearchStrings(strs, x), sort.StringSlice(strs).Search(x), " ")
	}
	fmt.Println()

	// IsSorted and friends on sorted, unsorted and tiny inputs.
	fmt.Println(sort.IntsAreSorted(nil), sort.IntsAreSorted([]int{1}), sort.IntsAreSorted([]int{1, 1, 2}),
		sort.IntsAreSorted([]int{2, 1}), sort.StringsAreSorted([]string{"b", "a"}),
		sort.Float64sAreSorted([]float64{1, 2, 2}), sort.IsSorted(byKey(build(10, 3, "sorted"))),
		sort.IsSorted(byKey(build(10, 3, "reversed"))))
	calls := 0
	ok := sort.SliceIsSorted([]int{1, 2, 3, 2, 5}, func(i, j int) bool {
		calls++
		return []int{1, 2, 3, 2, 5}[i] < []int{1, 2, 3, 2, 5}[j]
	})
	fmt.Println(ok, calls > 0)

	// The typed slices sort in place.
	is := sort.IntSlice{5, 2, 8, 2, -1}
	is.Sort()
	ss := sort.StringSlice{"pear", "Apple", "apple", ""}
	ss.Sort()
	fs := sort.Float64Slice{2.5, -1, 2.5, 0}
	fs.Sort()
	fmt.Println(is, ss, fs, is.Len(), ss.Less(0, 1), fs.Less(1, 0))
	is.Swap(0, 4)
	fmt.Println(is)
}
