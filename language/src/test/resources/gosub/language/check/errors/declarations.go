package main

const c1 int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in constant declaration"
const c2 = f()     // ERROR "f\(\) \(value of type int\) is not constant"

var v1, v2 = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
var v3 = 1, 2  // ERROR "extra init expr"

const (
	k1 = iota
	k2, k3 // ERROR "missing init expr for k3"
)

type R struct { // ERROR "invalid recursive type R"
	r R
}

var n = nil // ERROR "use of untyped nil in variable declaration"

func f() int { return 1 }

func main() {
	var unused int // ERROR "unused declared but not used"
	const local = 1
	var ok = 2
	_ = ok
	var z int = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in variable declaration"
	_ = z
}
