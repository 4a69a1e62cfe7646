package main

// Complex case constants that differ only in their imaginary parts are different cases (and map keys).

import "fmt"

func name(c complex128) string {
	switch c {
	case 1i:
		return "i"
	case 2i:
		return "2i"
	case 1 + 1i:
		return "1+i"
	case 1:
		return "one"
	}
	return "other"
}

func main() {
	for _, c := range []complex128{1i, 2i, 1 + 1i, 1, 3} {
		fmt.Println(c, name(c))
	}
	m := map[complex128]string{1i: "a", 2i: "b", 1 + 2i: "c"}
	fmt.Println(len(m), m[2i])
}
