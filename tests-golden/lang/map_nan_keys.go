package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	m[1.5] = 4
	m[1.5] = 5
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Println(v, ok)
	delete(m, nan)
	fmt.Println(len(m))
	var vals []int
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(nans, vals)

	// in an interface-keyed map as well
	im := map[interface{}]string{}
	im[nan] = "a"
	im[nan] = "b"
	im[float32(1)] = "c"
	fmt.Println(len(im))

	// -0.0 and 0.0 stay one key
	z := map[float64]bool{}
	z[0.0] = true
	z[math.Copysign(0, -1)] = false
	fmt.Println(len(z), z[0])

	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
}
