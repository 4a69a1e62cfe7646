// The float-manipulating functions of package math (rounding, sign, Max/Min, Mod, Remainder, Frexp/Ldexp,
// Nextafter, bit conversions, FMA), bit for bit on edge cases and random inputs. The output is Go 1.19's; gosub
// must print the same words.
package main

import (
	"fmt"
	"math"
)

func main() {
	g := &inputs{state: 17}
	var halves []float64
	for k := -12; k <= 12; k++ {
		halves = append(halves, float64(k)*0.5, float64(k)*0.25)
	}
	xs := cat(specials, halves, around(0x1p52, -0x1p52, 0x1p52+0.5, 4503599627370495.5, -4503599627370495.5, 0.49999999999999994,
		0x1p-1, 1.5, 2.5, -2.5, 1e15+0.5), g.mix(80, -1074, 1023, -1e6, 1e6), g.mix(30, -4, 60, -10, 10))
	unary("Abs", math.Abs, xs)
	unary("Floor", math.Floor, xs)
	unary("Ceil", math.Ceil, xs)
	unary("Trunc", math.Trunc, xs)
	unary("Round", math.Round, xs)
	unary("RoundToEven", math.RoundToEven, xs)
	unary("Logb", math.Logb, xs)
	flags := make([]uint64, len(xs))
	for i, x := range xs {
		var f uint64
		for j, b := range []bool{math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1)} {
			if b {
				f |= 1 << j
			}
		}
		flags[i] = f
	}
	show("Signbit,IsNaN,IsInf", flags)
	parts := make([]uint64, 0, 4*len(xs))
	for _, x := range xs {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		parts = append(parts, math.Float64bits(fr), uint64(e), math.Float64bits(ip), math.Float64bits(fp))
	}
	show("Frexp,Modf", parts)
	narrow := make([]uint64, 0, 2*len(xs))
	for _, x := range xs {
		f := float32(x)
		narrow = append(narrow, uint64(math.Float32bits(f)), math.Float64bits(float64(math.Float32frombits(uint32(math.Float64bits(x))))))
	}
	show("Float32bits,Float32frombits", narrow)

	var scales []uint64
	for _, x := range cat(specials, g.mix(20, -1074, 1023, -10, 10)) {
		for _, e := range []int{0, 1, -1, 52, -52, 1023, -1022, -1074, -1075, 1024, 2046, -2098, 2100, -2100, math.MaxInt32, math.MinInt32} {
			scales = append(scales, math.Float64bits(math.Ldexp(x, e)))
		}
	}
	for i := 0; i < 200; i++ {
		scales = append(scales, math.Float64bits(math.Ldexp(g.raw(), int(g.uniform(-2200, 2200)))))
	}
	show("Ldexp", scales)

	// two-argument functions: every pair of edge values, then random pairs of several shapes.
	px, py := pairs(cat(specials[:13], []float64{3, -3, 1e-310, 1e308, -1e308, 0x1p-1070}))
	for i := 0; i < 80; i++ {
		px = append(px, g.raw(), g.wide(-1074, 1023), g.uniform(-100, 100), g.wide(-20, 80))
		py = append(py, g.raw(), g.wide(-1074, 1023), g.uniform(-10, 10), g.wide(-20, 20))
	}
	binary("Copysign", math.Copysign, px, py)
	binary("Dim", math.Dim, px, py)
	binary("Max", math.Max, px, py)
	binary("Min", math.Min, px, py)
	binary("Mod", math.Mod, px, py)
	binary("Remainder", math.Remainder, px, py)
	binary("Nextafter", math.Nextafter, px, py)
	// Mod and Remainder are exact, so Java's % and IEEEremainder must agree with Go's algorithms everywhere: check
	// halfway cases (Remainder rounds them to even), near-multiples and quotients of every size as well.
	var mx, my []float64
	for i := 0; i < 120; i++ {
		y := math.Float64frombits(math.Float64bits(g.wide(-1000, 1000)) &^ 0xfff) // y·(k+½) is exact
		k := float64(g.next() % 1000)
		mx = append(mx, y*(k+0.5), math.Float64frombits(math.Float64bits(y*k)+1), g.wide(-1074, 1023), g.uniform(-1e6, 1e6))
		my = append(my, y, y, g.wide(-1074, 1023), g.uniform(-3, 3))
	}
	binary("Mod (more)", math.Mod, mx, my)
	binary("Remainder (more)", math.Remainder, mx, my)
	next32 := make([]uint64, len(px))
	for i := range px {
		next32[i] = uint64(math.Float32bits(math.Nextafter32(float32(px[i]), float32(py[i]))))
	}
	show("Nextafter32", next32)
	fma := make([]uint64, 0, 400)
	for _, t := range [][3]float64{{0.1, 10, -1}, {1e308, 10, -math.Inf(1)}, {math.Inf(1), 0, 1}, {-0.0, 0, 0}, {0, 0, -0.0},
		{-0.0, 1, -0.0}, {1, 1, math.NaN()}, {1e-308, 1e-10, 0}, {0x1p-1074, 0.5, 0}, {0x1p-1074, 1.5, 0}} {
		fma = append(fma, math.Float64bits(math.FMA(t[0], t[1], t[2])))
	}
	for i := 0; i < 200; i++ {
		fma = append(fma, math.Float64bits(math.FMA(g.wide(-40, 40), g.wide(-40, 40), g.wide(-80, 80))))
		fma = append(fma, math.Float64bits(math.FMA(g.raw(), g.raw(), g.raw())))
	}
	show("FMA", fma)
	show("Inf,NaN", []uint64{math.Float64bits(math.Inf(1)), math.Float64bits(math.Inf(-1)), math.Float64bits(math.Inf(0)),
		math.Float64bits(math.NaN())})
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32,
		math.MaxInt64, math.MinInt64, uint(math.MaxUint), math.MaxUint8, math.MaxUint16, uint32(math.MaxUint32), uint64(math.MaxUint64))
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
