// errors.As and errors.Is at call sites that see more dynamic types than their caches keep (six), targets of
// every kind (a number, a struct, an array, a pointer, an interface), and the panics of a bad target.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeErr int

func (c codeErr) Error() string { return fmt.Sprint("code ", int(c)) }

type wrap struct{ inner error }

func (w wrap) Error() string { return "wrap: " + w.inner.Error() }
func (w wrap) Unwrap() error { return w.inner }

type pair [2]int

func (p pair) Error() string { return "pair" }

type rec struct{ a, b string }

func (r rec) Error() string { return r.a + r.b }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	errs := []error{codeErr(3), wrap{codeErr(4)}, wrap{rec{"x", "y"}}, pair{1, 2}, &fs.PathError{Op: "open", Path: "p", Err: os.ErrNotExist}, errors.New("plain")}
	for round := 0; round < 3; round++ {
		for _, e := range errs {
			var c codeErr
			var r rec
			var p pair
			var pe *fs.PathError
			var any interface{ Unwrap() error }
			fmt.Println(errors.As(e, &c), c, errors.As(e, &r), r, errors.As(e, &p), p, errors.As(e, &pe), pe != nil, errors.As(e, &any), any != nil)
			fmt.Println(errors.Is(e, os.ErrNotExist), errors.Is(e, codeErr(4)), errors.Is(e, e), errors.Is(nil, e), errors.Is(nil, nil))
		}
	}
	var nilp *codeErr
	try("nil", func() { errors.As(errs[0], nil) })
	try("nonptr", func() { errors.As(errs[0], 5) })
	try("nilptr", func() { errors.As(errs[0], nilp) })
	try("notaerr", func() { var i int; errors.As(errs[0], &i) })
	try("slice", func() { var s []int; errors.Is(errors.New("x"), fmt.Errorf("%v", s)) })
}
