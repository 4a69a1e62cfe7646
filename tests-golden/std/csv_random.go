package main

// Random inputs (a fixed seed) made of the pieces that matter to the parser; every result is Go's.

import (
	"encoding/csv"
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	rnd := rand.New(rand.NewSource(7))
	pieces := []string{"a", "b", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "#", "☺", "x y", "\xff"}
	for n := 0; n < 1000; n++ {
		var b strings.Builder
		for k := rnd.Intn(14); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		in := b.String()
		r := csv.NewReader(strings.NewReader(in)) // options drawn below
		opts := rnd.Intn(64)
		if opts&1 != 0 {
			r.Comma = ';'
		}
		if opts&2 != 0 {
			r.Comment = '#'
		}
		if opts&4 != 0 {
			r.LazyQuotes = true
		}
		if opts&8 != 0 {
			r.TrimLeadingSpace = true
		}
		if opts&16 != 0 {
			r.FieldsPerRecord = -1
		}
		if opts&32 != 0 {
			r.Comma = '☺'
		}
		fmt.Printf("%d %q %d:", n, in, opts)
		for i := 0; i < 10; i++ {
			rec, err := r.Read()
			fmt.Printf(" %q", rec)
			for f := range rec {
				if err == nil {
					l, c := r.FieldPos(f)
					fmt.Print(" ", l, ".", c)
				}
			}
			fmt.Print(" @", r.InputOffset())
			if err != nil {
				fmt.Print(" ", err)
				if _, ok := err.(*csv.ParseError); !ok {
					break
				}
			}
		}
		fmt.Println()
	}
	for n := 0; n < 200; n++ { // records to write
		var rec []string
		for k := rnd.Intn(5); k > 0; k-- {
			var b strings.Builder
			for j := rnd.Intn(5); j > 0; j-- {
				b.WriteString(pieces[rnd.Intn(len(pieces))])
			}
			rec = append(rec, b.String())
		}
		var out strings.Builder
		w := csv.NewWriter(&out)
		w.UseCRLF = n%2 == 0
		if n%3 == 0 {
			w.Comma = ';'
		}
		w.Write(rec)
		w.Flush()
		fmt.Printf("%q -> %q\n", rec, out.String())
	}
}
