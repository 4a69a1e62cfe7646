package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"unicode/utf8"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Q   string
	Err error
}

func (e *QueryErr) Error() string { return e.Q + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryErr{q, ErrNotFound}
}

func main() {
	err := find("x")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var qe *QueryErr
	fmt.Println(errors.As(err, &qe), qe.Q)
	w := fmt.Errorf("layer: %w", err)
	fmt.Println(w, errors.Is(w, ErrNotFound), errors.Unwrap(errors.Unwrap(w)) == ErrNotFound)
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('世'), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.Pi)
	fmt.Println(math.Ceil(1.2), math.Max(3, 7), math.Min(3, 7), math.Hypot(3, 4), math.IsNaN(math.NaN()))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(0), math.Cbrt(27))
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintf(os.Stderr, "to stderr\n")
	fmt.Println(strings.Compare("a", "b"), strings.ContainsAny("abc", "xyzc"))
	fmt.Println(math.Inf(1) > math.MaxFloat64, -math.Inf(1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxUint64 == uint64(math.MaxUint64))
	var u uint64 = math.MaxUint64
	fmt.Println(u)
}
