package main

import "fmt"

type S struct{ a int }

func main() {
	for _, n := range []int{1, 2, 3} {
		fmt.Println(n)
	}
	if b := []byte("hi"); len(b) == 2 {
		fmt.Println(string(b))
	}
	switch x := map[string]int{"a": 1}; x["a"] {
	case 1:
		fmt.Println("one")
	}
	for i := range [3]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	if f := func(int) int(nil); f == nil {
		fmt.Println("nil func")
	}
	if c := (chan int)(nil); c == nil {
		fmt.Println("nil chan")
	}
	if c := chan int(nil); c == nil {
		fmt.Println("nil chan 2")
	}
	for _, s := range []S{{1}, {2}} {
		fmt.Println(s.a)
	}
	if v := struct{ x int }{5}; v.x == 5 {
		fmt.Println("struct lit")
	}
	// a long literal in a header: the parser must not scan it to tell it from the loop's block
	total := 0
	for _, n := range []int{len("a"), len("bb"), len("ccc"), 1 + 2, 3 * 4, 5 - 6, 7 / 8, 9 % 10, 11 << 1, 12 >> 1,
		13 & 7, 14 | 1, 15 ^ 3, len([]int{1, 2}), cap(make([]int, 3, 9)), int('x'), int(float64(2)), -7, +8, ^9} {
		total += n
	}
	fmt.Println(total)
	if p := (*int)(nil); p == nil {
		fmt.Println("nil ptr")
	}
}
