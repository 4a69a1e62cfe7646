package main

import "fmt"

var a = b + 1
var b = f()
var c, d = g()
var total int

func f() int {
	fmt.Println("f called")
	return 10
}

func g() (int, string) {
	fmt.Println("g called, a =", a)
	return a * 2, "d"
}

func init() {
	fmt.Println("init 1", a, b, c, d)
	total += 1
}

var x = func() int { fmt.Println("x init"); return 5 }()

func init() {
	fmt.Println("init 2", total)
	total += 10
}

var tbl = map[string]int{"k": x}

func main() {
	fmt.Println("main", total, tbl["k"])
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else x", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for x", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("e1")
	if true {
		err := fmt.Errorf("e2")
		_ = err
	}
	fmt.Println(err)
	var fmt2 = fmt.Sprint
	fmt.Println(fmt2("shadow-ish"))
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
}
