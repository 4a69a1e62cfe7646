package main

import (
	"fmt"
	"unicode"
)

// The case functions map as CaseRanges says, over all of Unicode (a SpecialCase of all of CaseRanges maps every
// code point through the table); and CaseRanges and TurkishCase themselves, summed up.
func main() {
	// the case functions map as CaseRanges says
	all := unicode.SpecialCase(unicode.CaseRanges)
	cases := []struct {
		name    string
		f, viaT func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper, all.ToUpper},
		{"ToLower", unicode.ToLower, all.ToLower},
		{"ToTitle", unicode.ToTitle, all.ToTitle},
	}
	for _, c := range cases {
		same, h := 0, 0
		for r := rune(0); r < unicode.MaxRune+1; r++ {
			m := c.viaT(r)
			if m == c.f(r) {
				same++
			}
			h = (h*31 + int(m)) % 1000000007
		}
		fmt.Println(c.name, same, h)
	}
	h := 0
	for _, c := range unicode.CaseRanges {
		h = (h*1000003 + int(c.Lo)*65537 + int(c.Hi)) % 2147483647
		for _, d := range c.Delta {
			h = (h*31 + int(d) + 2000000) % 2147483647
		}
	}
	fmt.Println("CaseRanges", len(unicode.CaseRanges), h, unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	fmt.Println("TurkishCase", unicode.TurkishCase, len(unicode.AzeriCase))
}
