package main

import "strings"

type T struct{ x int }

func (T) M()   {}
func (*T) PM() {}

type I interface{ M() }

func main() {
	var t T
	_ = t.y            // ERROR "t.y undefined \(type T has no field or method y\)"
	t.m()              // ERROR "t.m undefined \(type T has no field or method m, but does have M\)"
	_ = strings.nope   // ERROR "undefined: strings.nope|name nope not exported by package strings"
	T{}.PM()           // ERROR "cannot call pointer method PM on T"
	var i I
	_ = i.x            // ERROR "i.x undefined \(type I has no field or method x\)"
	var p **T
	_ = p.x            // ERROR "p.x undefined \(type \*\*T has no field or method x\)"
	_ = T.x            // ERROR "T.x undefined \(type T has no method x\)"
	var n int
	_ = n.f            // ERROR "n.f undefined \(type int has no field or method f\)"
}
