package main

import (
	"fmt"
	"strings"
)

type Handler struct {
	name string
	fn   func(string) string
}

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

type Visitor interface {
	Visit(n int) Visitor
}

type printer struct{ depth int }

func (p printer) Visit(n int) Visitor {
	fmt.Println(strings.Repeat(" ", p.depth), n)
	if n <= 0 {
		return nil
	}
	return printer{p.depth + 1}
}

func walk(v Visitor, n int) {
	if v = v.Visit(n); v == nil {
		return
	}
	walk(v, n-1)
}

func divide(a, b float64) (result float64, err error) {
	if b == 0 {
		err = fmt.Errorf("divide %v by zero", a)
		return
	}
	result = a / b
	return
}

func main() {
	hs := []Handler{
		{"upper", strings.ToUpper},
		{"rev", func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		}},
	}
	for _, h := range hs {
		fmt.Println(h.name, h.fn("hello"))
	}
	c := Celsius{100}
	k := Kelvin(c)
	k.Deg += 273.15
	fmt.Println(c, k)
	walk(printer{}, 2)
	fmt.Println(divide(1, 0))
	fmt.Println(divide(1, 4))
	a := struct {
		X int
		Y string
	}{1, "a"}
	b := struct {
		X int
		Y string
	}{1, "a"}
	fmt.Println(a == b)
	var fnil func()
	fmt.Println(fnil == nil)
	type Op struct {
		Sym string
		F   func(int, int) int
	}
	ops := map[string]Op{
		"add": {"+", func(a, b int) int { return a + b }},
		"mul": {"*", func(a, b int) int { return a * b }},
	}
	for _, name := range []string{"add", "mul"} {
		o := ops[name]
		fmt.Println(3, o.Sym, 4, "=", o.F(3, 4))
	}
	x := 1
	{
		x, y := 2, 3
		_ = y
		x++
	}
	fmt.Println(x)
	if x, err := divide(6, 3); err == nil {
		fmt.Println("ok", x)
	}
	fmt.Println(x)
}
