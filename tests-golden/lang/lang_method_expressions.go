package main

import "fmt"

// Method expressions T.M and (*T).M as functions: (*T).M of a value method dereferences its first argument, and
// methods promoted from embedded fields (by value or by pointer) are reached from the argument.

type T []int

func (t T) Len() int { return len(t) }

type I interface{ Len() int }

type P struct{ x, y int }

func (p P) Sum() int      { return p.x + p.y }
func (p *P) Scale(k int) { p.x *= k; p.y *= k }

type E struct{ n int }

func (e E) Get() int { return e.n }
func (e *E) Inc()    { e.n++ }

type S struct {
	name string
	E
}

type SP struct {
	*E
	tag string
}

type N int

func (n N) Twice() N { return 2 * n }

type Twicer interface{ Twice() N }

// twiceOf calls through the interface where Go cannot see the dynamic type: its wrapper (*N).Twice refuses a nil
// pointer with its own message (where the conversion is in view, Go calls N.Twice directly: a nil dereference).
//
//go:noinline
func twiceOf(x Twicer) N { return x.Twice() }

type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(name, r, isRuntime)
	}()
	f()
}

func main() {
	t := T{1, 2, 3}
	var i I = &t
	fmt.Println(i.Len(), T.Len(t), (*T).Len(&t))
	f := (*T).Len
	t = append(t, 4)
	fmt.Println(f(&t))

	p := P{1, 2}
	fmt.Println(P.Sum(p), (*P).Sum(&p))
	(*P).Scale(&p, 3)
	fmt.Println(p)
	g := (*P).Sum
	p.x = 100
	fmt.Println(g(&p))

	s := S{"s", E{5}}
	fmt.Println(S.Get(s), (*S).Get(&s))
	(*S).Inc(&s)
	fmt.Println(s.n)

	sp := SP{&E{7}, "t"}
	SP.Inc(sp)
	fmt.Println(SP.Get(sp), (*SP).Get(&sp), sp.n)

	var n N = 21
	fmt.Println(N.Twice(n), (*N).Twice(&n))
	h := (*N).Twice
	n = 4
	fmt.Println(h(&n))

	var np *N
	var sNil *S
	try("method expression", func() { (*N).Twice(np) })
	try("promoted method expression", func() { (*S).Get(sNil) })
	try("interface", func() { twiceOf(np) })
	try("promoted through interface", func() { var x Getter = sNil; x.Get() })
	try("method value", func() { m := np.Twice; m() })
}
