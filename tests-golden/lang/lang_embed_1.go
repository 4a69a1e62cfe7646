package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string   { return b.name }
func (b Base) Sound() string  { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return l.Animal.Sound() + "!!!" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}

type Inner struct{ V int }

func (i *Inner) Set(v int) { i.V = v }

type Outer struct{ Inner }

func main() {
	d := Dog{Base{"rex"}, "lab"}
	fmt.Println(d.Name(), d.Sound(), d.Describe())
	var a Animal = d
	fmt.Println(a.Sound())
	l := Loud{d}
	fmt.Println(l.Sound(), l.Name())
	var a2 Animal = l
	fmt.Println(a2.Sound())
	s := Service{&Logger{"[svc] "}, "x"}
	s.Log("hello")
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y)
	var o Outer
	o.Set(5)
	fmt.Println(o.V, o.Inner.V)
	po := &o
	po.Set(6)
	fmt.Println(o.V)
	f := o.Set
	f(7)
	fmt.Println(o.V)
	fmt.Printf("%+v %v\n", d, c)
	type I interface{ Set(int) }
	var i I = &o
	i.Set(9)
	fmt.Println(o.V)
	_, ok := interface{}(o).(I)
	fmt.Println(ok)
}
