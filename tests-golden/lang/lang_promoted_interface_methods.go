// Method values and method expressions of methods promoted from an embedded interface field,
// and calls through them, with the panics Go gives for nil interfaces and pointers.
package main

import "fmt"

type Namer interface{ Name(prefix string) string }

type person struct{ n string }

func (p *person) Name(prefix string) string { return prefix + p.n }

type Inner struct {
	pad int
	Namer
}

type Outer struct {
	a, b int
	Inner
}

type PtrOuter struct {
	*Inner
}

func try(what string, f func()) {
	defer func() {
		if caught := recover(); caught != nil {
			fmt.Println(what, "panics:", caught)
		}
	}()
	f()
}

func main() {
	in := Inner{Namer: &person{"ann"}}
	v := in.Name
	in.Namer = &person{"bob"} // the method value keeps the interface it read
	fmt.Println(v("v:"), in.Name("call:"))

	o := Outer{Inner: in}
	w := o.Name
	fmt.Println(w("w:"), o.Inner.Name("inner:"))
	po := &o
	fmt.Println(po.Name("ptr:"))

	e := Inner.Name
	fmt.Println(e(in, "expr:"))
	pe := (*Outer).Name
	fmt.Println(pe(po, "pexpr:"))
	oe := Outer.Name
	fmt.Println(oe(o, "oexpr:"))
	fmt.Printf("%T\n", oe)

	p := PtrOuter{&in}
	pv := p.Name
	fmt.Println(pv("through pointer:"))

	var empty Inner
	try("method value of nil interface", func() { _ = empty.Name })
	try("call of nil interface", func() { empty.Name("x") })
	try("method expression on nil interface", func() { Inner.Name(empty, "x") })
	try("method expression on nil pointer", func() { (*Outer).Name(nil, "x") })
	var np PtrOuter
	try("method value through nil embedded pointer", func() { _ = np.Name })
}
