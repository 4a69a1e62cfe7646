// Value receivers and arguments of flat structs (numbers, strings, bools) and of a struct holding one are
// copies, through an interface, a method call, a function call and an assignment (compiled code copies them
// field by field).
package main

import "fmt"

type P struct {
	x, y int
	name string
	f    float64
	ok   bool
}

func (p P) Bump() P { p.x++; p.name += "!"; p.f *= 2; p.ok = !p.ok; return p }

type Q struct {
	p P
	n int
}

func (q Q) Bump() Q { q.p.x += 10; q.n++; return q }

type Bumper interface{ Bump2() int }

func (p P) Bump2() int { p.x += 100; return p.x }
func (q Q) Bump2() int { q.p.x += 1000; return q.p.x }

func mutate(p P) int { p.y = 99; return p.y }

func main() {
	p := P{1, 2, "a", 1.5, true}
	var b Bumper = p
	for i := 0; i < 3; i++ {
		fmt.Println(b.Bump2(), p.Bump(), mutate(p))
	}
	fmt.Println(p)
	q := Q{p, 5}
	var bq Bumper = q
	q.p.x = 42
	fmt.Println(bq.Bump2(), bq.Bump2(), q.Bump(), q)
	ps := []P{p, p}
	ps[0].x = 7
	c := ps[1]
	c.x = 8
	fmt.Println(ps, c)
	var i interface{} = p
	p.x = 1234
	fmt.Println(i, p)
	pp := &p
	var bp Bumper = pp
	fmt.Println(bp.Bump2(), *pp)
}
