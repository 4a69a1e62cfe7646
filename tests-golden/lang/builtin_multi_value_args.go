package main

// A built-in called with one call of several results takes those results as its arguments, in order: copy,
// delete, append, print and println (also deferred), min/max-like helpers through append. The call runs once.

import "fmt"

var calls int

func pair(a []byte) ([]byte, []byte) {
	calls++
	return a, []byte("xyz")
}

func withString(a []byte) ([]byte, string) {
	calls++
	return a, "hi"
}

func entry(m map[string]int) (map[string]int, string) {
	calls++
	return m, "gone"
}

func grow(s []int) ([]int, int, int) {
	calls++
	return s, 4, 5
}

func trio() (int16, float64, string) { return -42, 0.5, "x" }

func main() {
	a := []byte{1, 2, 3, 4}
	n := copy(pair(a))
	fmt.Println(n, a, calls)

	b := make([]byte, 1)
	n = copy(withString(b))
	fmt.Println(n, string(b), calls)

	m := map[string]int{"gone": 1, "kept": 2}
	delete(entry(m))
	fmt.Println(len(m), m["kept"], calls)

	s := append(grow([]int{1, 2, 3}))
	fmt.Println(s, len(s), calls)

	print(trio())
	println(trio())
	defer println(trio())
	fmt.Println("end")
}
