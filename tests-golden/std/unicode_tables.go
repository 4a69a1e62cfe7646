package main

import (
	"fmt"
	"sort"
	"unicode"
)

// Every table of unicode's maps, summed up: its shape and a checksum of its ranges; then membership over all of
// Unicode for a few tables (unicode_tables_classes.go and unicode_tables_cases.go hold the rest of the tables up
// against the functions they stand for).
func sum(t *unicode.RangeTable) int {
	h := 7
	for _, r := range t.R16 {
		h = (h*1000003 + int(r.Lo)*65537 + int(r.Hi)*257 + int(r.Stride)) % 2147483647
	}
	for _, r := range t.R32 {
		h = (h*1000003 + int(r.Lo)*65537 + int(r.Hi)*257 + int(r.Stride)) % 2147483647
	}
	return h
}

func count(t *unicode.RangeTable) int {
	n := 0
	for r := rune(0); r < unicode.MaxRune+1; r++ {
		if unicode.Is(t, r) {
			n++
		}
	}
	return n
}

func main() {
	groups := []struct {
		name string
		m    map[string]*unicode.RangeTable
	}{
		{"Categories", unicode.Categories},
		{"Scripts", unicode.Scripts},
		{"Properties", unicode.Properties},
		{"FoldCategory", unicode.FoldCategory},
		{"FoldScript", unicode.FoldScript},
	}
	for _, grp := range groups {
		var names []string
		for n := range grp.m {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Println(grp.name, len(names))
		for _, n := range names {
			t := grp.m[n]
			fmt.Println(" ", n, len(t.R16), len(t.R32), t.LatinOffset, sum(t), t.R16 == nil, t.R32 == nil)
		}
	}
	for _, n := range []string{"Han", "Latin", "Greek", "Common", "Inherited"} {
		fmt.Println("Is", n, count(unicode.Scripts[n]))
	}
	for _, t := range []*unicode.RangeTable{unicode.Lu, unicode.Zs, unicode.White_Space, unicode.FoldCategory["Ll"]} {
		fmt.Println("Is", len(t.R16), count(t))
	}
}
