// Receivers made for calls through an interface: value methods of numbers, strings, arrays and structs held by
// value and by pointer (a copy each call), a pointer method promoted from an embedded number, a nil pointer.
package main

import "fmt"

type M interface{ Get() string }

type N int
type F float64
type B bool
type S string
type A [2]int
type Big struct {
	s []int
	m map[int]int
}
type P struct{ x, y int }
type C int

func (n N) Get() string   { return fmt.Sprint("N", int(n)) }
func (f F) Get() string   { return fmt.Sprint("F", float64(f)) }
func (b B) Get() string   { return fmt.Sprint("B", bool(b)) }
func (s S) Get() string   { return "S" + string(s) }
func (a A) Get() string   { a[0]++; return fmt.Sprint("A", a) }
func (b Big) Get() string { b.s = nil; return fmt.Sprint("Big", len(b.m)) }
func (p P) Get() string   { p.x++; return fmt.Sprint("P", p.x, p.y) }
func (c *C) Get() string  { *c++; return fmt.Sprint("C", int(*c)) }

type Outer struct {
	C
	tag string
}

func main() {
	n, f, b, s, a, big, p := N(1), F(2.5), B(true), S("x"), A{1, 2}, Big{[]int{1}, map[int]int{1: 1}}, P{1, 2}
	o := &Outer{C(5), "o"}
	ms := []M{n, &n, f, &f, b, &b, s, &s, a, &a, big, &big, p, &p, o}
	for r := 0; r < 2; r++ {
		for _, m := range ms {
			fmt.Print(m.Get(), " ")
		}
		fmt.Println(a, p, o.C)
	}
	var np *P
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(get(np))
}

// get calls through the interface where Go cannot see the dynamic type: its wrapper (*P).Get refuses a nil
// pointer with its own message.
//
//go:noinline
func get(m M) string { return m.Get() }
