package main

// A value method of T called through an interface holding a nil *T panics with Go's wrapper message; other nil
// receivers are nil dereferences.

import "fmt"

type T int

func (t T) F() {}

type S struct{ a, b int }

func (s S) G() int { return s.a }

type I interface{ F() }

type Outer struct{ T }

type Box[E any] struct{ e E }

func (b Box[E]) F() {}
type J interface{ G() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var t *T
	var i I = t
	try("iface call", func() { i.F() })
	try("iface method value", func() { f := i.F; f() })
	try("iface method value made", func() { _ = i.F })
	try("method expr", func() { (*T).F(t) })
	try("direct", func() { t.F() })
	try("method value", func() { _ = t.F })
	var s *S
	var j J = s
	try("struct iface call", func() { j.G() })
	try("struct direct", func() { s.G() })
	try("iface method expr", func() { I.F(t) })
	var o *Outer
	var k I = o
	try("promoted", func() { k.F() })
	var b *Box[int]
	var bi I = b
	try("generic", func() { bi.F() })
	try("generic method expr", func() { (*Box[int]).F(b) })
}
