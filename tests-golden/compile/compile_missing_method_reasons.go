package main

// Why a type does not implement an interface, in Go 1.19's words: a missing method, a pointer receiver, a method
// of the wrong type (with have/want lines), in assignments, type assertions and type switches.

type I interface{ M() }

type P struct{}

func (*P) M() {}

type W struct{}

func (W) M(int) {}

func main() {
	var _ error = 1
	var _ I = P{}
	var _ I = W{}
	var i I
	_ = i.(W)
	switch i.(type) {
	case W:
	}
}
