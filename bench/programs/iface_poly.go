// iface_poly: interface call sites that see two or three dynamic types, the
// way real Go code uses interfaces: shapes behind an Area() method, a
// sort.Interface implementation handed to sort.Sort, error values of several
// types, and type switches and assertions on them.
package main

import (
	"errors"
	"fmt"
	"sort"
)

const ROUNDS = 3000000

type Shape interface {
	Area() int
	Grow(d int) Shape
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ b, h int }

func (r Rect) Area() int          { return r.w * r.h }
func (r Rect) Grow(d int) Shape   { return Rect{r.w + d, r.h} }
func (s Square) Area() int        { return s.s * s.s }
func (s Square) Grow(d int) Shape { return Square{s.s + d} }
func (t *Tri) Area() int          { return t.b * t.h / 2 }
func (t *Tri) Grow(d int) Shape   { return &Tri{t.b, t.h + d} }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type tooBig struct{ n int }

func (e *tooBig) Error() string { return "too big" }

var errOdd = errors.New("odd")

func check(n int) error {
	switch {
	case n%7 == 0:
		return &tooBig{n}
	case n%3 == 0:
		return errOdd
	}
	return nil
}

func main() {
	shapes := []Shape{Rect{3, 4}, Square{5}, &Tri{6, 8}}
	total := 0
	for i := 0; i < ROUNDS; i++ {
		s := shapes[i%3]
		total += s.Area()
		if i%1024 == 0 {
			shapes[i%3] = s.Grow(1)
		}
	}

	seed := 42
	sorted := 0
	for r := 0; r < 40; r++ {
		a := make(byArea, 2000)
		for i := range a {
			seed = (seed*1103515245 + 12345) & 0x7fffffff
			switch seed % 3 {
			case 0:
				a[i] = Rect{seed % 100, seed % 37}
			case 1:
				a[i] = Square{seed % 50}
			default:
				a[i] = &Tri{seed % 90, seed % 41}
			}
		}
		sort.Sort(a)
		sorted += a[len(a)/2].Area()
	}

	big, odd, msgs := 0, 0, 0
	for i := 0; i < ROUNDS; i++ {
		err := check(i)
		if err == nil {
			continue
		}
		var tb *tooBig
		if errors.As(err, &tb) {
			big += tb.n & 1
		} else if err == errOdd {
			odd++
		}
		switch e := err.(type) {
		case *tooBig:
			msgs += len(e.Error())
		default:
			msgs += len(e.Error()) * 2
		}
	}
	fmt.Printf("iface_poly rounds=%d: total=%d sorted=%d big=%d odd=%d msgs=%d\n", ROUNDS, total, sorted, big, odd, msgs)
}
