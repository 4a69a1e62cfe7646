package main

import (
	"errors"
	"fmt"
)

// A deferred call that recovers makes the function return normally. Results without names are then their zero
// values (unless a return statement had already set them); named results keep what they hold.

type point struct{ x, y int }

func deref(p *int) int { return *p }

func number() int {
	defer func() { _ = recover() }()
	var p *int
	return 1 + deref(p)
}

func several() (bool, int, string, []int, point, error, *int, [2]float64) {
	defer func() { _ = recover() }()
	panic("boom")
}

func pair() (int, error) {
	defer func() {
		if rec := recover(); rec != nil {
			fmt.Println("recovered:", rec)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return 5, nil
}

func named() (n int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("recovered: %v", rec)
		}
	}()
	n = 7
	var p *int
	n, _ = 8, *p
	return n, nil
}

func blankNamed() (_ bool, _ int) {
	defer func() { _ = recover() }()
	var p *int
	return true, *p
}

func alreadyReturned() (s string) {
	defer func() { _ = recover() }()
	defer func() { panic("late") }()
	return "kept"
}

func alreadyReturnedUnnamed() string {
	defer func() { _ = recover() }()
	defer func() { panic("late") }()
	return "kept too"
}

type T struct{ vals []int }

func (t T) at(i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return t.vals[i], true
}

func (t *T) first() int {
	defer func() { _ = recover() }()
	return t.vals[0]
}

func main() {
	fmt.Println(number())
	fmt.Println(several())
	fmt.Println(pair())
	fmt.Println(named())
	fmt.Println(blankNamed())
	fmt.Println(alreadyReturned(), alreadyReturnedUnnamed())
	t := T{[]int{4}}
	fmt.Println(t.at(0))
	fmt.Println(t.at(3))
	var tp *T
	fmt.Println(tp.first())
	lit := func() (float64, error) {
		defer func() { _ = recover() }()
		return 1.5, errors.New(fmt.Sprint(1 / len(t.vals[:0])))
	}
	fmt.Println(lit())
}
