package main

import (
	"fmt"
)

// All has every method fmt looks for: Format wins over each of them, for every verb.
type All int

func (a All) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "F%c", verb) }
func (a All) String() string               { return "S" }
func (a All) Error() string                { return "E" }
func (a All) GoString() string             { return "G" }

// Both is an error and a Stringer: Error wins for %v %s %q %x %X, GoString for %#v.
type Both int

func (b Both) String() string   { return "str" }
func (b Both) Error() string    { return "err" }
func (b Both) GoString() string { return "Both(go)" }

// OnlyString is a Stringer whose %d prints the number.
type OnlyString int

func (o OnlyString) String() string { return "seven" }

// OnlyGo has GoString only: it is used by %#v and nothing else.
type OnlyGo struct{ N int }

func (o OnlyGo) GoString() string { return fmt.Sprintf("OnlyGo(%d)", o.N) }

// When has a Format method of another signature: it is not a fmt.Formatter.
type When int

func (w When) Format(layout string) string { return "layout " + layout }
func (w When) String() string              { return "when" }

// PtrFormat formats only through a pointer; its String is a value method.
type PtrFormat struct{ V int }

func (p *PtrFormat) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "ptr%c%d", verb, p.V) }
func (p PtrFormat) String() string                { return "value" }

var (
	_ fmt.Formatter  = All(0)
	_ fmt.Stringer   = All(0)
	_ fmt.GoStringer = All(0)
	_ error          = All(0)
	_ fmt.GoStringer = OnlyGo{}
)

func main() {
	a := All(1)
	fmt.Printf("%v %s %d %x %X %q %#v %+v %e %t|%T\n", a, a, a, a, a, a, a, a, a, a, a)
	fmt.Println(a, []All{a}, map[All]All{a: a}, struct{ A All }{a})
	fmt.Printf("%#v\n", struct{ A All }{a})

	b := Both(2)
	fmt.Printf("%v %s %q %x %X %d %#v %+v|%T\n", b, b, b, b, b, b, b, b, b)
	fmt.Println(b, []Both{b})
	fmt.Printf("%#v %#v\n", []Both{b}, map[string]Both{"k": b})

	o := OnlyString(7)
	fmt.Printf("%v %s %q %x %d %#v %08.3v|\n", o, o, o, o, o, o, o)

	g := OnlyGo{3}
	fmt.Printf("%v %+v %#v %#v %#v\n", g, g, g, &g, []OnlyGo{g})

	w := When(4)
	fmt.Printf("%v %d %#v\n", w, w, w)
	fmt.Println(w.Format("x"))

	pf := PtrFormat{5}
	fmt.Printf("%v %s %d|%v %s %d\n", pf, pf, pf, &pf, &pf, &pf)
	fmt.Println([]PtrFormat{pf}, []*PtrFormat{&pf}, struct{ P PtrFormat }{pf})

	var f fmt.Formatter = a
	fmt.Println(f)
	var s fmt.Stringer = a
	fmt.Println(s.String(), fmt.Sprint(s))
	var st fmt.State
	fmt.Println(st == nil)
}
