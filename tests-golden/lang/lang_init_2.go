package main

import "fmt"

var (
	total = sum(values)
	values = makeValues(count)
	count = 4
)

var registry = map[string]func() string{}

func register(name string, f func() string) bool {
	registry[name] = f
	fmt.Println("register", name)
	return true
}

var _ = register("alpha", func() string { return "A" })
var okB = register("beta", func() string { return prefix + "B" })
var prefix = pre()

func pre() string {
	fmt.Println("pre called")
	return ">"
}

type T struct{ v int }

func (t T) double() int { return t.v * 2 }

var t0 = T{21}
var doubled = t0.double()

var a, b = swap(1, 2)

func swap(x, y int) (int, int) { return y, x }

func makeValues(n int) []int {
	fmt.Println("makeValues", n)
	v := make([]int, n)
	for i := range v {
		v[i] = i * i
	}
	return v
}

func sum(xs []int) int {
	fmt.Println("sum", len(xs))
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func init() {
	fmt.Println("init", total, okB, doubled, a, b)
}

func main() {
	fmt.Println(registry["alpha"](), registry["beta"](), len(registry))
}
