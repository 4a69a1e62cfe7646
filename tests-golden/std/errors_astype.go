// errors.AsType (Go 1.26). errors_astype.out was written by hand from the package documentation, as Go 1.19
// cannot run it.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeError struct{ code int }

func (e *codeError) Error() string { return fmt.Sprint("code ", e.code) }

type valueError struct{ what string }

func (e valueError) Error() string { return "bad " + e.what }

// translated converts itself into a *codeError through an As method.
type translated struct{}

func (translated) Error() string { return "translated" }

func (translated) As(target any) bool {
	if p, ok := target.(**codeError); ok {
		*p = &codeError{99}
		return true
	}
	return false
}

func main() {
	err := fmt.Errorf("wrapped: %w", &codeError{7})
	if ce, ok := errors.AsType[*codeError](err); ok {
		fmt.Println("found", ce.code)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)

	_, openErr := os.Open("no-such-file.txt")
	if pe, ok := errors.AsType[*fs.PathError](openErr); ok {
		fmt.Println(pe.Op, pe.Path, errors.Is(pe.Err, fs.ErrNotExist))
	}

	joined := errors.Join(errors.New("first"), valueError{"input"})
	if ve, ok := errors.AsType[valueError](joined); ok {
		fmt.Println(ve.what)
	}
	if ce, ok := errors.AsType[*codeError](fmt.Errorf("via: %w", translated{})); ok {
		fmt.Println("through As:", ce.code)
	}
	if e, ok := errors.AsType[interface{ Error() string }](err); ok {
		fmt.Println("interface:", e)
	}
	ce, ok := errors.AsType[*codeError](nil)
	fmt.Println(ce == nil, ok)
}
