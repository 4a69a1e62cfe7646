// What gosub's unsafe refuses, and Go's errors for misused Sizeof, Alignof and Offsetof.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a int
	*T
}

type T struct{ f int }

func (S) M() {}

func main() {
	var s S
	var p unsafe.Pointer
	fmt.Println(unsafe.Offsetof(s.f))
	fmt.Println(unsafe.Offsetof(s.M))
	fmt.Println(unsafe.Offsetof(s))
	fmt.Println(unsafe.Sizeof())
	fmt.Println(unsafe.Alignof(1, 2))
	fmt.Println(unsafe.Sizeof(nil))
	fmt.Println(unsafe.Add(p, 1))
	f := unsafe.Sizeof
	_ = f
}
