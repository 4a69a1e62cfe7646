package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hi " + n.Name }
func (n *Named) Rename(s string) { n.Name = s }

type Employee struct {
	Named
	*Point
	Salary int
	tags   []string
}

type Outer struct {
	Inner struct {
		A int
		B string
	}
	P Point
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	pp := &p
	pp.Y = 20
	fmt.Println(p, *pp)
	e := Employee{Named{"bob"}, &Point{3, 4}, 100, nil}
	fmt.Println(e.Name, e.X, e.Hello())
	e.Rename("alice")
	fmt.Println(e.Name, e.Named.Name)
	e2 := e
	e2.X = 99
	e2.Name = "carol"
	fmt.Println(e.X, e.Name, e2.Name)
	var o Outer
	o.Inner.A = 5
	o.P.X = 7
	fmt.Printf("%v\n%+v\n", o, o)
	anon := struct {
		A int
		B []int
	}{1, []int{2}}
	fmt.Printf("%v %+v\n", anon, anon)
	a1 := struct{ X, Y int }{1, 2}
	var pt Point = a1
	fmt.Println(pt)
	ps := []Point{{1, 1}, {2, 2}}
	for _, v := range ps {
		v.X = 100
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].X = 100
	}
	fmt.Println(ps)
	np := new(Point)
	np.X = 3
	fmt.Println(*np, np.X)
	fmt.Printf("%v %+v\n", np, np)
	type local struct{ v int }
	l := local{3}
	fmt.Printf("%v %+v\n", l, l)
	var zp Point
	fmt.Println(zp == Point{})
}
