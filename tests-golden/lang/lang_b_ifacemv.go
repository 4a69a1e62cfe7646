package main

import "fmt"

type P struct{ n int }

func (p P) Val() int { return p.n }

func main() {
	p := P{1}
	var g interface{ Val() int } = &p
	f := g.Val
	p.n = 2
	fmt.Println(f())
}
