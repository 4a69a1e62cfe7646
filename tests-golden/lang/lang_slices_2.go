package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 3, 10)
	t = append(t[:1], t...)
	fmt.Println(t)
	u := []int{1, 2, 3}
	u = append(u, u...)
	fmt.Println(u)
	v := []int{1, 2, 3, 4}
	copy(v[1:], v[:3])
	fmt.Println(v)
	w := []int{1, 2, 3, 4}
	copy(w, w[1:])
	fmt.Println(w)
	a := make([]int, 0, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b, c, b[0] == c[0])
	ins := []int{1, 2, 4}
	i := 2
	ins = append(ins[:i], append([]int{3}, ins[i:]...)...)
	fmt.Println(ins)
	x := []string{"a", "b", "c", "d"}
	x = x[:copy(x[1:], x[2:])+1]
	fmt.Println(x)
	grid := make([][]rune, 2)
	for r := range grid {
		grid[r] = []rune("..")
	}
	grid[1][0] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	var st []int
	for k := 0; k < 5; k++ {
		st = append(st, k)
	}
	top := st[len(st)-1]
	st = st[:len(st)-1]
	fmt.Println(top, st, cap(st) >= 4)
	r := []int{1, 2, 3}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
	full := r[0:2:2]
	full = append(full, 99)
	fmt.Println(r, full)
	fmt.Println(len(r[3:]), r[:0] == nil, r[3:] == nil)
}
