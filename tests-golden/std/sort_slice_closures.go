// sort.Slice as programs call it: one call site handed many different closures (and method values), sorts running
// in several goroutines at once, a less that panics midway (the slice keeps the swaps made so far), the panics for
// what is not a slice or a nil less; and the package's own slice types, Float64s's order of NaNs and zeros, and
// sort.Stable's calls of a user's Swap.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type word struct {
	text  string
	count int
}

type byLen []string

func (b byLen) less(i, j int) bool { return len(b[i]) < len(b[j]) }

// sortWords is the one call site every ordering below goes through.
func sortWords(ws []word, less func(a, b word) bool) {
	sort.Slice(ws, func(i, j int) bool { return less(ws[i], ws[j]) })
}

// sortAny is one call site handed a different closure each time, directly.
func sortAny(x interface{}, less func(i, j int) bool) {
	sort.Slice(x, less)
}

func words() []word {
	text := "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs over the hill and far away"
	counts := map[string]int{}
	var ws []word
	for _, t := range strings.Fields(text) {
		if counts[t] == 0 {
			ws = append(ws, word{t, 0})
		}
		counts[t]++
	}
	for i := range ws {
		ws[i].count = counts[ws[i].text]
	}
	return ws
}

func tryRecover(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

// counting is a sort.Interface that counts its calls.
type counting struct {
	xs          []int
	less, swaps int
}

func (c *counting) Len() int           { return len(c.xs) }
func (c *counting) Less(i, j int) bool { c.less++; return c.xs[i]/10 < c.xs[j]/10 }
func (c *counting) Swap(i, j int)      { c.swaps++; c.xs[i], c.xs[j] = c.xs[j], c.xs[i] }

func main() {
	orders := []struct {
		name string
		less func(a, b word) bool
	}{
		{"count", func(a, b word) bool { return a.count < b.count }},
		{"text", func(a, b word) bool { return a.text < b.text }},
		{"length", func(a, b word) bool { return len(a.text) < len(b.text) }},
		{"last letter", func(a, b word) bool { return a.text[len(a.text)-1] < b.text[len(b.text)-1] }},
		{"count desc", func(a, b word) bool { return a.count > b.count }},
	}
	for round := 0; round < 3; round++ {
		for _, o := range orders {
			ws := words()
			sortWords(ws, o.less)
			if round == 2 {
				fmt.Println(o.name, ws)
			}
		}
	}

	// five closure literals and a method value through one sort.Slice call site
	xs := []string{"pear", "fig", "banana", "kiwi", "apple", "plum", "date", "cherry"}
	sortAny(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(xs)
	sortAny(xs, func(i, j int) bool { return xs[i] > xs[j] })
	fmt.Println(xs)
	sortAny(xs, func(i, j int) bool { return len(xs[i]) < len(xs[j]) })
	fmt.Println(xs)
	sortAny(xs, func(i, j int) bool { return xs[i][1] < xs[j][1] })
	fmt.Println(xs)
	sortAny(xs, byLen(xs).less)
	fmt.Println(xs)
	ns := []int{5, 2, 8, 1, 9, 3}
	sortAny(ns, func(i, j int) bool { return ns[i] < ns[j] })
	fmt.Println(ns)

	// sorts in goroutines at once, at one call site
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func(g int) {
			v := make([]int, 2000)
			for i := range v {
				v[i] = (i*7919 + g*104729) % 1009
			}
			sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
			done <- fmt.Sprint(g, sort.IntsAreSorted(v), v[0], v[1000], v[1999])
		}(g)
	}
	results := make([]string, 4)
	for g := 0; g < 4; g++ {
		results[g] = <-done
	}
	sort.Strings(results)
	fmt.Println(results)

	// a less that panics on its 40th call: the swaps made before it stay
	vals := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 19, 13, 17, 11, 18, 12, 16, 14, 15, 10}
	calls := 0
	tryRecover("panicking less", func() {
		sort.Slice(vals, func(i, j int) bool {
			calls++
			if calls == 40 {
				panic(fmt.Sprint("stop at ", i, " ", j))
			}
			return vals[i] < vals[j]
		})
	})
	fmt.Println(vals)
	tryRecover("not a slice", func() { sort.Slice(42, func(i, j int) bool { return false }) })
	tryRecover("nil interface", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	tryRecover("stable, not a slice", func() { sort.SliceStable("abc", func(i, j int) bool { return false }) })
	tryRecover("nil less", func() { sort.Slice([]int{2, 1}, nil) })
	tryRecover("nil less, one element", func() { sort.Slice([]int{1}, nil) })
	var nilSlice []int
	sort.Slice(nilSlice, func(i, j int) bool { return nilSlice[i] < nilSlice[j] })
	fmt.Println("nil slice", nilSlice == nil)

	// Float64s: NaNs first, and -0 and +0 (equal to the order) where Go's algorithm leaves them
	fs := []float64{3, math.NaN(), 0, -1, math.Copysign(0, -1), math.Inf(1), 0, math.NaN(), math.Inf(-1), math.Copysign(0, -1), 2.5, 0}
	for i := 0; i < 40; i++ {
		fs = append(fs, float64(i%5)-2, math.Copysign(0, float64(i%3)-1))
	}
	sort.Float64s(fs)
	fmt.Println(fs[:16], sort.Float64sAreSorted(fs))
	fmt.Println(fs[40:])

	// the package's slice types, forwards and reversed
	is := []int{5, -2, 8, 5, 0, -2, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is)
	sort.IntSlice(is).Sort()
	fmt.Println(is, sort.SearchInts(is, 5))
	ss := []string{"b", "a", "c", "a", "B"}
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss)
	sort.Sort(sort.StringSlice(ss))
	fmt.Println(ss)
	fz := []float64{0, math.Copysign(0, -1), 1, math.NaN(), 0, math.Copysign(0, -1), -1}
	sort.Sort(sort.Reverse(sort.Float64Slice(fz)))
	fmt.Println(fz)
	sort.Sort(sort.Float64Slice(fz))
	fmt.Println(fz)

	// sort.Stable through a user's Swap: the same calls as Go's
	c := &counting{}
	for i := 0; i < 500; i++ {
		c.xs = append(c.xs, (i*37)%101)
	}
	sort.Stable(c)
	fmt.Println("stable", c.less, c.swaps, c.xs[:12])
}
