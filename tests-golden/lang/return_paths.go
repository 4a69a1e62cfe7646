// Returns of a lone number or boolean from every kind of statement: if, loops,
// switch, select, goto, labelled loops, named results
// with and without deferred calls, and a recovered panic.
package main

import "fmt"

func sign(x int) int {
	if x < 0 {
		return -1
	} else if x == 0 {
		return 0
	}
	return 1
}

func firstOver(xs []float64, limit float64) float64 {
	for _, x := range xs {
		if x > limit {
			return x
		}
	}
	return -1
}

func found(m map[string]int, k string) bool {
	for key := range m {
		if key == k {
			return true
		}
	}
	return false
}

func kind(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return 1
	case 'a' <= r && 'z' >= r:
		return 2
	}
	return 3
}

func countdown(n int) (steps int) {
loop:
	if n > 0 {
		n--
		steps++
		goto loop
	}
	return
}

func grid(limit int) int {
outer:
	for i := 0; ; i++ {
		for j := 0; j < 10; j++ {
			if i*j > limit {
				break outer
			}
			if i+j == limit {
				return i*100 + j
			}
		}
	}
	return -7
}

func doubled(v float64) (r float64) {
	defer func() { r *= 2 }()
	return v + 0.5
}

func unnamedWithDefer(v int) int {
	x := v
	defer func() { x = 0 }()
	return x * 3
}

func recovered(v int) (n uint8) {
	defer func() {
		if recover() != nil {
			n = 200
		}
	}()
	if v > 1 {
		panic("big")
	}
	return uint8(v + 1)
}

func recoveredUnnamed(v int) int {
	defer func() { _ = recover() }()
	if v > 1 {
		panic("big")
	}
	return v + 1
}

func fromSelect(c chan int) int {
	select {
	case v := <-c:
		return v * 2
	default:
		return -2
	}
}

func nested(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			total += i ^ j
			if total > 1000 {
				return total
			}
		}
	}
	return total
}

func tail(n int) bool {
	if n == 0 {
		return true
	}
	return !tail(n - 1)
}

func main() {
	fmt.Println(sign(-5), sign(0), sign(9))
	fmt.Println(firstOver([]float64{1, 2.5, 7.25}, 2), firstOver(nil, 0))
	fmt.Println(found(map[string]int{"a": 1}, "a"), found(nil, "b"))
	fmt.Println(kind('7'), kind('q'), kind('!'))
	fmt.Println(countdown(5))
	fmt.Println(grid(5), grid(0))
	fmt.Println(doubled(1.25), unnamedWithDefer(4))
	fmt.Println(recovered(1), recovered(5), recoveredUnnamed(1), recoveredUnnamed(5))
	c := make(chan int, 1)
	c <- 21
	fmt.Println(fromSelect(c), fromSelect(c))
	fmt.Println(nested(3), nested(100))
	fmt.Println(tail(10), tail(7))
	f := sign
	var g func(float64) float64 = doubled
	fmt.Println(f(-3), g(0.25))
	// many calls, so that the compiler sees them too
	acc := 0
	for i := -50000; i < 50000; i++ {
		acc += sign(i) + kind(rune('0'+i%80)) + unnamedWithDefer(i%3)
		if tail((i + 50000) % 5) {
			acc++
		}
	}
	fmt.Println(acc)
}
