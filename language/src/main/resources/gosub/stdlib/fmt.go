package fmt

import (
	"errors"
	"io"
	"os"
)

// Formatting is done by gosub's fmt engine (natives); output goes straight to the process's file descriptors.

func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

// errorf formats like Sprintf and also returns the operand of a %w verb, if any.
func errorf(format string, a ...any) (string, error)

// writeOut writes s to file descriptor fd (1 or 2) and returns the number of bytes written.
func writeOut(fd int, s string) int

func Println(a ...any) (n int, err error) {
	return writeOut(1, Sprintln(a...)), nil
}

func Print(a ...any) (n int, err error) {
	return writeOut(1, Sprint(a...)), nil
}

func Printf(format string, a ...any) (n int, err error) {
	return writeOut(1, Sprintf(format, a...)), nil
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	msg, wrapped := errorf(format, a...)
	if wrapped == nil {
		return errors.New(msg)
	}
	return &wrapError{msg, wrapped}
}

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

var _ = os.Stdout
