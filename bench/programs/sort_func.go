// sort_func: the sort package as programs use it: sort.Slice with a closure on ints and on structs by a string
// field, sort.SliceStable, sort.Ints and sort.Strings, on data from a linear congruential generator.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

const SIZE = 300000
const ROUNDS = 3

type entry struct {
	name string
	size int
}

func main() {
	ints := make([]int, SIZE)
	entries := make([]entry, SIZE/3)
	names := make([]string, SIZE/3)
	check := 0
	ok := true
	for r := 0; r < ROUNDS; r++ {
		x := 12345 + r
		next := func() int {
			x = (x*1103515245 + 12345) & 0x7fffffff
			return x
		}
		for i := range ints {
			ints[i] = next() % 10000000
		}
		for i := range entries {
			entries[i] = entry{"f" + strconv.Itoa(next()%100000), next() % 1000}
			names[i] = entries[i].name
		}
		sort.Slice(ints, func(i, j int) bool { return ints[i] < ints[j] })
		sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
		sort.SliceStable(entries, func(i, j int) bool { return entries[i].size < entries[j].size })
		sort.Strings(names)
		ok = ok && sort.IntsAreSorted(ints) && sort.StringsAreSorted(names)
		for i := 1; i < len(entries); i++ {
			if entries[i-1].size > entries[i].size {
				ok = false
			}
		}
		for i := range ints {
			ints[i] = ints[len(ints)-1-i]
		}
		sort.Ints(ints)
		for i := 0; i < len(entries); i += 100 {
			check = (check*31 + ints[i*2] + entries[i].size + len(entries[i].name) + len(names[i])) % 1000000007
		}
	}
	fmt.Printf("sort_func %d x%d: sorted=%v first=%v last=%v checksum=%d\n", SIZE, ROUNDS, ok, entries[0], entries[len(entries)-1], check)
}
