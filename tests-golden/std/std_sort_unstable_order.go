// The exact behaviour of sort.Sort and sort.Slice, which are not stable: for many sizes and input shapes, the order
// equal elements end up in, and how many times Less and Swap were called. Sizes around 12 and 50 cross the
// algorithm's thresholds (insertion sort, ninther pivots, partial insertion sort); McIlroy's adversary comparator
// decides keys while the sort runs; comparators that are not orders (always true, random) take it into its
// heapsort fallback and check that every comparison comes in Go's order.
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

// counted sorts items by key only, counting calls.
type counted struct {
	items       []item
	less, swaps int
}

func (c *counted) Len() int { return len(c.items) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.items[i].key < c.items[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.items[i], c.items[j] = c.items[j], c.items[i]
}

var state uint64 = 88172645463325252

func next() int {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return int(state >> 1)
}

// shapes builds the keys of a case of size n.
var shapes = []struct {
	name string
	key  func(i, n int) int
}{
	{"random", func(i, n int) int { return next() % (n + 1) }},
	{"dups2", func(i, n int) int { return next() % 2 }},
	{"dups5", func(i, n int) int { return next() % 5 }},
	{"dupsSqrt", func(i, n int) int { return next() % (isqrt(n) + 1) }},
	{"equal", func(i, n int) int { return 7 }},
	{"sorted", func(i, n int) int { return i }},
	{"sortedDups", func(i, n int) int { return i / 3 }},
	{"reversed", func(i, n int) int { return n - i }},
	{"reversedDups", func(i, n int) int { return (n - i) / 4 }},
	{"sawtooth", func(i, n int) int { return i % 17 }},
	{"sawtooth4", func(i, n int) int { return i % (n/4 + 1) }},
	{"organPipe", func(i, n int) int {
		if i < n-i {
			return i
		}
		return n - i
	}},
	{"pushFront", func(i, n int) int {
		if i == n-1 {
			return -1
		}
		return i
	}},
	{"fewSwapped", func(i, n int) int {
		if next()%20 == 0 {
			return next() % (n + 1)
		}
		return i
	}},
	{"nearlyReversed", func(i, n int) int {
		if next()%10 == 0 {
			return next() % (n + 1)
		}
		return n - i
	}},
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func hash(items []item) uint64 {
	h := uint64(14695981039346656037)
	for _, it := range items {
		h ^= uint64(it.id)
		h *= 1099511628211
	}
	return h
}

func ids(items []item) []int {
	out := make([]int, len(items))
	for i, it := range items {
		out[i] = it.id
	}
	return out
}

func build(shape int, n int) []item {
	items := make([]item, n)
	for i := range items {
		items[i] = item{shapes[shape].key(i, n), i}
	}
	return items
}

func check(what string, items []item) {
	for i := 1; i < len(items); i++ {
		if items[i].key < items[i-1].key {
			fmt.Println(what, "NOT SORTED at", i)
			return
		}
	}
}

func report(what string, items []item, less, swaps int) {
	check(what, items)
	if len(items) <= 16 {
		fmt.Println(what, less, swaps, ids(items))
	} else {
		fmt.Printf("%s %d %d %x\n", what, less, swaps, hash(items))
	}
}

// adversary is McIlroy's comparator that decides the keys while the sort runs, so that each pivot is as bad as
// possible: all items start as "gas" (unknown, larger than any decided key) and are frozen to the next solid value
// only when two gas items are compared.
type adversary struct {
	at        []int // the item at each position
	val       []int
	solid     int
	candidate int
	less      int
}

func newAdversary(n int) *adversary {
	a := &adversary{at: make([]int, n), val: make([]int, n), candidate: -1}
	for i := range a.at {
		a.at[i] = i
		a.val[i] = n // gas
	}
	return a
}

func (a *adversary) Len() int { return len(a.at) }
func (a *adversary) Swap(i, j int) {
	a.at[i], a.at[j] = a.at[j], a.at[i]
}
func (a *adversary) Less(i, j int) bool {
	a.less++
	gas := len(a.at)
	x, y := a.at[i], a.at[j]
	if a.val[x] == gas && a.val[y] == gas {
		if x == a.candidate {
			a.val[x] = a.solid
		} else {
			a.val[y] = a.solid
		}
		a.solid++
	}
	if a.val[x] == gas {
		a.candidate = x
	} else if a.val[y] == gas {
		a.candidate = y
	}
	return a.val[x] < a.val[y]
}

// byFunc sorts positions by an arbitrary function, counting swaps.
type byFunc struct {
	at    []int
	less  func(i, j int) bool
	swaps *int
}

func (b *byFunc) Len() int           { return len(b.at) }
func (b *byFunc) Less(i, j int) bool { return b.less(i, j) }
func (b *byFunc) Swap(i, j int) {
	*b.swaps++
	b.at[i], b.at[j] = b.at[j], b.at[i]
}

func main() {
	sizes := []int{0, 1, 2, 3, 5, 8, 11, 12, 13, 14, 20, 31, 49, 50, 51, 52, 64, 100, 129, 257, 600, 2000}
	for _, n := range sizes {
		for s := range shapes {
			items := build(s, n)
			c := &counted{items: items}
			sort.Sort(c)
			report(fmt.Sprintf("Sort %s/%d", shapes[s].name, n), items, c.less, c.swaps)
		}
	}

	// sort.Slice calls less with indexes and swaps through reflection: same algorithm, same order.
	for _, n := range []int{13, 50, 51, 300, 1500} {
		for s := range shapes {
			items := build(s, n)
			less := 0
			sort.Slice(items, func(i, j int) bool {
				less++
				return items[i].key < items[j].key
			})
			report(fmt.Sprintf("Slice %s/%d", shapes[s].name, n), items, less, 0)
		}
	}

	// Reverse sorts by descending key, still unstable.
	for _, n := range []int{40, 400} {
		items := build(2, n)
		c := &counted{items: items}
		sort.Sort(sort.Reverse(c))
		fmt.Printf("Reverse dups5/%d %d %d %x %v\n", n, c.less, c.swaps, hash(items), ids(items[:10]))
	}

	for _, n := range []int{20, 64, 200, 1000, 3000} {
		a := newAdversary(n)
		sort.Sort(a)
		h := uint64(0)
		for i, x := range a.at {
			if i > 0 && a.val[x] < a.val[a.at[i-1]] {
				fmt.Println("adversary NOT SORTED at", i)
			}
			h = h*31 + uint64(x)
		}
		fmt.Printf("adversary/%d less=%d order=%x first=%v\n", n, a.less, h, a.at[:8])
	}

	// Comparators that are not orders: the result is still Go's as long as the same comparisons come in the same
	// order. Always-true makes every partition lopsided, which ends in the heapsort fallback; a random answer checks
	// every step of the algorithm.
	for _, n := range []int{13, 49, 50, 200, 1000} {
		a := newAdversary(n)
		a.val = nil
		less, swaps := 0, 0
		sort.Sort(&byFunc{a.at, func(i, j int) bool { less++; return true }, &swaps})
		fmt.Printf("alwaysTrue/%d %d %d %v\n", n, less, swaps, a.at[:10])
		r := newAdversary(n)
		coin := uint32(n)
		sort.Sort(&byFunc{r.at, func(i, j int) bool {
			coin = coin*1664525 + 1013904223
			return coin>>31 == 1
		}, &swaps})
		fmt.Printf("random/%d %d %v\n", n, swaps, r.at[:10])
	}

	// Float64s orders NaNs first; -0 and +0 are equal, so their order shows the algorithm.
	var fs []float64
	for i := 0; i < 200; i++ {
		switch next() % 5 {
		case 0:
			fs = append(fs, 0)
		case 1:
			fs = append(fs, negZero())
		case 2:
			fs = append(fs, nan())
		default:
			fs = append(fs, float64(next()%7))
		}
	}
	sort.Float64s(fs)
	signs := make([]byte, 0, len(fs))
	for _, f := range fs {
		switch {
		case f != f:
			signs = append(signs, 'N')
		case f == 0 && 1/f < 0:
			signs = append(signs, '-')
		case f == 0:
			signs = append(signs, '+')
		default:
			signs = append(signs, byte('0'+f))
		}
	}
	fmt.Println(string(signs), sort.Float64sAreSorted(fs))
}

func negZero() float64 {
	z := 0.0
	return -z
}

func nan() float64 {
	z := 0.0
	return z / z
}
