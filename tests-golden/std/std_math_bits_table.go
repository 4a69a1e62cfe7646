// Every function of math/bits on edge values (0, 1, single bits, all ones, the top bit) and random words of every
// length, the divisions' panics included. The output is Go 1.19's; gosub must print the same words.
package main

import (
	"fmt"
	"math/bits"
)

// words makes the same inputs in Go and in gosub (a splitmix64 generator, so nothing depends on math/rand).
type words struct{ state uint64 }

func (g *words) next() uint64 {
	g.state += 0x9e3779b97f4a7c15
	z := g.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// short is a random word of a random length, so that every result of Len and LeadingZeros occurs.
func (g *words) short() uint64 { return g.next() >> (g.next() % 64) }

func show(name string, ws []uint64) {
	for i := 0; i < len(ws); i += 8 {
		fmt.Printf("%s %d:", name, i)
		for j := i; j < i+8 && j < len(ws); j++ {
			fmt.Printf(" %x", ws[j])
		}
		fmt.Println()
	}
}

// try runs f and gives the text of its panic, if any.
func try(f func()) (msg string) {
	defer func() {
		if caught := recover(); caught != nil {
			msg = fmt.Sprint(caught)
		}
	}()
	f()
	return ""
}

func main() {
	g := &words{state: 64}
	xs := []uint64{0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000,
		0xffffffff, 0x100000000, 1<<63 - 1, 1 << 63, 1<<64 - 1, 0x0123456789abcdef, 0xfedcba9876543210, 0x5555555555555555}
	for i := 0; i < 12; i++ {
		xs = append(xs, g.next()|1<<63)
	}
	for n := 0; n < 150; n++ {
		xs = append(xs, g.short())
	}
	var counts, shapes []uint64
	for _, x := range xs {
		results := []int{bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)),
			bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x), bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)),
			bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x), bits.OnesCount(uint(x)),
			bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x),
			bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x)}
		for _, n := range results {
			counts = append(counts, uint64(n))
		}
		shapes = append(shapes, uint64(bits.Reverse(uint(x))), uint64(bits.Reverse8(uint8(x))), uint64(bits.Reverse16(uint16(x))),
			uint64(bits.Reverse32(uint32(x))), bits.Reverse64(x), uint64(bits.ReverseBytes(uint(x))),
			uint64(bits.ReverseBytes16(uint16(x))), uint64(bits.ReverseBytes32(uint32(x))), bits.ReverseBytes64(x))
	}
	show("counts", counts)
	show("reverse", shapes)

	var rotations []uint64
	for i, x := range xs[:40] {
		for _, k := range []int{0, 1, -1, 7, -9, 17, -33, 63, 64, 65, -1000, i, -i} {
			rotations = append(rotations, uint64(bits.RotateLeft(uint(x), k)), uint64(bits.RotateLeft8(uint8(x), k)),
				uint64(bits.RotateLeft16(uint16(x), k)), uint64(bits.RotateLeft32(uint32(x), k)), bits.RotateLeft64(x, k))
		}
	}
	show("rotate", rotations)

	var arith []uint64
	edges := []uint64{0, 1, 2, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1}
	var as, bs []uint64
	for _, a := range edges {
		for _, b := range edges {
			as, bs = append(as, a), append(bs, b)
		}
	}
	for i := 0; i < 80; i++ {
		as, bs = append(as, g.next(), g.short()), append(bs, g.next(), g.short())
	}
	for i := range as {
		a, b := as[i], bs[i]
		c := uint64(i & 1)
		s, co := bits.Add64(a, b, c)
		d, bo := bits.Sub64(a, b, c)
		high, low := bits.Mul64(a, b)
		s32, co32 := bits.Add32(uint32(a), uint32(b), uint32(c))
		d32, bo32 := bits.Sub32(uint32(a), uint32(b), uint32(c))
		hi32, lo32 := bits.Mul32(uint32(a), uint32(b))
		su, cu := bits.Add(uint(a), uint(b), uint(c))
		du, bu := bits.Sub(uint(a), uint(b), uint(c))
		hu, lu := bits.Mul(uint(a), uint(b))
		arith = append(arith, s, co, d, bo, high, low, uint64(s32), uint64(co32), uint64(d32), uint64(bo32), uint64(hi32),
			uint64(lo32), uint64(su), uint64(cu), uint64(du), uint64(bu), uint64(hu), uint64(lu))
	}
	show("add/sub/mul", arith)

	// Div and Rem: a quotient that fits (hi < y), then the panics of a zero divisor and of an overflowing quotient.
	var divs []uint64
	for i := range as {
		y := bs[i]
		if y == 0 {
			y = as[i] | 1
		}
		hi := as[(i+1)%len(as)] % y
		lo := as[i] ^ bs[(i+3)%len(bs)]
		q, r := bits.Div64(hi, lo, y)
		q32, r32 := bits.Div32(uint32(hi)%uint32(y|1), uint32(lo), uint32(y|1))
		qu, ru := bits.Div(uint(hi), uint(lo), uint(y))
		divs = append(divs, q, r, bits.Rem64(as[i], lo, y), uint64(q32), uint64(r32), uint64(bits.Rem32(uint32(as[i]), uint32(lo), uint32(y|1))),
			uint64(qu), uint64(ru), uint64(bits.Rem(uint(as[i]), uint(lo), uint(y))))
	}
	show("div/rem", divs)
	fmt.Println(try(func() { bits.Div64(0, 1, 0) }), "|", try(func() { bits.Div64(5, 1, 5) }), "|", try(func() { bits.Div32(1, 1, 0) }),
		"|", try(func() { bits.Div32(7, 1, 3) }), "|", try(func() { bits.Div(1, 1, 0) }), "|", try(func() { bits.Div(9, 0, 9) }),
		"|", try(func() { bits.Rem64(1, 1, 0) }), "|", try(func() { bits.Rem32(1, 1, 0) }), "|", try(func() { bits.Rem(9, 9, 0) }))
	fmt.Println(bits.UintSize)
}
