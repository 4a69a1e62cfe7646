// Exponentials, logarithms, powers and roots of package math, bit for bit: edge cases (±0, ±Inf, NaN,
// subnormals, the overflow and underflow thresholds and their neighbours, values next to 1) and random inputs.
// The output is Go 1.19's; gosub must print the same words.
package main

import (
	"fmt"
	"math"
)

func main() {
	g := &inputs{state: 15}
	exps := cat(specials, around(709.782712893384, 7.09782712893383973096e+02, -7.45133219101941108420e+02,
		-708.39, -745.2, 1023.9999999999999, 1024, -1074, -1022.5, -1075, 0x1p-28, -0x1p-28, 0x1p-54, 1e-300,
		0.5*math.Ln2, -0.5*math.Ln2, 56*math.Ln2, 0.34657359027997264, 1.0397207708399179, -37.42994775023705,
		3, 10, -10, 40, 0.1), g.mix(100, -60, 10, -750, 712))
	unary("Exp", math.Exp, exps)
	unary("Exp2", math.Exp2, cat(exps, g.mix(40, -60, 11, -1080, 1030)))
	unary("Expm1", math.Expm1, cat(exps, g.mix(40, -60, 6, -40, 40)))

	logs := cat(specials, around(1, 2, 0.5, 10, 100, 1e22, math.Sqrt2, math.Sqrt2/2, 0.41421356237309504880,
		-0.29289321881345247, 0x1p-29, -0x1p-29, 0x1p-54, 0x1p53, 0x1p54, math.E, 1-0x1p-53), g.mix(100, -1074, 1023, 0, 4),
		g.mix(30, -60, 0, 0.9, 1.1))
	unary("Log", math.Log, logs)
	unary("Log2", math.Log2, logs)
	unary("Log10", math.Log10, logs)
	unary("Log1p", math.Log1p, cat(logs, around(-1, -0.5, -0.9999999999999999), g.mix(60, -60, 10, -1, 3)))
	unary("Logb", math.Logb, logs)
	ilogb := make([]uint64, len(logs))
	for i, x := range logs {
		ilogb[i] = uint64(math.Ilogb(x))
	}
	show("Ilogb", ilogb)
	unary("Sqrt", math.Sqrt, logs)
	unary("Cbrt", math.Cbrt, cat(logs, around(-8, 27, -1e-310, 2.2250738585072014e-308), g.mix(60, -1074, 1023, -100, 100)))

	pow10 := make([]uint64, 0, 800)
	for n := -340; n <= 340; n++ {
		pow10 = append(pow10, math.Float64bits(math.Pow10(n)))
	}
	for _, n := range []int{math.MinInt64, math.MinInt32, -1000, 1000, math.MaxInt32, math.MaxInt64} {
		pow10 = append(pow10, math.Float64bits(math.Pow10(n)))
	}
	show("Pow10", pow10)

	// Pow: every pair of edge values, then integer, half-integer and fractional exponents of random bases.
	px, py := pairs([]float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2,
		3, -3, 1e-310, 0x1p63, 0x1p64, -0x1p53 - 2, 0x1p53 + 1, 1.5, 0.25, -0.25})
	for i := 0; i < 120; i++ {
		px = append(px, g.raw(), g.wide(-20, 20), g.uniform(-3, 3), g.uniform(0, 2))
		py = append(py, g.raw(), g.uniform(-40, 40), float64(int(g.uniform(-300, 300))), float64(int(g.uniform(-60, 60)))+0.5)
	}
	binary("Pow", math.Pow, px, py)

	hx, hy := pairs(cat(specials[:11], []float64{3, 4, 1e-310, 1e308, -1e308}))
	for n := 0; n < 150; n++ {
		hx = append(hx, g.raw(), g.wide(-600, 600), g.uniform(-5, 5))
		hy = append(hy, g.raw(), g.wide(-600, 600), g.uniform(-5, 5))
	}
	binary("Hypot", math.Hypot, hx, hy)
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
