package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// brokenAfter gives its text, then fails with a read error of its own.
type brokenAfter struct{ text io.Reader }

func (b *brokenAfter) Read(p []byte) (int, error) {
	n, err := b.text.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset")
	}
	return n, err
}

// dribble hands out one byte a call, so that long lines arrive in many pieces.
type dribble struct{ text io.Reader }

func (d *dribble) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return d.text.Read(p)
}

func main() {
	r := csv.NewReader(&brokenAfter{strings.NewReader("a,b\nc,\"d\ne")})
	for i := 0; i < 4; i++ {
		rec, err := r.Read()
		fmt.Printf("%q %v %d\n", rec, err, r.InputOffset())
	}
	r = csv.NewReader(&brokenAfter{strings.NewReader("x,y\nz,w")})
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)

	long := strings.Repeat("abcdefghij", 1000)
	in := long + "," + "\"" + long + "\n" + long + "\"\n" + "end,\"\"\n"
	r = csv.NewReader(&dribble{strings.NewReader(in)})
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println(err, r.InputOffset())
			break
		}
		for i, f := range rec {
			startLine, startCol := r.FieldPos(i)
			fmt.Println(len(f), startLine, startCol, strings.Count(f, "\n"))
		}
	}
}
