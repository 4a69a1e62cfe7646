package main

// In p, p.x.y = q, v the pointer p that p.x.y goes through is read before anything is assigned (Go's first
// phase), also through a named pointer type, a slice element and an embedded pointer; a struct variable's own
// fields are written after it is (s, s.f = T{}, 1 keeps the 1).

import "fmt"

type inner struct{ y int }

type T struct{ x inner }

type NP *T

type Outer struct {
	*T
	n int
}

func main() {
	var a T
	p := &a
	p, p.x.y = new(T), 7
	fmt.Println(a.x.y, p.x.y)

	b := T{}
	var q NP = &b
	r := q
	r, r.x.y = nil, 8
	fmt.Println(b.x.y, r == nil)

	s := []T{{}, {}}
	t := s
	s, s[1].x.y = nil, 9
	fmt.Println(t[1].x.y, s == nil)

	o := Outer{T: &T{}}
	keep := o.T
	o.T, o.x.y = nil, 10
	fmt.Println(keep.x.y, o.T == nil)

	v := T{}
	v, v.x.y = T{inner{1}}, 2
	fmt.Println(v.x.y)
}
