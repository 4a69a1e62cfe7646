package main

// container/list: every operation, including those given an element of another list (which do nothing), and
// a zero List used without New.

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " (", l.Len(), "):")
	for el := l.Front(); el != nil; el = el.Next() {
		fmt.Print(" ", el.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List
	show("zero", &z)
	fmt.Println(z.Front() == nil, z.Back() == nil)
	z.PushBack("x")
	show("zero used", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	e5 := l.PushBack(5)
	show("built", l)
	l.MoveToFront(e5)
	show("5 to front", l)
	l.MoveToBack(e1)
	show("1 to back", l)
	l.MoveBefore(e1, e4)
	show("1 before 4", l)
	l.MoveAfter(e5, e4)
	show("5 after 4", l)
	l.MoveAfter(e5, e5)
	l.MoveToFront(l.Front())
	show("no-ops", l)
	fmt.Println(l.Remove(e4), e4.Next() == nil, e4.Prev() == nil)
	show("4 removed", l)
	fmt.Println(l.Remove(e4))
	show("removed again", l)

	other := list.New()
	o := other.PushBack("o")
	fmt.Println(l.InsertBefore(9, o) == nil, l.InsertAfter(9, o) == nil)
	l.MoveToFront(o)
	l.MoveBefore(e1, o)
	l.Remove(o)
	show("foreign elements", l)
	show("other", other)

	l.PushBackList(other)
	show("push back list", l)
	l.PushFrontList(l)
	show("push front itself", l)
	l.PushBackList(l)
	show("push back itself", l)
	l.Init()
	show("init", l)
	fmt.Println(e1.Next() == nil)

	sum := 0
	nums := list.New()
	for i := 1; i <= 10; i++ {
		nums.PushBack(i)
	}
	for e := nums.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			nums.Remove(e)
		} else {
			sum += e.Value.(int)
		}
		e = next
	}
	show("no multiples of 3", nums)
	fmt.Println(sum)
}
