package main

import "fmt"

type Point struct {
	X, y int
}

func (p *Point) Move(dx int) (moved bool) {
	p.X += dx
	return true
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	x := 1
	s := []int{10, 20, 30}
	m := map[string]int{"a": 1}
	p := &Point{X: 1, y: 2}
	p.Move(3)
	total := sum(s)
	fmt.Println(x, total, m, p.X)
}
