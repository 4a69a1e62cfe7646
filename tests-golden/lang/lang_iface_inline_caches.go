// Interface call sites, type assertions and type switches that see more dynamic types than an inline cache
// holds, from several goroutines at once; method values through interfaces; methods promoted from embedded
// fields and embedded interfaces; a runtime error's methods reached through an interface.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Namer interface{ Name() string }

type Sizer interface{ Size() int }

type A struct{ n int }
type B struct{ s string }
type C int
type D []int
type E struct{ A }     // Name promoted from a value field
type F struct{ *B }    // Name promoted through a pointer field
type G struct{ Namer } // Name forwarded to an embedded interface
type H float64
type P struct{ v int }

func (a A) Name() string   { return fmt.Sprint("A", a.n) }
func (b *B) Name() string  { return "B" + b.s }
func (c C) Name() string   { return fmt.Sprint("C", int(c)) }
func (d D) Name() string   { return fmt.Sprint("D", len(d)) }
func (h H) Name() string   { return fmt.Sprint("H", float64(h)) }
func (p *P) Name() string  { p.v++; return fmt.Sprint("P", p.v) }
func (a A) Size() int      { return a.n }
func (d D) Size() int      { return len(d) * 10 }
func (h H) Size() int      { return int(h) }
func (p *P) Size() int     { return p.v }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("my error ", e.code) }
func (e *myErr) Size() int     { return e.code }

type valErr string

func (v valErr) Error() string { return "val " + string(v) }

func all() []Namer {
	return []Namer{A{1}, &B{"x"}, C(3), D{1, 2}, E{A{5}}, F{&B{"y"}}, G{C(7)}, H(2.5), &P{}, G{&P{10}}}
}

// kind asks a type switch with interface and concrete cases about every value.
func kind(n Namer) string {
	switch v := n.(type) {
	case nil:
		return "nil"
	case *P:
		return "ptr P"
	case Sizer:
		return fmt.Sprint("sizer ", v.Size())
	case fmt.Stringer:
		return "stringer"
	case A, C:
		return "A or C"
	default:
		return "other"
	}
}

func main() {
	ns := all()
	for round := 0; round < 3; round++ {
		var sb strings.Builder
		for _, n := range ns {
			sb.WriteString(n.Name()) // one call site, ten dynamic types
			sb.WriteByte(' ')
		}
		fmt.Println(sb.String())
	}
	for _, n := range ns {
		s, ok := n.(Sizer)
		size := -1
		if ok {
			size = s.Size()
		}
		_, isA := n.(A)
		fmt.Printf("%T %s ok=%v size=%d isA=%v\n", n, kind(n), ok, size, isA)
	}
	fmt.Println(kind(nil))

	// method values through an interface: bound now, dispatched later
	var fs []func() string
	for _, n := range ns {
		fs = append(fs, n.Name)
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	// a runtime error is an error whose methods are written in Java
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			f := err.Error
			_, isRuntime := r.(interface{ RuntimeError() })
			fmt.Println("recovered:", f(), isRuntime)
		}()
		var m map[string]int
		m["x"] = 1
	}()

	// failed assertions name the missing method or the dynamic type
	for _, n := range []Namer{A{1}, &B{"z"}, G{nil}} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			fmt.Println(n.(Sizer).Size())
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var n Namer = C(1)
		_ = n.(*P)
	}()

	// many goroutines on one call site and one type switch at once
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			local := map[string]int{}
			for i := 0; i < 2000; i++ {
				n := ns[(i+g)%len(ns)]
				if _, isP := n.(*P); isP {
					continue // P's Name counts calls: keep the output independent of scheduling
				}
				if g, ok := n.(G); ok {
					if _, inner := g.Namer.(*P); inner {
						continue
					}
				}
				local[kind(n)+" "+n.Name()[:1]]++
			}
			mu.Lock()
			for k, v := range local {
				counts[k] += v
			}
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}

	// errors.As and errors.Is walk chains of several error types
	base := errors.New("base")
	wrapped := fmt.Errorf("ctx: %w", base)
	mine := &myErr{7}
	for _, e := range []error{base, wrapped, fmt.Errorf("again: %w", wrapped), mine, fmt.Errorf("w: %w", mine), valErr("v")} {
		var target *myErr
		var v valErr
		var s interface{ Size() int }
		fmt.Println(errors.Is(e, base), errors.As(e, &target), target != nil, errors.As(e, &v), v, errors.As(e, &s), e)
	}
}
