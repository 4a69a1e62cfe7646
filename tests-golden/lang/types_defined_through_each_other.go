package main

// Named types defined through each other: a struct that points to a type declared as that struct, chains of
// such names, a type defined through a pointer to an array of itself, and the same inside a function.

import "fmt"

type Node struct {
	Val  int
	Next *Link
}

type Link Node

type Head struct {
	Tail *C1
}

type C1 C2
type C2 C3
type C3 Head

type Ring *[3]Slot
type Slot Ring

func main() {
	l := &Link{Val: 2}
	n := &Node{Val: 1, Next: l}
	l.Next = (*Link)(&Node{Val: 3})
	for p := (*Link)(n); p != nil; p = p.Next {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()

	h := &Head{Tail: &C1{Tail: &C1{}}}
	depth := 0
	for c := (*C1)(h); c != nil; c = c.Tail {
		depth++
	}
	fmt.Println("depth", depth)

	slots := &[3]Slot{}
	r := Ring(slots)
	r[1] = Slot(r)
	fmt.Println(r[0] == nil, r[1] != nil, len(r[1]))

	type Inner struct{ Up *Inner }
	type Outer1 Inner
	type Outer2 Outer1
	o := Outer2{Up: &Inner{}}
	fmt.Printf("%T %T %v\n", o, o.Up, o.Up.Up == nil)
}
