// new with an expression operand (Go 1.26): a pointer to a new variable holding a copy of the value. new_expr.out
// was written by hand from the Go 1.26 release notes and specification, as Go 1.19 cannot run it.

package main

import "fmt"

type point struct{ x, y int }

type Config struct {
	Name    *string
	Retries *int
}

func main() {
	p := new(42)
	*p++
	fmt.Printf("%T %d\n", p, *p)
	f := new(1.5)
	fmt.Printf("%T %v\n", f, *f)
	r := new('x')
	fmt.Printf("%T %c\n", r, *r)
	s := new("hi" + "!")
	fmt.Println(*s)

	pt := point{1, 2}
	pp := new(pt)
	pp.x = 9
	fmt.Println(pt, *pp)

	n := 7
	q := new(n)
	*q = 8
	fmt.Println(n, *q)

	var sl = []int{1, 2}
	ps := new(sl)
	(*ps)[0] = 100 // the copy shares the slice's array
	fmt.Println(sl, *ps)

	c := Config{Name: new("svc"), Retries: new(3)}
	fmt.Println(*c.Name, *c.Retries)

	b := new(len(sl) > 1)
	fmt.Println(*b)
	fmt.Println(*new(int), *new(string) == "", new(point).y)
	fmt.Println(new(1) != new(1))
}
