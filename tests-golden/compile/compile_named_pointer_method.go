package main

// A named pointer type has no methods, not even those of the struct it points to or of the structs embedded
// there; their fields are its selectors.

type inner struct{ n int }

func (inner) Get() int { return 1 }

type node struct{ inner }

func (*node) Put() {}

type P *node

func main() {
	var p P = &node{}
	p.n = 2
	p.Put()
	_ = p.Get()
}
