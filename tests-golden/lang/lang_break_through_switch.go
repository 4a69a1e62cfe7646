package main

import (
	"fmt"
	"strings"
)

// break and continue, with and without labels, from inside switch, type switch and select statements that sit in
// loops; and labelled switch and select statements left with break.

var trace []string

func step(format string, args ...any) {
	trace = append(trace, fmt.Sprintf(format, args...))
}

func flush(name string) {
	fmt.Printf("%-16s %s\n", name, strings.Join(trace, " "))
	trace = trace[:0]
}

func throughSwitch() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 0:
				step("s%d", i)
			case i == 0 && j == 2:
				continue outer
			case i == 1 && j == 2:
				break outer
			case j == 3:
				break // leaves the switch only
			default:
				step("%d%d", i, j)
			}
		}
		step("end%d", i)
	}
	step("after")
}

func throughTypeSwitch() {
	vals := []any{1, "two", 3.0, nil, 'x'}
outer:
	for round := 0; round < 3; round++ {
		for _, v := range vals {
			switch t := v.(type) {
			case int:
				step("int%d", t)
			case string:
				if round == 0 {
					continue outer
				}
				step("str")
			case float64:
				if round == 1 {
					break outer
				}
			case nil:
				continue
			default:
				step("other")
				break
			}
			step("r%d", round)
		}
	}
	step("after")
}

func throughSelect() {
	ch := make(chan int, 1)
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 3; j++ {
			ch <- i*10 + j
			select {
			case v := <-ch:
				if v == 1 {
					continue outer
				}
				if v == 21 {
					break outer
				}
				if v == 12 {
					break // leaves the select only
				}
				step("%d", v)
			}
			step(".")
		}
	}
	step("after")
}

func selectDefaultContinue() {
	ch := make(chan int)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case <-ch:
			step("never")
		default:
			if i%2 == 0 {
				continue
			}
			n++
		}
		step("%d", i)
	}
	step("n=%d", n)
}

func labelledSwitch() {
	for i := 0; i < 3; i++ {
	sw:
		switch i {
		case 0, 1:
			for j := 0; j < 3; j++ {
				if j == 1 {
					break sw
				}
				step("%d%d", i, j)
			}
			step("unreachable")
		default:
			step("default%d", i)
		}
		step("next%d", i)
	}
}

func labelledTypeSwitch() {
	for _, v := range []any{1, "s"} {
	ts:
		switch v.(type) {
		case int:
			for {
				break ts
			}
		case string:
			for range []int{1, 2} {
				step("s")
				break ts
			}
		}
		step("done")
	}
}

func labelledSelect() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	for i := 0; i < 3; i++ {
	sel:
		select {
		case v := <-ch:
			for k := 0; k < 5; k++ {
				if k == v {
					break sel
				}
				step("%d%d", v, k)
			}
		}
		step("|")
	}
}

func fallthroughInLoop() {
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			step("zero")
			fallthrough
		case 1:
			step("one")
			if i == 1 {
				break outer
			}
			fallthrough
		default:
			step("default")
		}
	}
	step("after")
}

func main() {
	throughSwitch()
	flush("switch")
	throughTypeSwitch()
	flush("typeSwitch")
	throughSelect()
	flush("select")
	selectDefaultContinue()
	flush("selectDefault")
	labelledSwitch()
	flush("labelledSwitch")
	labelledTypeSwitch()
	flush("labelledTypeSw")
	labelledSelect()
	flush("labelledSelect")
	fallthroughInLoop()
	flush("fallthrough")
}
