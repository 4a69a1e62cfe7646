// Blank methods and fields: any number may be declared, none joins the method set or clashes with another.
package main

import "fmt"

type T struct {
	_, _ int
	A    int
}

func (T) _() { fmt.Println("never") }

func (*T) _() { fmt.Println("never either") }

func (t T) Get() int { return t.A }

type Getter interface{ Get() int }

func main() {
	var g Getter = T{A: 7}
	fmt.Println(g.Get(), T{A: 1})
}
