package main

import "fmt"

// A deferred built-in's arguments are evaluated at the defer statement, like any deferred call's.

func deletes() map[int]bool {
	m := map[int]bool{}
	for i := 0; i < 3; i++ {
		m[i] = true
		defer delete(m, i)
	}
	m[7] = true
	return m
}

func copies() (dst []int) {
	dst = make([]int, 3)
	src := []int{1, 2, 3}
	defer copy(dst, src)
	src = []int{9, 9, 9}
	return dst
}

func panics() (r interface{}) {
	defer func() { r = recover() }()
	msg := "first"
	defer panic(msg)
	msg = "second"
	return nil
}

func closes() (ok bool) {
	ch := make(chan int, 1)
	other := ch
	defer func() {
		_, ok = <-other // runs after the close below
	}()
	defer close(ch)
	ch = make(chan int)
	return true
}

func main() {
	m := deletes()
	fmt.Println(len(m), m)
	fmt.Println(copies())
	fmt.Println(panics())
	fmt.Println(closes())
	s := []int{1, 2, 3}
	x := 1.5
	func() {
		defer println("deferred:", len(s), x)
		s = nil
		x = 2
	}()
}
