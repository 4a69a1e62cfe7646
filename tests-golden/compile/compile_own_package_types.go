// The checked package's own types are written without their package name in compile errors, as Go does
// (type T, not main.T), also inside composite types and generic instances.
package main

import "strings"

type T struct{ a int }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func take(t T) {}

func main() {
	var t T
	t.foo()
	take(3)
	var x int = t
	var p []*T = []T{}
	var q Pair[string, T] = 1
	var b strings.Builder = t
	_, _, _, _ = x, p, q, b
}
