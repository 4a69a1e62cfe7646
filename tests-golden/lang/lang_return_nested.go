package main

import (
	"errors"
	"fmt"
)

// return from deep inside loops, switches and selects (with and without labels around them), deferred calls made
// in loops, named results changed by deferred calls, and the same inside function literals.

func find(grid [][]int, want int) (int, int) {
	for i := 0; i < len(grid); i++ {
		for j, v := range grid[i] {
			switch {
			case v == want:
				return i, j
			case v > want:
				break
			}
		}
	}
	return -1, -1
}

func firstWord(s string) string {
outer:
	for i, r := range s {
		switch r {
		case ' ':
			continue outer
		default:
			for j, q := range s[i:] {
				if q == ' ' {
					return s[i : i+j]
				}
			}
			return s[i:]
		}
	}
	return ""
}

func kind(vs []any) string {
	for _, v := range vs {
		switch x := v.(type) {
		case int:
			if x > 10 {
				return fmt.Sprint("big int ", x)
			}
		case string:
			return "string " + x
		}
	}
	return "none"
}

func recv(ch chan int) (n int) {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			n += v
			if n > 100 {
				return -1
			}
		}
	}
}

func labelled(n int) int {
	total := 0
loop:
	for i := 0; ; i++ {
		for j := 0; j < i; j++ {
			total += j
			if total > n {
				return total
			}
			if j == 3 {
				continue loop
			}
		}
		if i > 50 {
			break loop
		}
	}
	return -total
}

func deferInLoop() (out string) {
	for i := 0; i < 3; i++ {
		defer func(k int) { out += fmt.Sprint(k) }(i)
		for j := 0; j < 3; j++ {
			if i == 2 && j == 1 {
				return "r"
			}
		}
	}
	return "end"
}

func deferRecoverInLoop() (err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("recovered: %v", rec)
		}
	}()
	for i := 3; ; i-- {
		for range []int{1} {
			_ = 10 / i
		}
	}
}

func closures() []string {
	var out []string
	pick := func(xs []int) int {
		for _, x := range xs {
			for k := 0; k < x; k++ {
				if k == 2 {
					return x
				}
			}
		}
		return 0
	}
	out = append(out, fmt.Sprint(pick([]int{1, 2, 5, 7})))
	count := func() (n int) {
	outer:
		for i := 0; i < 5; i++ {
			for j := 0; j < 5; j++ {
				if j > i {
					continue outer
				}
				if i == 3 {
					break outer
				}
				n++
			}
		}
		return
	}
	out = append(out, fmt.Sprint(count()))
	for i := 0; i < 3; i++ {
		f := func() string {
			switch i {
			case 1:
				return "one"
			}
			for {
				return fmt.Sprint("n", i)
			}
		}
		out = append(out, f())
	}
	return out
}

var errStop = errors.New("stop")

func walk(items []int, visit func(int) error) error {
	for _, it := range items {
		if err := visit(it); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	grid := [][]int{{1, 2}, {3, 4, 5}, {6}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 9))
	fmt.Printf("%q %q %q\n", firstWord("  hello world"), firstWord("one"), firstWord("   "))
	fmt.Println(kind([]any{1, 20}), "|", kind([]any{1, "s"}), "|", kind(nil))
	ch := make(chan int, 10)
	for i := 1; i <= 4; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(recv(ch))
	ch2 := make(chan int, 3)
	ch2 <- 60
	ch2 <- 60
	fmt.Println(recv(ch2))
	fmt.Println(labelled(10), labelled(1000))
	fmt.Println(deferInLoop())
	fmt.Println(deferRecoverInLoop())
	fmt.Println(closures())
	seen := 0
	err := walk([]int{1, 2, 3, 4}, func(x int) error {
		for i := 0; i < x; i++ {
			seen++
			if x == 3 {
				return errStop
			}
		}
		return nil
	})
	fmt.Println(err, seen)
}
