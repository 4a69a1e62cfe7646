package main

type S struct{ a int }
type U struct{ b int }

func main() {
	var i int
	var s string
	var f float64
	_ = string(f)    // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = int(s)       // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = []int(s)     // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = bool(i)      // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = int("7")     // ERROR "cannot convert .7. \(untyped string constant\) to type int"
	_ = (*int)(&f)   // ERROR "cannot convert &f \(value of type \*float64\) to type \*int"
	_ = string(1.5)  // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
}
