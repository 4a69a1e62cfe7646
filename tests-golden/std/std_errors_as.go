package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "my " + strconv.Itoa(e.Code) }

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return e.msg }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type isErr struct{}

func (isErr) Error() string          { return "isErr" }
func (isErr) Is(target error) bool { return target == io.EOF }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*MyErr); ok {
		p.Code = 99
		return true
	}
	return false
}

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

func try(f func()) {
	defer func() {
		if caught := recover(); caught != nil {
			fmt.Println("panic:", caught)
		}
	}()
	f()
}

func main() {
	e := &wrap{"outer", &wrap{"inner", MyErr{7}}}
	var me MyErr
	fmt.Println(errors.As(e, &me), me.Code)
	var pe *PtrErr
	fmt.Println(errors.As(e, &pe), pe == nil)
	e2 := fmt.Errorf("ctx: %w", &PtrErr{"boom"})
	fmt.Println(errors.As(e2, &pe), pe.msg)
	var te Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &te), te != nil && te.Temporary())
	var anyErr error
	fmt.Println(errors.As(e, &anyErr), anyErr)
	fmt.Println(errors.Is(isErr{}, io.EOF), errors.Is(&wrap{"w", isErr{}}, io.EOF), errors.Is(isErr{}, errors.New("EOF")))
	var me2 MyErr
	fmt.Println(errors.As(asErr{}, &me2), me2.Code)
	fmt.Println(errors.Is(e, MyErr{7}), errors.Is(e, MyErr{8}))
	fmt.Println(errors.Unwrap(e) == e.err, errors.Unwrap(MyErr{1}), errors.Unwrap(nil))
	fmt.Println(errors.Is(nil, nil), errors.Is(io.EOF, nil))



	try(func() { errors.As(e, nil) })
	try(func() { errors.As(e, me) })
	var np *MyErr
	try(func() { errors.As(e, np) })
	var s string
	try(func() { errors.As(e, &s) })
	fmt.Printf("%T %T\n", errors.New("x"), e2)
}
