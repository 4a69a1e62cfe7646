// Every panic of a chain is reported, oldest first, each as Go's printpanicval shows its value: Error() or
// String() when it has one, a predeclared basic type as print shows it, a defined basic type inside its name, and
// any other type as its name and an address.
package main

import "errors"

type B bool
type I8 int8
type U uint16
type F32 float32
type F float64
type C64 complex64
type S string
type T struct{ a int }
type St int

func (s St) String() string { return "stringer" }

func main() {
	defer func() { panic(T{1}) }()
	defer func() { panic([]int{1}) }()
	defer func() { panic(&T{2}) }()
	defer func() { panic(map[int]int{}) }()
	defer func() { panic(S("s")) }()
	defer func() { panic(C64(1 + 2i)) }()
	defer func() { panic(complex(float32(3), 4)) }()
	defer func() { panic(1.5 + 2.25i) }()
	defer func() { panic(F(-2.5)) }()
	defer func() { panic(F32(0.1)) }()
	defer func() { panic(float32(0.1)) }()
	defer func() { panic(1e300) }()
	defer func() { panic(U(65535)) }()
	defer func() { panic(I8(-7)) }()
	defer func() { panic(uint64(1 << 63)) }()
	defer func() { panic(int8(-3)) }()
	defer func() { panic(B(true)) }()
	defer func() { panic(false) }()
	defer func() { panic(St(3)) }()
	defer func() { panic(errors.New("boom")) }()
	defer func() { panic(nil) }()
	defer func() { recover(); panic("again") }()
	panic("first")
}
