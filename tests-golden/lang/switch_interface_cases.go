package main

// Switch cases on interfaces: a tagless switch compares an interface case with true, and in a switch on an
// interface constants of different types (1, T(1), 1.0, F(1)) are different cases, not duplicates.

import "fmt"

type T int
type F float64
type S string

func classify(i interface{}) string {
	switch i {
	case nil:
		return "nil"
	case 1:
		return "int 1"
	case T(1):
		return "T 1"
	case F(1.0):
		return "F 1"
	case 1.0:
		return "float64 1"
	case "x":
		return "string x"
	case S("x"):
		return "S x"
	}
	return "other"
}

func main() {
	for _, v := range []interface{}{nil, 1, T(1), F(1), 1.0, "x", S("x"), int8(1)} {
		fmt.Println(classify(v))
	}
	for _, v := range []interface{}{true, false, 1} {
		switch i := v; {
		case i:
			fmt.Println(v, "is true")
		case false:
			fmt.Println(v, "never")
		default:
			fmt.Println(v, "is not true")
		}
	}
}
