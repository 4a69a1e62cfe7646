package main

import (
	"fmt"
	"strconv"
	"unicode"
)

// One checksum per predicate / mapping over all of Unicode (compared with Go 1.19's Unicode 13 tables).
func main() {
	preds := []func(rune) bool{unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsControl, unicode.IsPrint, unicode.IsGraphic, strconv.IsPrint, strconv.IsGraphic}
	names := []string{"Upper", "Lower", "Title", "Letter", "Digit", "Number", "Space", "Punct", "Symbol", "Mark", "Control", "Print", "Graphic", "strconv.IsPrint", "strconv.IsGraphic"}
	for k, p := range preds {
		h, n := 0, 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if p(r) {
				h = (h*31 + int(r) + 1) % 1000000007
				n++
			}
		}
		fmt.Println(names[k], n, h)
	}
	maps := []func(rune) rune{unicode.ToUpper, unicode.ToLower, unicode.ToTitle, unicode.SimpleFold}
	mn := []string{"ToUpper", "ToLower", "ToTitle", "SimpleFold"}
	for k, f := range maps {
		h := 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			h = (h*31 + int(f(r))) % 1000000007
		}
		fmt.Println(mn[k], h)
	}
	h := 0
	for r := rune(0); r < 0x30000; r += 3 {
		for _, q := range []string{strconv.Quote(string(r)), strconv.QuoteToASCII(string(r)), strconv.QuoteToGraphic(string(r)), strconv.QuoteRune(r)} {
			for i := 0; i < len(q); i++ {
				h = (h*131 + int(q[i])) % 1000000007
			}
		}
	}
	fmt.Println("quote", h)
}
