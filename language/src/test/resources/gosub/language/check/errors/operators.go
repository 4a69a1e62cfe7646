package main

func main() {
	var i int
	var s string
	var f float64
	var b bool
	_ = i + s    // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = s - s    // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !i       // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -b       // ERROR "invalid operation: operator - not defined on b \(variable of type bool\)"
	_ = i / 0    // ERROR "invalid operation: division by zero"
	_ = f % 2    // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = i << f   // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = i << -1  // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = b && i   // ERROR "invalid operation: b && i \(mismatched types bool and int\)"
}
