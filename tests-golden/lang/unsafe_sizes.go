// unsafe.Sizeof, Alignof and Offsetof: constants of gc's amd64 layout (padding, embedded fields, zero-size
// trailing fields, generic instances, a pointer receiver), usable where Go wants a constant.
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	x int8
	y int64
}

type S struct {
	a bool
	Inner
	p *Inner
	z struct{}
}

type E struct {
	a int32
	b struct{}
}

type G[T any] struct {
	a T
	b int
}

func (S) M() {}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.y), unsafe.Offsetof(s.Inner), unsafe.Offsetof(s.z), unsafe.Offsetof(s.p))
	fmt.Println(unsafe.Sizeof(E{}), unsafe.Sizeof(complex64(0)), unsafe.Alignof(complex64(0)), unsafe.Sizeof(1), unsafe.Sizeof('x'), unsafe.Sizeof(2.5), unsafe.Sizeof("abc"))
	fmt.Println(unsafe.Sizeof([3]int16{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(func() {}), unsafe.Sizeof(make(chan int)), unsafe.Sizeof([]S{}), unsafe.Sizeof(any(1)))
	var g G[int8]
	fmt.Println(unsafe.Sizeof(g), unsafe.Offsetof(g.b))
	ps := &s
	fmt.Println(unsafe.Offsetof(ps.y))
	fmt.Printf("%T\n", unsafe.Sizeof(s))
	const c = unsafe.Sizeof(int32(0)) * 2
	var arr [c]byte
	fmt.Println(len(arr))
}
