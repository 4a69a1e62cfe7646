package main

import "fmt"

// A package name where a type is expected is named as a package, not described as a value (fuzz found it: the
// checker had no type to describe and failed).
var g fmt // ERROR "use of package fmt not in selector"

// min and max of untyped constants: a string and a number do not mix.
const big = max(0, "b") // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of .b.\)"

func main() {
	_ = g
	_ = big
	fmt.Println(min("a", "b"), max(1, 2.5))
}
