package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func swap(a, b **int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 10
	fmt.Println(x)
	a := newInt(5)
	b := newInt(5)
	fmt.Println(*a == *b, a == b)
	swap(&a, &b)
	*a = 7
	fmt.Println(*a, *b)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	sp := &sl[0]
	sl = append(sl, 4)
	*sp = 100
	fmt.Println(sl[0] == 100 || sl[0] == 1)
	type S struct{ F int }
	s := S{}
	fp := &s.F
	*fp = 42
	fmt.Println(s)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	n := new(int)
	fmt.Println(*n)
	var np *Node
	fmt.Println(np == nil, np)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i
		ptrs = append(ptrs, &v)
	}
	for _, q := range ptrs {
		fmt.Print(*q)
	}
	fmt.Println()
	ps := &S{F: 1}
	ps2 := ps
	ps2.F = 2
	fmt.Println(ps.F, *ps)
}
