package main

type A [-1]int        // ERROR "invalid array length -1 \(untyped int constant\)"
type B [1.5]int       // ERROR "array length 1.5 \(untyped float constant\) must be integer"
type C map[[]int]bool // ERROR "invalid map key type \[\]int"

var n = 3

type D [n]int // ERROR "invalid array length n"

type E struct {
	x int
	x string // ERROR "x redeclared"
}

type F notAType // ERROR "undefined: notAType"

func h() {}

var v h // ERROR "h \(value of type func\(\)\) is not a type"

type G interface {
	m()
	m() // ERROR "duplicate method m"
}

func main() {
	var _ [2]int
	x := 1
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
}
