package main

import "fmt"

type S1 struct{ a int }
type S2 struct{ a, b int }

var gb = true
var gs2 = S2{1, 1}

type T struct{ v int }

func (t T) M(n int) int  { return t.v*10 + n }
func (t *T) P(n int) int { return t.v*10 + n }

func main() {
	b := true
	setb := func() int { b = false; gb = false; return 0 }
	fmt.Println(b, gb, setb(), b, gb)
	s1 := S1{1}
	s2 := S2{1, 1}
	mod := func() int { s1.a = 9; s2.a = 9; gs2.a = 9; return 0 }
	fmt.Println(s1, s2, gs2, mod(), s1, s2, gs2)
	p := &T{1}
	q := p
	setp := func() int { p = &T{2}; return 0 }
	fmt.Println(p == q, p.v, setp(), p == q)
	x := 1
	set := func() int { x = 2; return 0 }
	fmt.Println(x == 1, set(), x == 1)
	x = 1
	var i16 int16 = 1
	var f32 float32 = 1
	var c128 complex128 = 1
	var u8 uint8 = 1
	seti := func() int { i16 = 2; f32 = 2; c128 = 2; u8 = 2; return 0 }
	fmt.Println(i16, f32, c128, u8, seti())
	arr := []int{0, 0, 0}
	i := 0
	inci := func() int { i++; return 7 }
	arr[i] = inci()
	fmt.Println(arr, i)
	x = 1
	x += set()
	fmt.Println(x)
	t := T{1}
	sett := func() int { t.v = 5; return 0 }
	fmt.Println(t.M(sett()))
	t = T{1}
	fmt.Println(t.P(sett()))
	str := "ab"
	sets := func() int { str = "xyz"; return 0 }
	fmt.Println(len(str), sets(), len(str))
	str = "ab"
	fmt.Println(str[0:1], sets(), str[0:1])
	var e interface{} = 1
	sete := func() int { e = 2; return 0 }
	fmt.Println(e.(int), sete(), e.(int))
	e = &T{1}
	sete2 := func() int { e = &T{2}; return 0 }
	fmt.Println(e.(*T).v, sete2(), e.(*T).v)
	x = 1
	y := x + set()
	fmt.Println(y)
	x = 1
	fmt.Println(x == 1 && true, set(), x == 1 || false)
	x = 1
	ch := make(chan int, 3)
	ch <- x + set()
	fmt.Println(<-ch)
	x = 1
	ms := map[int]int{x: set(), 10: x}
	fmt.Println(ms)
}
