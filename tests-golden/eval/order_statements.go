package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type T struct{ v int }

func (t T) Get() int   { return t.v }
func (t *T) Inc() int  { t.v++; return t.v }
func pair() (int, int) { return 3, 4 }
func add(a, b int) int { return a*10 + b }

var g = 1

func retG() (int, int) { return g, setg() }
func setg() int        { g = 2; return 0 }

func named() (r int) {
	defer func() { r *= 10 }()
	r = 1
	return r + bump(&r)
}
func bump(p *int) int { *p = 5; return 0 }

func main() {
	var v map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &v), v)
	x := 1
	set := func() int { x = 2; return 0 }
	defer fmt.Println("defer", x, set(), x)
	x = 1
	defer func(a, b, c int) { fmt.Println("deferred closure", a, b, c) }(x, set(), x)
	x = 1
	fmt.Println(add(pair()))
	fmt.Println(retG())
	fmt.Println(named())
	t := T{1}
	fmt.Println(t.Get(), t.Inc(), t.Get())
	m := t.Get
	fmt.Println(m(), t.Inc(), m())
	s := []int{1, 2, 3}
	fmt.Println(s[0], copy(s, []int{9}), s[0])
	s = []int{1, 2, 3}
	fmt.Println(s[0], append(s[:0], 7), s[0])
	x = 1
	z := x
	z += set() + x
	fmt.Println(z)
	x = 1
	arr := [3]int{}
	arr[x] += set()
	fmt.Println(arr)
	x = 1
	var i interface{} = x + set()
	fmt.Println(i)
	x = 1
	if x == 1 && set() == 0 && x == 2 {
		fmt.Println("if ok")
	}
	x = 1
	for i := 0; i < x+set(); i++ {
		fmt.Println("loop", i, x)
		break
	}
	x = 1
	switch x + set() {
	case 2:
		fmt.Println("switch 2")
	default:
		fmt.Println("switch other")
	}
	x = 1
	ch := make(chan int, 1)
	ch <- x + set()
	fmt.Println(<-ch)
	x = 1
	ss := []int{x, set(), x}
	fmt.Println(ss)
	x = 1
	st := struct{ a, b, c int }{x, set(), x}
	fmt.Println(st)
	x = 1
	a, b, c := x, set(), x
	fmt.Println(a, b, c)
	x = 1
	var d, e = x, set()
	fmt.Println(d, e)
	x = 1
	fmt.Println(x, func() int { x = 3; return 0 }(), x)
	x = 1
	p := &x
	fmt.Println(*p, set(), *p)
	x = 1
	str := "a"
	sets := func() string { str = "b"; return "-" }
	fmt.Println(str + sets() + str)
	x = 1
	fmt.Println(x, x+1, set(), x*10)
	x = 1
	func() {
		defer func() { fmt.Println("recovered", recover(), x) }()
		fmt.Println(x, s[x+5], set())
	}()
	x = 1
	func() {
		defer func() { fmt.Println("recovered", recover(), x) }()
		pan := func() int { panic("boom") }
		fmt.Println(set(), x, pan())
	}()
	fmt.Fprintln(os.Stdout, x, set())
}
