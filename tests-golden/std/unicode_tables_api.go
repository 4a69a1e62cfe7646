package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	u "unicode"
)

// The table API: Is over tables a program makes (strides, both halves, searched from the start or by halving),
// In and IsOneOf, one table behind several names, changes seen through every name, SpecialCase, printing.
func span(lo, hi rune) string {
	s := ""
	for r := lo; r <= hi; r++ {
		if unicode.Is(made, r) {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

var made = &unicode.RangeTable{
	R16: []unicode.Range16{{0x41, 0x4a, 3}, {0x61, 0x63, 1}, {0x100, 0x110, 4}},
	R32: []unicode.Range32{{0x10000, 0x10008, 2}, {0x10ffff, 0x10ffff, 1}},
}

func main() {
	fmt.Println(span(0x3f, 0x4b), span(0x60, 0x64), span(0xfe, 0x112), span(0xfffe, 0x10009))
	fmt.Println(unicode.Is(made, -1), unicode.Is(made, 0x10ffff), unicode.Is(made, 0x110000), unicode.Is(made, 0x11000a))
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'), unicode.In('a'), unicode.IsOneOf(nil, 'a'))

	// more than 18 ranges: halving, which an unsorted table fools
	var big unicode.RangeTable
	for i := 0; i < 30; i++ {
		big.R16 = append(big.R16, unicode.Range16{uint16(0x400 + 16*i), uint16(0x400 + 16*i + 4), 2})
	}
	n := 0
	for r := rune(0x3f0); r < 0x600; r++ {
		if unicode.Is(&big, r) {
			n++
		}
	}
	big.R16[14], big.R16[20] = big.R16[20], big.R16[14]
	fmt.Println(n, unicode.Is(&big, 0x400+16*14), unicode.Is(&big, 0x400+16*20), unicode.Is(&big, 0x402))
	small := &unicode.RangeTable{R16: []unicode.Range16{{0x50, 0x60, 1}, {0x20, 0x30, 1}}}
	fmt.Println(unicode.Is(small, 0x25), unicode.Is(small, 0x55))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{0x41, 0x50, 0}}}, 'C'))
	}()

	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж', unicode.Latin, unicode.Greek),
		unicode.IsOneOf(unicode.GraphicRanges, ' '), unicode.IsOneOf(unicode.PrintRanges, ' '),
		unicode.IsOneOf(unicode.PrintRanges, '\u00a0'), u.In('世', u.Han), u.Is(u.Hiragana, 'ひ'), u.Is(u.White_Space, '\u2028'))
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Categories["Nd"] == unicode.Digit,
		unicode.Scripts["Han"] == unicode.Han, unicode.Properties["Dash"] == unicode.Dash, u.Han == unicode.Han,
		unicode.GraphicRanges[5] == unicode.Zs, unicode.PrintRanges[4] == unicode.Symbol, unicode.Other == unicode.C,
		unicode.Space == unicode.Z, unicode.FoldCategory["Lu"] == unicode.FoldCategory["Lu"], unicode.FoldScript["Latin"])
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.Version, unicode.UpperLower, unicode.MaxCase)

	// one table behind every name: a change made through one is seen through the others
	unicode.Greek = unicode.Latin
	fmt.Println(unicode.Scripts["Greek"] == unicode.Latin, unicode.Is(unicode.Scripts["Greek"], 'λ'), unicode.Is(unicode.Greek, 'λ'))
	unicode.Scripts["Runic"].R16[0].Lo = 'A'
	fmt.Println(unicode.Runic.R16[0], unicode.Is(unicode.Runic, 'B'), u.Runic.R16[0].Lo)
	old := unicode.Title.R16
	unicode.Lt.R16 = nil
	fmt.Println(unicode.Is(unicode.Title, 'ǅ'), len(unicode.Categories["Lt"].R16))
	unicode.Title.R16 = old

	// special cases
	tr := unicode.TurkishCase
	for _, r := range "iIıİaZ" {
		fmt.Print(string(tr.ToUpper(r)), string(tr.ToLower(r)), string(tr.ToTitle(r)), " ")
	}
	fmt.Println(&unicode.AzeriCase[0] == &unicode.TurkishCase[0], len(unicode.AzeriCase))
	alt := unicode.SpecialCase{{0x100, 0x10f, [3]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}, {'x', 'x', [3]rune{1, 2, 3}}}
	for _, r := range []rune{0x100, 0x101, 0x10e, 0x10f, 0x110, 'x', 'q'} {
		fmt.Printf("%x/%x/%x ", alt.ToUpper(r), alt.ToLower(r), alt.ToTitle(r))
	}
	fmt.Println()
	var none unicode.SpecialCase
	fmt.Println(string(none.ToUpper('ß')), string(none.ToLower('Σ')), string(none.ToTitle('ǆ')))
	fmt.Println(strings.ToUpperSpecial(tr, "istanbul ıi"), strings.ToLowerSpecial(tr, "İSTANBUL I"), strings.ToTitleSpecial(tr, "iz\xffz"))
	fmt.Printf("%q %q %q\n", bytes.ToUpperSpecial(tr, []byte("diyarbakır")), bytes.ToLowerSpecial(unicode.AzeriCase, []byte("BAKI")), bytes.ToTitleSpecial(tr, nil))

	// printing
	fmt.Printf("%v\n%+v\n%#v\n", unicode.Zl, *unicode.Zp, unicode.Range32{0x10000, 0x10010, 2})
	fmt.Printf("%T %T %T %T %v\n", unicode.TurkishCase, unicode.CaseRanges, unicode.Scripts, unicode.Han.R16[0], unicode.CaseRanges[7])
	fmt.Printf("%+v %#v\n", unicode.TurkishCase[0], unicode.CaseRange{1, 2, [3]rune{3, 4, 5}})
}
