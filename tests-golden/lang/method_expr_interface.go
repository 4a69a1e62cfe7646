package main

import (
	"errors"
	"fmt"
	"strings"
)

// Method expressions on interface types: I.M is a function whose first parameter is an I, calling M of the
// argument's dynamic type.

type Shape interface {
	Area() float64
	Scale(k float64, names ...string) (Shape, string)
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Scale(k float64, names ...string) (Shape, string) {
	return Rect{r.w * k, r.h * k}, strings.Join(names, "+")
}

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Scale(k float64, names ...string) (Shape, string) {
	return &Circle{c.r * k}, fmt.Sprint(len(names))
}

type Named interface {
	Shape
	Name() string
}

type Square struct{ Rect }

func (Square) Name() string { return "square" }

var area = Shape.Area
var fromInit = Shape.Area(Rect{2, 5}) // a package variable initialised through one

func apply(f func(Shape) float64, shapes ...Shape) (total float64) {
	for _, s := range shapes {
		total += f(s)
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(area(s), Shape.Area(s))
	}
	fmt.Println("fromInit", fromInit)
	fmt.Println("apply", apply(Shape.Area, shapes...))

	scale := Shape.Scale
	s2, tag := scale(Rect{1, 1}, 4, "a", "b")
	fmt.Println(s2.Area(), tag)
	s3, tag3 := Shape.Scale(&Circle{2}, 0.5, []string{"x", "y", "z"}...)
	fmt.Println(s3.Area(), tag3)

	// a method promoted into an interface by embedding, and one through an embedded struct
	fmt.Println(Named.Area(Square{Rect{3, 3}}), Named.Name(Square{}))

	// a literal interface type, and the predeclared error
	lit := interface{ Area() float64 }.Area
	fmt.Println(lit(Rect{1, 7}))
	fmt.Println(error.Error(errors.New("boom")))

	// the results discarded, deferred, and in a goroutine
	_ = Shape.Area(Rect{1, 1})
	_, _ = Shape.Scale(Rect{1, 1}, 2)
	done := make(chan float64)
	go func() { done <- Shape.Area(Rect{4, 4}) }()
	fmt.Println(<-done)
	defer fmt.Println("deferred done")
	defer Shape.Scale(Rect{1, 1}, 1)

	// a method expression's value prints as a func and compares with nil
	fmt.Printf("%T %v\n", area, area != nil)

	// a nil interface argument: a nil dereference panic
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var none Shape
	Shape.Area(none)
}

type I interface{ M() int }
type T struct{}

func (T) M() int { return 3 }

var _ = I.M(T{})

func pick() func(I) int { return I.M }

func init() {
	_ = pick()
	_ = pick()(T{})
	_ = I.M
	fmt.Println("init", pick()(T{}))
}
