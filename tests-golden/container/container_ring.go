package main

// container/ring: New, Move both ways, Link joining two rings and cutting one, Unlink, Len, Do, and the zero
// Ring.

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " (", r.Len(), "):")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func numbered(n, from int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = from + i
		r = r.Next()
	}
	return r
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-1).Len())
	var z ring.Ring
	show("zero", &z)
	fmt.Println(z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)

	r := numbered(5, 0)
	show("five", r)
	show("move 2", r.Move(2))
	show("move -1", r.Move(-1))
	show("move 7", r.Move(7))
	fmt.Println(r.Prev().Value, r.Next().Value)

	s := numbered(3, 10)
	after := r.Link(s)
	show("linked", r)
	show("old next", after)

	cut := r.Unlink(3)
	show("cut out", cut)
	show("left", r)
	fmt.Println(r.Unlink(0) == nil)

	t := numbered(6, 100)
	part := t.Link(t.Move(3))
	show("same ring link: removed", part)
	show("same ring link: kept", t)
	self := numbered(1, 7)
	show("self", self.Link(self))

	sum := 0
	numbered(100, 1).Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}
