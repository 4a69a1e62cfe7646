package main

import "fmt"

// Methods promoted from embedded fields whose types are not structs (numbers, strings, slices, maps, floats,
// booleans), embedded by value and by pointer, reached through static calls, method values, method expressions
// and interfaces; and a method promoted from a shallower embedded field wins over a deeper one at run time too.

type Count int

func (c Count) Get() int    { return int(c) }
func (c *Count) Add(n int) { *c += Count(n) }

type Name string

func (n Name) Upper() string    { return string(n) + "!" }
func (n *Name) Rename(s string) { *n = Name(s) }

type List []int

func (l List) Len() int    { return len(l) }
func (l *List) Push(v int) { *l = append(*l, v) }

type Ratio float64

func (r Ratio) Half() Ratio { return r / 2 }
func (r *Ratio) Double()    { *r *= 2 }

type Flag bool

func (f Flag) On() bool { return bool(f) }
func (f *Flag) Flip()   { *f = !*f }

type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }

type Counter interface {
	Get() int
	Add(int)
}

type Getter interface{ Get() int }

type Box struct {
	Count
	Name
	List
	Ratio
	Flag
	Set
	label string
}

type Inner struct {
	Count
}

type Outer struct {
	tag string
	Inner
}

type ByPointer struct {
	*Count
	*List
}

type C struct{}

func (C) M() string { return "C.M (depth 2)" }

type A struct{ C }
type B struct{}

func (B) M() string { return "B.M (depth 1)" }

type AB struct {
	A
	B
}

type Mer interface{ M() string }

func main() {
	b := Box{Count: 1, Name: "box", List: List{1}, Ratio: 3, Flag: false, Set: Set{"k": true}, label: "l"}
	b.Add(4)
	b.Rename("named")
	b.Push(2)
	b.Double()
	b.Flip()
	fmt.Println(b.Get(), b.Upper(), b.Len(), b.Half(), b.On(), b.Has("k"), b.Count, b.Name, b.List, b.Ratio, b.Flag)

	add := b.Add
	add(10)
	get := b.Get
	b.Add(100)
	fmt.Println(b.Count, get())

	(*Box).Add(&b, 1000)
	push := (*Box).Push
	push(&b, 3)
	fmt.Println(Box.Get(b), (*Box).Get(&b), Box.Len(b), (*Box).Upper(&b), Box.Has(b, "x"))

	var c Counter = &b
	c.Add(1)
	fmt.Println(c.Get(), b.Count)
	var g Getter = b
	b.Add(1)
	fmt.Println(g.Get(), b.Count)

	o := &Outer{"o", Inner{5}}
	o.Add(2)
	var oc Counter = o
	oc.Add(3)
	fmt.Println(o.Get(), Outer.Get(*o), (*Outer).Get(o), oc.Get())
	(*Outer).Add(o, 10)
	fmt.Println(o.Count)

	n := Count(7)
	l := List{9}
	p := ByPointer{&n, &l}
	p.Add(1)
	p.Push(8)
	ByPointer.Add(p, 1)
	ByPointer.Push(p, 7)
	var pc Counter = p
	pc.Add(1)
	fmt.Println(n, l, p.Get(), p.Len(), ByPointer.Get(p), pc.Get())

	var ab AB
	var m Mer = ab
	var mp Mer = &ab
	fmt.Println(ab.M(), "|", m.M(), "|", mp.M(), "|", AB.M(ab))
}
