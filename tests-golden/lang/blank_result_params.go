package main

// Result parameters named _ take part in a bare return with their zero value (or what a deferred function can
// no longer reach), and a type declared _ inside the function shadows nothing.

import (
	"errors"
	"fmt"
)

func zero() (_ string, n int, err error) {
	n = 3
	return
}

func values() (_ string, _ float64, err error) {
	return "hello", 2.5, errors.New("late")
}

func shadow() (_ [2]int) {
	type _ int
	var _ = 7
	return
}

func recovered() (_ int, msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	panic("boom")
}

func main() {
	s, n, err := zero()
	fmt.Printf("%q %d %v\n", s, n, err)
	s, f, err := values()
	fmt.Println(s, f, err)
	fmt.Println(shadow())
	fmt.Println(recovered())
	var fn func() (string, int, error) = zero
	_, n, _ = fn()
	fmt.Println(n)
}
