// The trigonometric functions of package math, bit for bit: edge cases (±0, ±Inf, NaN, subnormals, multiples of
// π/4 and their neighbours, both sides of the 2^29 switch to Payne–Hanek reduction, huge arguments) and random
// inputs. The output is Go 1.19's; gosub must print the same words.
package main

import (
	"fmt"
	"math"
)

func main() {
	g := &inputs{state: 14}
	var quarter []float64
	for k := -16; k <= 16; k++ {
		quarter = append(quarter, float64(k)*math.Pi/4)
	}
	huge := around(0x1p29, 0x1p29-0.5, 1e9, 1e15, 1e22, 0x1p60, 1e100, 1e200, 1e300, 6381956970095103*0x1p797,
		5.319372648326541e+255, 2.6e18, 1.7e308)
	trig := cat(specials, around(quarter...), huge, g.mix(100, -40, 60, -10, 10), g.mix(40, 20, 40, -1e9, 1e9))
	unary("Sin", math.Sin, trig)
	unary("Cos", math.Cos, trig)
	unary("Tan", math.Tan, trig)
	sines := make([]uint64, 0, 2*len(trig))
	for _, x := range trig {
		s, c := math.Sincos(x)
		sines = append(sines, math.Float64bits(s), math.Float64bits(c))
	}
	show("Sincos", sines)

	inverse := cat(specials, around(1, -1, 0.5, -0.5, 0.7, -0.7, 0.66, 0.6875, 2.41421356237309504880, 0.4375,
		1e-8, 0x1p-27), g.mix(100, -60, 0, -1, 1))
	unary("Asin", math.Asin, inverse)
	unary("Acos", math.Acos, inverse)
	unary("Atan", math.Atan, cat(inverse, g.mix(100, -40, 70, -4, 4)))

	ax, ay := pairs(cat(specials[:11], []float64{3, -3, 1e-310, 1e308}))
	for n := 0; n < 150; n++ {
		ax = append(ax, g.raw(), g.wide(-30, 30), g.uniform(-5, 5))
		ay = append(ay, g.raw(), g.wide(-30, 30), g.uniform(-5, 5))
	}
	binary("Atan2", math.Atan2, ax, ay)
}

// inputs makes the arguments of the checks: the same sequence in Go and in gosub (a splitmix64 generator, so
// nothing depends on math/rand), plus hand-picked edge cases.
type inputs struct{ state uint64 }

func (g *inputs) next() uint64 {
	g.state += 0x9e3779b97f4a7c15
	z := g.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// raw is any bit pattern: every exponent, subnormals, infinities and NaNs included.
func (g *inputs) raw() float64 { return math.Float64frombits(g.next()) }

// uniform is a value in [lo, hi).
func (g *inputs) uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*(float64(g.next()>>11)/(1<<53))
}

// wide is ±m·2^e, e uniform in [lo, hi] (normal exponents only): magnitudes spread evenly over the binades.
func (g *inputs) wide(lo, hi int) float64 {
	v := g.next()
	e := uint64(lo + 1023 + int(v%uint64(hi-lo+1)))
	return math.Float64frombits(v&(1<<63) | e<<52 | g.next()>>12)
}

// mix is n inputs of each shape: raw bits, magnitudes over [2^lo, 2^hi], and uniform over [a, b).
func (g *inputs) mix(n, lo, hi int, a, b float64) []float64 {
	var xs []float64
	for i := 0; i < n; i++ {
		xs = append(xs, g.raw(), g.wide(lo, hi), g.uniform(a, b))
	}
	return xs
}

// around adds the neighbours one unit in the last place away to each value.
func around(xs ...float64) []float64 {
	var out []float64
	for _, x := range xs {
		b := math.Float64bits(x)
		out = append(out, math.Float64frombits(b-1), x, math.Float64frombits(b+1))
	}
	return out
}

var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2,
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1022, -0x1p-1022, 0x1.fffffffffffffp-1023,
	math.MaxFloat64, -math.MaxFloat64, math.Pi, -math.Pi, math.E, 1e-300, 1e300, 0x1p-28, 0x1p28, 0x1p53, 0x1p63,
	-1e-300, -0x1p-28, -0x1p28, -0x1p53, -1e300,
	// NaNs with other payloads and signs: which functions pass their argument's NaN on and which make their own
	math.Float64frombits(0x7FF80000DEADBEEF), math.Float64frombits(0xFFF8000000000ABC)}

func cat(lists ...[]float64) []float64 {
	var out []float64
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// show prints a result table as hex words, eight to a line, each line led by the name and the first index.
func show(name string, words []uint64) {
	for i := 0; i < len(words); i += 8 {
		fmt.Printf("%s %d:", name, i)
		for j := i; j < i+8 && j < len(words); j++ {
			fmt.Printf(" %x", words[j])
		}
		fmt.Println()
	}
}

func unary(name string, f func(float64) float64, xs []float64) {
	words := make([]uint64, len(xs))
	for i, x := range xs {
		words[i] = math.Float64bits(f(x))
	}
	show(name, words)
}

func binary(name string, f func(x, y float64) float64, xs, ys []float64) {
	words := make([]uint64, len(xs))
	for i := range xs {
		words[i] = math.Float64bits(f(xs[i], ys[i]))
	}
	show(name, words)
}

// pairs makes every pair of a few values, as two parallel lists.
func pairs(vals []float64) (xs, ys []float64) {
	for _, x := range vals {
		for _, y := range vals {
			xs = append(xs, x)
			ys = append(ys, y)
		}
	}
	return
}
