package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	e := []int{}
	fmt.Println(e == nil, len(e))
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(s, len(s))
	a := s[2:5]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(s)
	b := s[2:5:5]
	b = append(b, 200)
	fmt.Println(s, b, cap(b) >= 4)
	c := make([]int, 3, 10)
	n := copy(c, s)
	fmt.Println(n, c)
	n = copy(c, []int{7})
	fmt.Println(n, c)
	n = copy(s[1:], s)
	fmt.Println(n, s)
	ss := [][]string{{"a"}, {"b", "c"}}
	ss[0] = append(ss[0], "d")
	fmt.Println(ss, len(ss[0]))
	m := make([][]int, 3)
	for i := range m {
		m[i] = make([]int, i+1)
		m[i][i] = i
	}
	fmt.Println(m)
	x := []int{1, 2, 3}
	y := x
	y[0] = 10
	fmt.Println(x, y)
	x = append(x[:1], x[2:]...)
	fmt.Println(x, y)
	var bs []byte
	bs = append(bs, "hi"...)
	fmt.Println(bs, string(bs))
	z := make([]string, 2)
	fmt.Printf("%q %v %d\n", z, z, len(z))
	fmt.Println(x[len(x)-1], x[:0], x[1:])
	var ns []int
	ns = append(ns, ns...)
	fmt.Println(ns == nil, len(ns))
	fmt.Printf("%v %d\n", []int(nil), []int{})
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	fmt.Println(len(sl), cap(sl), sl[:4])
}
