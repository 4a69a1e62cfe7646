package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for _, n := range []int{-1, 0, 5, 50} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0, 1:
			fmt.Print("a")
		case 2:
			fmt.Print("b")
			fallthrough
		case 3:
			fmt.Print("c")
		case 4:
			fmt.Print("d")
			break
		default:
			fmt.Print("e")
		}
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch s := "go"; {
	case s == "go":
		fmt.Println("is go")
		fallthrough
	default:
		fmt.Println("default too")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i > 3:
			break loop
		case i%2 == 0:
			continue
		}
		fmt.Print("odd", i, " ")
	}
	fmt.Println()
	switch {
	default:
		fmt.Println("only default")
	}
	var f = func() int { fmt.Print("eval "); return 2 }
	switch f() {
	case 1, 2, 3:
		fmt.Println("matched")
	}
}
