package main

import "fmt"

// A method expression on an interface type given a nil interface value panics with a nil dereference.

type Stringer interface{ String() string }

func main() {
	f := Stringer.String
	fmt.Println("before")
	var s Stringer
	fmt.Println(f(s))
}
