package main

import (
	"errors"
	"fmt"
)

// Boom writes a little, then panics with what it holds.
type Boom struct{ With interface{} }

func (b Boom) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial;"))
	panic(b.With)
}

// ValueRecv has a value receiver: through a nil pointer the call itself panics.
type ValueRecv struct{ N int }

func (v ValueRecv) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "N=%d", v.N) }

// PtrRecv reads through its receiver without checking for nil.
type PtrRecv struct{ N int }

func (p *PtrRecv) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "N=%d", p.N) }

// SafePtr checks for nil itself.
type SafePtr struct{ N int }

func (p *SafePtr) Format(f fmt.State, verb rune) {
	if p == nil {
		f.Write([]byte("no SafePtr"))
		return
	}
	fmt.Fprintf(f, "N=%d", p.N)
}

// Msg is a panic value that formats itself.
type Msg string

func (m Msg) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "msg(%s)", string(m)) }

// Crash fails at run time inside Format.
type Crash struct{}

func (Crash) Format(f fmt.State, verb rune) {
	var m map[rune]bool
	m[verb] = true
}

// BadString panics in String, for comparison with Format.
type BadString int

func (b BadString) String() string { panic("string failed") }

func main() {
	fmt.Printf("[%v]\n", Boom{"bang"})
	fmt.Printf("[%-10d] [%+q]\n", Boom{42}, Boom{errors.New("an error")})
	fmt.Printf("[%x]\n", Boom{Msg("custom")})
	fmt.Printf("[%v]\n", Boom{nil}) // panic(nil) is recovered and prints nothing more in Go 1.19
	fmt.Println(Boom{1.5}, "after")
	fmt.Println([]Boom{{"in slice"}}, map[string]Boom{"k": {"in map"}})
	fmt.Printf("%+v\n", struct{ B Boom }{Boom{"field"}})
	fmt.Println(fmt.Sprint(Boom{[]int{1, 2}}), fmt.Errorf("wrap: %v", Boom{"e"}))

	var vr *ValueRecv
	var pr *PtrRecv
	var sp *SafePtr
	fmt.Printf("[%v] [%8v] [%v] [%d]\n", vr, vr, pr, sp)
	fmt.Println(vr, pr, sp, []*PtrRecv{nil, {7}})
	fmt.Println(struct{ P *PtrRecv }{}, &PtrRecv{8}, &ValueRecv{9})

	var m map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println("before")
		m["x"] = 1
	}()
	fmt.Printf("[%v]\n", Boom{fmt.Errorf("wrapped %w", errors.New("inner"))})
	fmt.Printf("%v|%5.1f|\n", Crash{}, Crash{})
	fmt.Println(BadString(1), Boom{Msg("last")})
}
