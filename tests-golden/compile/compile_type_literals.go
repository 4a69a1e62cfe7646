package main

// Type literals in compile errors as Go writes them: struct{}, struct{a, b int}, interface{M()}, func(int) int,
// a function literal's body elided, and the hint that an interface value needs a type assertion.

type S struct{ x int }

func main() {
	var a int = struct{}{}
	var b int = struct {
		a, b int
		S
	}{}
	var c int = interface{ M() }(nil)
	var d int = (func(int, ...string) (int, error))(nil)
	var e interface{} = 1
	var f int = e
	var g int = func() {}
	var h int = func(int) int { return 0 }
	var i int = map[string]struct{}{}
	_, _, _, _, _, _, _, _ = a, b, c, d, f, g, h, i
}
