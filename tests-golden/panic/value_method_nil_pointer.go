package main

// A value method of T called through an interface that holds a nil *T: Go's generated wrapper (*T).M refuses the
// nil pointer with its own message (runtime.panicwrap), as the method expression (*T).M does. Reached through an
// embedded field, the wrapper dereferences and the failure is a nil dereference; a direct
// call or method value dereferences at the call. fmt prints such a pointer as <nil>.

import (
	"fmt"
)

type T struct{ x int }

func (t T) F() int         { return t.x }
func (t T) String() string { return "T" }

type I interface{ F() int }

type Outer struct{ *T }

type E int

func (e E) Error() string { return "E" }

type G[X any] struct{ v X }

func (g G[X]) F() int { return 1 }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

var global I = (*T)(nil)

//go:noinline
func call(i I) int { return i.F() }

func main() {
	var p *T
	var i I = p
	try("interface", func() { call(i) })
	try("direct", func() { p.F() })
	try("method value", func() { g := p.F; g() })
	try("method expression", func() { (*T).F(p) })
	try("method value from interface", func() { g := i.F; g() })
	try("type assertion", func() { var x any = p; x.(I).F() })
	var s fmt.Stringer = p
	try("stringer", func() { _ = s.String() })
	try("embedded", func() { var o I = Outer{}; call(o) })
	try("nil outer", func() { var q *Outer; call(q) })
	try("generic", func() { var g *G[int]; call(g) })
	var err error = (*E)(nil)
	try("error", func() { _ = err.Error() })
	fmt.Println(p, err == nil)
	global.F()
}
