package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, xs ...string) []string {
	for i := range xs {
		xs[i] = p + xs[i]
	}
	return xs
}

func info(xs ...interface{}) string {
	return fmt.Sprint(len(xs), xs == nil, xs)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func multi() (int, string, error) { return 1, "s", nil }

func pass(a, b int) int { return a - b }

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5}
	fmt.Println(sum(s...))
	names := []string{"a", "b"}
	prefix("x", names...)
	fmt.Println(names)
	fmt.Println(prefix("y", "c", "d"))
	fmt.Println(info(), info(nil), info(1, "a"))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b, c := multi()
	fmt.Println(a, b, c)
	fmt.Println(pass(divmod(17, 5)))
	fmt.Println(ackermann(2, 3))
	m := 0
	hanoi(10, "a", "b", "c", &m)
	fmt.Println(m)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1), "end")
	is := []interface{}{1, "two"}
	fmt.Println(is...)
}
