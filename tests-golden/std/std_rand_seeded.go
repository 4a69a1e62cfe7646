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
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(50), r.Intn(50), r.Float64(), r.Perm(6), r.Int31(), r.Int())
	b := make([]byte, 5)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	z := rand.NewZipf(r, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64())
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
