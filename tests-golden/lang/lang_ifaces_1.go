package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (c *Circle) Area() float64   { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{42}
	}
	return e
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string " + v
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Area(), s.Perimeter())
	}
	var ns NamedShape = Rect{1, 1}
	fmt.Println(ns.Name(), ns.Area())
	var sh Shape = ns
	if n, ok := sh.(Namer); ok {
		fmt.Println("namer", n.Name())
	}
	_, ok := shapes[1].(Namer)
	fmt.Println(ok)
	r, ok := shapes[0].(Rect)
	fmt.Println(r, ok)
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	err = mayFail(true)
	fmt.Println(err)
	var e2 error
	fmt.Println(e2 == nil, e2)
	fmt.Println(describe(nil), describe(3), describe(int64(4)), describe("x"))
	fmt.Println(describe(errors.New("boom")), describe(S("a")), describe([]int{1}), describe(2.5))
	var a, b interface{} = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b, a != Rect{2, 1})
	var x interface{} = 3
	var y interface{} = int64(3)
	fmt.Println(x == y, x == 3)
	fmt.Printf("%v %T %v %T\n", a, a, x, y)
	var me *MyErr = &MyErr{7}
	var ee error = me
	if m, ok := ee.(*MyErr); ok {
		fmt.Println(m.Code)
	}
	fmt.Println(S("q"))
	fmt.Printf("%v %s %d\n", S("z"), S("z"), 5)
	var st fmt.Stringer = S("w")
	fmt.Println(st.String())
}
