package main

import "fmt"

func main() {
	x := 1
	set := func() int { x = 2; return 0 }
	fmt.Println(x, x+set())
	x = 1
	f := func(a, b int) int { return a*10 + b }
	fmt.Println(f(x, set()))
	x = 1
	fmt.Println(f(x, f(x, set())))
	x = 1
	var arr [3]int
	arr[x] = set()
	fmt.Println(arr)
	x = 1
	sl := []int{0, 0, 0}
	sl[x], x = 5, 2
	fmt.Println(sl, x)
	x = 1
	defer fmt.Println("defer", x, set(), x)
	x = 1
	go func(a, b int) {}(x, set())
	x = 1
	v := struct{ a, b int }{x, set()}
	fmt.Println(v)
	x = 1
	mm := map[int]int{x: set()}
	fmt.Println(mm)
	x = 1
	ret := func() (int, int) { return x, set() }
	fmt.Println(ret())
	x = 1
	if x == 1 || set() == 0 {
		fmt.Println("or", x)
	}
	x = 1
	switch x {
	case set():
	case 2:
		fmt.Println("case 2")
	case 1:
		fmt.Println("case 1")
	}
	x = 1
	fmt.Println(-x, set())
	x = 1
	var ifc interface{} = x
	fmt.Println(ifc, set(), x)
	x = 1
	fmt.Println(func() int { return x }(), set(), x)
	x = 1
	fmt.Println([]int{x}[0], set())
	x = 1
	q := &x
	fmt.Println(*q, set())
	x = 1
	fmt.Println(x, append([]int{}, set()), x)
	x = 1
	fmt.Println(x, len("ab"), set(), x)
}
