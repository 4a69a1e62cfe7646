// The expected output is recorded with go run (Go 1.19) on this program with "for k := range 3" written as
// "for k := 0; k < 3; k++": Go 1.19 has no range over integers, and the two loops are the same here.
package main

import (
	"fmt"
	"strings"
)

// Each function leaves or advances the OUTER loop from inside an inner loop of one kind. The outer loop runs
// three times and the jump happens in its first or second iteration, so swallowing the jump in the inner loop
// changes the trace.

var trace strings.Builder

func step(format string, args ...any) {
	fmt.Fprintf(&trace, format, args...)
	trace.WriteByte(' ')
}

func flush(name string) {
	fmt.Printf("%-16s %s\n", name, strings.TrimSpace(trace.String()))
	trace.Reset()
}

func threeClause() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i == 1 && j == 1 {
				break outer
			}
			if j == 2 {
				continue outer
			}
			step("%d%d", i, j)
		}
		step("end%d", i)
	}
	step("after")
}

func condOnly() {
outer:
	for i := 0; i < 3; i++ {
		j := 0
		for j < 3 {
			j++
			if i == 0 && j == 2 {
				continue outer
			}
			if i == 1 && j == 2 {
				break outer
			}
			step("%d%d", i, j)
		}
		step("end%d", i)
	}
	step("after")
}

func bare() {
outer:
	for i := 0; i < 3; i++ {
		j := 0
		for {
			j++
			if j == 2 && i == 0 {
				continue outer
			}
			if j == 2 {
				break outer
			}
			step("%d%d", i, j)
		}
	}
	step("after")
}

func rangeSlice() {
	s := []string{"a", "b", "c"}
outer:
	for i := 0; i < 3; i++ {
		for k, v := range s {
			if i == 0 && k == 1 {
				continue outer
			}
			if i == 1 && v == "b" {
				break outer
			}
			step("%d%s", i, v)
		}
		step("end%d", i)
	}
	step("after")
}

func rangeArray() {
	a := [3]int{10, 20, 30}
outer:
	for i := 0; i < 3; i++ {
		for _, v := range a {
			if i == 0 && v == 20 {
				continue outer
			}
			if i == 1 && v == 20 {
				break outer
			}
			step("%d:%d", i, v)
		}
	}
	step("after")
}

func rangeArrayPointer() {
	a := [3]int{10, 20, 30}
outer:
	for i := 0; i < 3; i++ {
		for k := range &a {
			if i == 0 && k == 1 {
				continue outer
			}
			if i == 1 && k == 1 {
				break outer
			}
			step("%d:%d", i, k)
		}
	}
	step("after")
}

func rangeString() {
outer:
	for i := 0; i < 3; i++ {
		for k, r := range "héllo" {
			if i == 0 && r == 'é' {
				continue outer
			}
			if i == 1 && r == 'l' {
				break outer
			}
			step("%d:%d%c", i, k, r)
		}
	}
	step("after")
}

func rangeMap() {
	m := map[string]int{"x": 1}
outer:
	for i := 0; i < 3; i++ {
		for k, v := range m {
			if i == 0 {
				continue outer
			}
			if i == 1 {
				step("%s%d", k, v)
				break outer
			}
		}
		step("end%d", i)
	}
	step("after")
}

func rangeChannel() {
outer:
	for i := 0; i < 3; i++ {
		ch := make(chan int, 3)
		ch <- 1
		ch <- 2
		ch <- 3
		close(ch)
		for v := range ch {
			if i == 0 && v == 2 {
				continue outer
			}
			if i == 1 && v == 2 {
				break outer
			}
			step("%d:%d", i, v)
		}
		step("end%d", i)
	}
	step("after")
}

func rangeInt() {
outer:
	for i := 0; i < 3; i++ {
		for k := range 3 {
			if i == 0 && k == 1 {
				continue outer
			}
			if i == 1 && k == 1 {
				break outer
			}
			step("%d%d", i, k)
		}
		step("end%d", i)
	}
	step("after")
}

func threeDeep() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := range 3 {
				if k == 1 && j == 0 && i == 0 {
					continue outer
				}
				if i == 1 && j == 1 && k == 1 {
					break outer
				}
				step("%d%d%d", i, j, k)
			}
		}
	}
	step("after")
}

func middleLabel() {
	for i := 0; i < 3; i++ {
	middle:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 1 && j == 0 {
					continue middle
				}
				if k == 1 {
					break middle
				}
				step("%d%d%d", i, j, k)
			}
		}
		step("end%d", i)
	}
	step("after")
}

func main() {
	threeClause()
	flush("threeClause")
	condOnly()
	flush("condOnly")
	bare()
	flush("bare")
	rangeSlice()
	flush("rangeSlice")
	rangeArray()
	flush("rangeArray")
	rangeArrayPointer()
	flush("rangeArrayPtr")
	rangeString()
	flush("rangeString")
	rangeMap()
	flush("rangeMap")
	rangeChannel()
	flush("rangeChannel")
	rangeInt()
	flush("rangeInt")
	threeDeep()
	flush("threeDeep")
	middleLabel()
	flush("middleLabel")
}
