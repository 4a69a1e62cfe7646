package main

// Random inputs (a fixed seed) made of the pieces that matter to the parser; every result is Go's.

import (
	"fmt"
	"html"
	"math/rand"
	"strings"
)

func main() {
	rnd := rand.New(rand.NewSource(5))
	pieces := []string{"&", "#", "x", "X", ";", "0", "1", "9", "f", "F", "g", "amp", "lt", "copy", "not", "in", "frac34", "middot", "eacute", "Afr", "NotEqualTilde", "a", "<", "\"", "'", "é", "12", "128", "65536", "D800", "ffffffff"}
	for n := 0; n < 1500; n++ {
		var b strings.Builder
		for k := rnd.Intn(8); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		s := b.String()
		fmt.Printf("%q %q %q\n", s, html.UnescapeString(s), html.EscapeString(s))
	}
}
