package main

import (
	"fmt"
	"strings"
)

// Loops of every kind labelled, left or advanced from an inner three-clause loop and from an inner bare loop.
// The jump happens before the outer loop's last iteration, so a jump that stops in the inner loop shows.

var trace []string

func step(format string, args ...any) {
	trace = append(trace, fmt.Sprintf(format, args...))
}

func flush(name string) {
	fmt.Printf("%-14s %s\n", name, strings.Join(trace, " "))
	trace = trace[:0]
}

func outerCond() {
	i := 0
outer:
	for i < 4 {
		i++
		for j := 0; j < 3; j++ {
			if i == 1 && j == 1 {
				continue outer
			}
			if i == 2 && j == 1 {
				break outer
			}
			step("%d%d", i, j)
		}
	}
	step("after%d", i)
}

func outerBare() {
	n := 0
outer:
	for {
		n++
		for {
			if n < 3 {
				continue outer
			}
			break outer
		}
	}
	step("n=%d", n)
}

func outerSlice() {
outer:
	for _, w := range []string{"ab", "cd", "ef", "gh"} {
		for j := 0; j < len(w); j++ {
			if w[j] == 'a' {
				continue outer
			}
			if w[j] == 'f' {
				break outer
			}
			step("%c", w[j])
		}
		step("/")
	}
	step("after")
}

func outerString() {
outer:
	for i, r := range "añb€c" {
		for j := 0; ; j++ {
			if r == 'ñ' {
				continue outer
			}
			if r == '€' {
				break outer
			}
			step("%d%c", i, r)
			if j == 1 {
				break
			}
		}
	}
	step("after")
}

func outerMap() {
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	visited := 0
outer:
	for k := range m {
		for j := 0; j < 3; j++ {
			if j == 1 {
				visited++
				if visited == 2 {
					break outer
				}
				continue outer
			}
		}
		step("unreachable%d", k)
	}
	step("visited=%d", visited)
}

func outerChannel() {
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
outer:
	for v := range ch {
		for j := 0; j < 2; j++ {
			if v == 2 {
				continue outer
			}
			if v == 4 {
				break outer
			}
			step("%d.%d", v, j)
		}
	}
	step("left=%d", len(ch))
}

func outerArray() {
	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for r, row := range grid {
		for c := 0; c < len(row); c++ {
			if row[c]%2 == 0 && r == 0 {
				continue outer
			}
			if row[c] == 5 {
				break outer
			}
			step("%d", row[c])
		}
	}
	step("after")
}

func main() {
	outerCond()
	flush("cond")
	outerBare()
	flush("bare")
	outerSlice()
	flush("slice")
	outerString()
	flush("string")
	outerMap()
	flush("map")
	outerChannel()
	flush("channel")
	outerArray()
	flush("array")
}
