// math/rand gives Go 1.19's numbers: every method for several seeds (including seeds that wrap around the seeding
// modulus and the zero seed), bounded methods at their edges, Read's carry-over of unused bytes, sources that are
// not Source64, Zipf, and the panics for bad arguments.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

// counter is a Source without Uint64, so Rand must build 64-bit values from two Int63 calls.
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n = c.n*6364136223846793005 + 1442695040888963407
	return int64(uint64(c.n) >> 1)
}
func (c *counter) Seed(seed int64) { c.n = seed }

func every(r *rand.Rand) {
	fmt.Println(" Int63", r.Int63(), r.Int63(), r.Int63())
	fmt.Println(" Uint32", r.Uint32(), r.Uint32())
	fmt.Println(" Uint64", r.Uint64(), r.Uint64())
	fmt.Println(" Int31", r.Int31(), r.Int31())
	fmt.Println(" Int", r.Int(), r.Int())
	fmt.Println(" Int63n", r.Int63n(1), r.Int63n(2), r.Int63n(1000), r.Int63n(1<<40), r.Int63n(1<<62+1),
		r.Int63n(math.MaxInt64), r.Int63n(3))
	fmt.Println(" Int31n", r.Int31n(1), r.Int31n(2), r.Int31n(1000), r.Int31n(1<<30), r.Int31n(1<<30+1),
		r.Int31n(math.MaxInt32), r.Int31n(7))
	fmt.Println(" Intn", r.Intn(1), r.Intn(10), r.Intn(math.MaxInt32), r.Intn(math.MaxInt32+1), r.Intn(1<<40),
		r.Intn(math.MaxInt64), r.Intn(6))
	fmt.Println(" Float64", r.Float64(), r.Float64(), r.Float64())
	fmt.Println(" Float32", r.Float32(), r.Float32(), r.Float32())
	fmt.Println(" Perm", r.Perm(0), r.Perm(1), r.Perm(2), r.Perm(10))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	r.Shuffle(0, func(i, j int) { panic("no swaps for n = 0") })
	r.Shuffle(1, func(i, j int) { panic("no swaps for n = 1") })
	fmt.Println(" Shuffle", s)
	fmt.Print(" NormFloat64")
	for i := 0; i < 8; i++ {
		fmt.Print(" ", r.NormFloat64())
	}
	fmt.Print("\n ExpFloat64")
	for i := 0; i < 8; i++ {
		fmt.Print(" ", r.ExpFloat64())
	}
	fmt.Println()
	b := make([]byte, 10)
	n, err := r.Read(b[:3])
	fmt.Println(" Read", n, err, b[:3])
	n, err = r.Read(b)
	fmt.Println(" Read", n, err, b)
	fmt.Println(" Int63 between reads", r.Int63())
	n, _ = r.Read(b[:5])
	fmt.Println(" Read", n, b[:5])
}

// sums draws many values of each kind, so that the rare paths (the ziggurat's tails and wedges, rejections in the
// bounded methods) are taken, and prints a digest of them.
func sums(r *rand.Rand) {
	var norm, exp, f64 float64
	var bits uint64
	for i := 0; i < 20000; i++ {
		norm += r.NormFloat64()
		exp += r.ExpFloat64()
		f64 += r.Float64()
		bits = bits*31 + uint64(r.Int31n(1<<30+12345)) + uint64(r.Int63n(1<<62+999)) + uint64(r.Intn(3))
	}
	fmt.Println(" sums", norm, exp, f64, bits)
}

func main() {
	for _, seed := range []int64{1, 0, -1, 42, math.MaxInt32, math.MaxInt32 + 1, 2*math.MaxInt32 + 5, -1 << 40,
		math.MinInt64, math.MaxInt64} {
		fmt.Println("seed", seed)
		every(rand.New(rand.NewSource(seed)))
	}
	for _, seed := range []int64{3, 1 << 33} {
		fmt.Println("many", seed)
		sums(rand.New(rand.NewSource(seed)))
	}

	// Reseeding restarts the sequence and forgets bytes left over from Read.
	r := rand.New(rand.NewSource(5))
	b := make([]byte, 2)
	r.Read(b)
	r.Seed(5)
	first := r.Int63()
	r.Read(b)
	fmt.Println("reseed", first, b)
	src := rand.NewSource(9)
	src.Seed(9)
	fmt.Println("source", src.Int63(), src.(rand.Source64).Uint64())

	// A source without Uint64.
	fmt.Println("counter")
	every(rand.New(&counter{7}))

	// The top-level functions start from seed 1, as in Go 1.19.
	fmt.Println("global", rand.Int63(), rand.Intn(100), rand.Float64(), rand.Uint64(), rand.Perm(4))
	gb := make([]byte, 9)
	rand.Read(gb)
	fmt.Println("global read", gb, rand.Int31n(1000), rand.NormFloat64(), rand.ExpFloat64())
	rand.Seed(1234)
	fmt.Println("global reseeded", rand.Int(), rand.Int31(), rand.Uint32(), rand.Int63n(77), rand.Float32())

	// Zipf: parameters out of range give nil; otherwise a sequence of draws.
	zr := rand.New(rand.NewSource(11))
	fmt.Println("zipf nil", rand.NewZipf(zr, 1, 1, 10) == nil, rand.NewZipf(zr, 2, 0.5, 10) == nil)
	for _, p := range []struct{ s, v float64 }{{1.01, 1}, {1.5, 2}, {2, 1}, {3.7, 10}, {1.1, 100}} {
		for _, imax := range []uint64{0, 1, 10, 1 << 20} {
			z := rand.NewZipf(zr, p.s, p.v, imax)
			fmt.Print("zipf ", p.s, " ", p.v, " ", imax, ":")
			for i := 0; i < 12; i++ {
				fmt.Print(" ", z.Uint64())
			}
			fmt.Println()
		}
	}

	for _, bad := range []func(){
		func() { rand.Intn(0) },
		func() { rand.Int63n(-5) },
		func() { zr.Int31n(0) },
		func() { zr.Shuffle(-1, func(i, j int) {}) },
		func() { var z *rand.Zipf; z.Uint64() },
		func() { zr.Perm(-1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			bad()
		}()
	}
}
