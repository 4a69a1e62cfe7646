package main

func main() {
	x := 1
	var i interface{} = x
	switch x {
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to int"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	}
	switch i.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	}
	switch y := x.(type) { // ERROR "y declared but not used" "x \(variable of type int\) is not an interface"
	}
	switch z := i.(type) { // ERROR "z declared but not used"
	}
}
