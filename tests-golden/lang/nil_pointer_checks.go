package main

import "fmt"

type point struct{ x, y int }

var calls int

func arr() *[4]int {
	calls++
	return nil
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
	fmt.Println(name, "did not panic")
}

func main() {
	var ip *int
	var sp *[]byte
	var pp *point
	var ap *[10]int

	// &*p is p, but a nil p must still panic
	try("&*ip", func() { _ = &*ip })
	try("&*sp", func() { _ = &*sp })
	try("&*pp", func() { _ = &*pp })
	try("&*ap", func() { _ = &*ap })
	x := 7
	ip = &x
	fmt.Println(*&*ip, &*ip == ip)

	// len and cap of an array pointer: no dereference, but calls and receives in the operand are made
	fmt.Println(len(ap), cap(ap), len(arr()), cap(arr()), calls)
	ch := make(chan *[3]int, 2)
	ch <- nil
	ch <- new([3]int)
	fmt.Println(len(<-ch), len(ch))

	// ranging over the indices of a nil array pointer reads only the length
	sum := 0
	for i := range ap {
		sum += i
	}
	n := 0
	for range ap {
		n++
	}
	for i := range arr() {
		sum += i
	}
	fmt.Println(sum, n, calls)
	try("range with values over nil *[10]int", func() {
		for i, v := range ap {
			sum += i + v
		}
	})
	try("ap[3]", func() { sum += ap[3] })
	a := [3]string{"a", "b", "c"}
	p := &a
	for i := range p {
		p[2] = "z"
		fmt.Print(i, p[i], " ")
	}
	fmt.Println()
}
