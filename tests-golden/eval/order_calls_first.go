package main

import "fmt"

var g = 1

func setg() int { g = 2; return 0 }

type T struct{ a int }

func main() {
	x := 1
	set := func() int { x = 2; return 0 }
	fmt.Println(x, set(), x)
	x = 1
	y := x + set()
	fmt.Println(y)
	g = 1
	fmt.Println(g, setg(), g)
	arr := []int{1, 2, 3}
	i := 0
	inc := func() int { i++; return 10 }
	fmt.Println(arr[i], inc(), arr[i])
	m := map[string]int{"a": 1}
	put := func() int { m["a"] = 5; return 0 }
	fmt.Println(m["a"], put(), m["a"])
	t := T{1}
	mod := func() int { t.a = 9; return 0 }
	fmt.Println(t.a, mod(), t.a)
	p := &T{1}
	modp := func() int { p.a = 7; return 0 }
	fmt.Println(p.a, modp(), p.a)
	s := "x"
	app := func() string { s += "y"; return "-" }
	fmt.Println(s + app() + s)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	z := 5
	fmt.Println(z, <-ch, z)
	a, b := x, set()
	fmt.Println(a, b)
	x = 1
	r := []int{x, set(), x}
	fmt.Println(r)
	x = 1
	fmt.Println(x == 1 && set() == 0 && x == 2)
	var iface interface{} = x
	_ = iface
}
