package main

import "fmt"

type counter struct{ n int }

// Inc has a value receiver: it changes its own copy only.
func (c counter) Inc() int {
	c.n++
	return c.n
}

type pair [2]int

func (p pair) Swap() pair {
	p[0], p[1] = p[1], p[0]
	return p
}

type incer interface{ Inc() int }
type swapper interface{ Swap() pair }

func compare(x, y interface{}) (eq bool, err interface{}) {
	defer func() { err = recover() }()
	return x == y, nil
}

func main() {
	c := counter{1}
	var i incer = c
	fmt.Println(i.Inc(), i.Inc(), c.n, i.(counter).n)
	var s swapper = pair{1, 2}
	fmt.Println(s.Swap(), s.Swap(), s)
	f := i.Inc
	fmt.Println(f(), f(), i)

	var m map[int]int
	var sl []int
	var fn func()
	fmt.Println(compare(m, m))
	fmt.Println(compare(sl, sl))
	fmt.Println(compare(fn, fn))
	fmt.Println(compare(struct{ x []int }{}, struct{ x []int }{}))
	fmt.Println(compare(m, sl))
	fmt.Println(compare(1, 1))

	func() {
		defer func() { fmt.Println("map key:", recover()) }()
		k := map[interface{}]int{}
		k[m] = 1
	}()
}
