package main

import "fmt"

var x = 1
var y = x + setx()

func setx() int { x = 2; return 0 }

type P struct{ n int }

func (p *P) next() int { p.n++; return p.n }

func main() {
	fmt.Println(y)
	pp := &P{}
	fmt.Println(pp.n, pp.next(), pp.n)
	q := P{}
	fmt.Println(q, q.next(), q)
	ms := map[string]int{}
	k := "a"
	setk := func() string { k = "b"; return "c" }
	ms[k] = len(setk())
	fmt.Println(ms)
	ch := make(chan int, 2)
	ch <- 5
	ch <- 6
	w := 1
	fmt.Println(w, <-ch+w, func() int { w = 9; return <-ch }(), w)
	var e error
	sete := func() int { e = fmt.Errorf("x"); return 0 }
	fmt.Println(e, sete(), e)
	var arr [2]int
	seta := func() int { arr[0] = 4; return 0 }
	fmt.Println(arr, seta(), arr)
	sl := []int{1}
	setsl := func() int { sl[0] = 4; return 0 }
	fmt.Println(sl, setsl(), sl)
	f := 1.5
	setf := func() int { f = 2.5; return 0 }
	fmt.Println(f, setf(), f)
	var r rune = 'a'
	setr := func() int { r = 'b'; return 0 }
	fmt.Println(r, setr(), r)
	var u uint8 = 1
	setu := func() int { u = 2; return 0 }
	fmt.Println(u, setu(), u)
	fmt.Printf("%v %v %v\n", f, setf(), f)
	st := "s"
	fmt.Println(st, func() int { st = "t"; return 0 }(), st)
	var pt *P = &P{1}
	setpt := func() int { pt = &P{2}; return 0 }
	fmt.Println(pt.n, setpt(), pt.n)
	pt = &P{1}
	fmt.Println(*pt, setpt(), *pt)
}
