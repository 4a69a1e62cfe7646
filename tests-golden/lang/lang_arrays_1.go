package main

import "fmt"

type Board struct {
	cells [3][3]byte
}

func (b Board) With(r, c int, v byte) Board {
	b.cells[r][c] = v
	return b
}

func getArr() [2]int { return [2]int{1, 2} }

func main() {
	var b Board
	b2 := b.With(0, 0, 'X')
	fmt.Println(b.cells[0][0], b2.cells[0][0])
	m := map[string][2]int{"a": {1, 2}}
	a := m["a"]
	a[0] = 100
	fmt.Println(m["a"], a)
	var i interface{} = a
	a[1] = 200
	fmt.Println(i, a)
	arrs := [][2]int{{1, 2}}
	x := arrs[0]
	x[0] = 9
	fmt.Println(arrs, x)
	r := getArr()
	r[0] = 5
	fmt.Println(r, getArr())
	f := func(p [2]int) [2]int { p[0] = -1; return p }
	fmt.Println(f(r), r)
	c := b2.cells
	c[1][1] = 'O'
	fmt.Println(b2.cells[1][1], c[1][1])
	row := b2.cells[0]
	row[2] = 'Z'
	fmt.Println(b2.cells[0][2], row[2])
	type S struct{ a [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.a[0] = 3
	fmt.Println(s1, s2, s1 == s2)
	ch := [2][]int{{1}, {2}}
	ch2 := ch
	ch2[0][0] = 10
	fmt.Println(ch, ch2)
	var grid [2][2]int
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2)
	ps := []*[2]int{&r}
	ps[0][1] = 77
	fmt.Println(r)
	arrOfArr := [2][2]int{{1, 2}, {3, 4}}
	for _, rr := range arrOfArr {
		rr[0] = 0
	}
	fmt.Println(arrOfArr)
	sl := arrOfArr[:]
	sl[0][0] = 42
	fmt.Println(arrOfArr)
	cp := *ps[0]
	cp[0] = -5
	fmt.Println(r, cp)
}
