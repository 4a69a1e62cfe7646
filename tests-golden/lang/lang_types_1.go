package main

import "fmt"

type Alias = int
type IntAlias = []int
type Temp float64

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

type Expr interface{ Eval() float64 }
type Num float64
type Add struct{ A, B Expr }
type Mul struct{ A, B Expr }

func (n Num) Eval() float64 { return float64(n) }
func (a Add) Eval() float64 { return a.A.Eval() + a.B.Eval() }
func (m Mul) Eval() float64 { return m.A.Eval() * m.B.Eval() }
func (a Add) String() string { return fmt.Sprintf("(%v + %v)", a.A, a.B) }
func (m Mul) String() string { return fmt.Sprintf("(%v * %v)", m.A, m.B) }

func main() {
	var a Alias = 5
	var i int = a
	fmt.Printf("%T %v\n", a, i)
	var ia IntAlias = []int{1}
	fmt.Printf("%T\n", ia)
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{V: 3}, nil, 4}, 2}
	fmt.Println(t.Sum())
	e := Add{Num(1), Mul{Num(2), Num(3)}}
	fmt.Println(e, "=", e.Eval())
	type local struct {
		name string
		kids []local
	}
	l := local{"root", []local{{"a", nil}, {"b", []local{{"c", nil}}}}}
	var walk func(local, int)
	walk = func(n local, d int) {
		fmt.Printf("%*s%s\n", d*2, "", n.name)
		for _, k := range n.kids {
			walk(k, d+1)
		}
	}
	walk(l, 0)
	type Celsius = Temp
	var c Celsius = 3
	fmt.Printf("%T %v\n", c, c)
	type pair [2]string
	p := pair{"x", "y"}
	fmt.Printf("%T %v\n", p, p)
	type fn func(int) int
	var sq fn = func(x int) int { return x * x }
	fmt.Printf("%T %d\n", sq, sq(4))
	fmt.Printf("%T %T\n", []Expr{Num(1)}, map[string][]*Tree{})
	var ifc interface{ Eval() float64 } = Num(2)
	fmt.Printf("%T %v\n", ifc, ifc.Eval())
}
