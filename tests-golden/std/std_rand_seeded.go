package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Int(), rand.Float64(), rand.Int63(), rand.Uint32(), rand.Int31n(10), rand.Perm(5))
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float32(), rand.NormFloat64(), rand.ExpFloat64(), rand.Uint64(), rand.Int63n(1e12))
	a := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	fmt.Println(a)
	rng := rand.New(rand.NewSource(7))
	fmt.Println(rng.Intn(50), rng.Intn(50), rng.Float64(), rng.Perm(6), rng.Int31(), rng.Int())
	b := make([]byte, 5)
	n, err := rng.Read(b)
	fmt.Println(n, err, b)
	z := rand.NewZipf(rng, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64())
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
