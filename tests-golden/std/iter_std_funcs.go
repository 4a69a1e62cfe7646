// Iterator functions of slices, maps, strings and bytes (Go 1.23/1.24). iter_std_funcs.out was written by hand
// from the packages' documentation, as Go 1.19 cannot run it.

package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Names []string

func main() {
	s := Names{"c", "a", "b"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for v := range slices.Values(s) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(s)))
	a := slices.AppendSeq(Names{"x"}, slices.Values(s))
	fmt.Printf("%T %v\n", a, a)
	fmt.Println(slices.Sorted(slices.Values(s)))
	fmt.Println(slices.SortedFunc(slices.Values(s), func(x, y string) int { return strings.Compare(y, x) }))
	for c := range slices.Chunk(Names{"a", "b", "c", "d", "e"}, 2) {
		fmt.Printf("%T %v %d\n", c, c, cap(c))
	}
	r := slices.Repeat(Names{"a", "b"}, 3)
	fmt.Printf("%T %v\n", r, r)
	m := map[string]int{"two": 2, "one": 1, "three": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	m2 := maps.Collect(maps.All(m))
	fmt.Println(m2)
	m3 := map[int]int{0: 5, 7: 7}
	maps.Insert(m3, slices.All([]int{10, 20}))
	fmt.Println(m3)
	for l := range strings.Lines("a\nbb\n\nccc") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.FieldsSeq("  a b\t c  ") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range bytes.FieldsSeq([]byte("  a b\t c  ")) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("x-y"), []byte("-")) {
		fmt.Printf("%q %d ", p, cap(p))
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("1\n2")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range strings.SplitSeq("héé", "") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	// the sequences walk s by offsets: check them against Split and SplitAfter on a longer text, with an early break
	long := strings.Repeat("ab\xffcd, \nü,,", 200) + "tail"
	var pieces, afters, lines []string
	for p := range strings.SplitSeq(long, ",") {
		pieces = append(pieces, p)
	}
	for p := range strings.SplitAfterSeq(long, ", ") {
		afters = append(afters, p)
	}
	for l := range strings.Lines(long) {
		lines = append(lines, l)
	}
	fmt.Println(slices.Equal(pieces, strings.Split(long, ",")), slices.Equal(afters, strings.SplitAfter(long, ", ")),
		slices.Equal(lines, strings.SplitAfter(long, "\n")), len(pieces), len(afters), len(lines))
	runes := 0
	for p := range strings.SplitSeq(long, "") {
		runes++
		if runes == 4 || runes == 6 {
			fmt.Printf("%q ", p)
		}
	}
	fmt.Println(runes, len(strings.Split(long, "")))
	for p := range strings.SplitSeq("a,b,c", ",") {
		fmt.Printf("%q ", p)
		if p == "b" {
			break
		}
	}
	for l := range strings.Lines("x\ny\n") {
		fmt.Printf("%q ", l)
		break
	}
	fmt.Println()
	for p := range strings.FieldsFuncSeq("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Printf("%q ", p)
		if p == "b" {
			break
		}
	}
	fmt.Println()
	stable := slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(x, y string) int { return len(x) - len(y) })
	fmt.Println(stable)
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{})) == nil)
	for _, bad := range []func(){
		func() { slices.Chunk([]int{1}, 0) },
		func() { slices.Repeat([]int{1}, -1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			bad()
		}()
	}
}
