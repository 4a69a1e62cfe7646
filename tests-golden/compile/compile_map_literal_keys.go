package main

// Constant keys that repeat in a map literal: equal values are one key (1 and 1.0 for float64), and with an
// interface key type a key is its value and its type (1, "1" and int8(1) differ).

func main() {
	_ = map[float64]int{1: 1, 1.0: 2, 2.5: 3, 2.50: 4}
	_ = map[interface{}]int{1: 1, "1": 2, int8(1): 3, 1: 4}
	_ = map[bool]int{true: 1, false: 2, true: 3}
	_ = map[complex128]int{1i: 1, 1i: 2}
	_ = map[string]int{"a\n": 1, "a\n": 2}
	_ = [2]int{1, 2, 3}
	_ = []string{3: "x", 3: "y"}
}
