package main

import "fmt"

func main() {
	x := 1
	set := func() int { x = 2; return 0 }
	var d, e = x, set()
	fmt.Println(d, e)
	x = 1
	var f = x + set()
	fmt.Println(f)
	x = 1
	var g, h = set(), x
	fmt.Println(g, h)
	x = 1
	var i, j, k = x, set(), x
	fmt.Println(i, j, k)
	x = 1
	var l, m int = x, set()
	fmt.Println(l, m)
	x = 1
	var n, o = x + set(), x
	fmt.Println(n, o)
	x = 1
	var p, q interface{} = x, set()
	fmt.Println(p, q)
}
