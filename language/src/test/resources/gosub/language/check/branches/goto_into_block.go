package main

func intoIf(b bool) {
	goto A
	if b {
	A:
		println("a")
	} else {
	B:
		println("b")
		goto B
	}
}

func intoElse(b bool) {
	goto B
	if b {
	} else {
	B:
		println("b")
	}
}

func intoElseIf(b, c bool) {
	goto C
	if b {
	} else if c {
	C:
		println("c")
	}
}

func intoFor() {
	goto F
	for i := 0; i < 2; i++ {
	F:
		println(i)
	}
}

func backIntoFor() {
	for i := 0; i < 2; i++ {
	F:
		println(i)
	}
	goto F
}

func intoRange() {
	for range []int{1} {
	R:
		println()
	}
	goto R
}

func intoSwitch(x int) {
	goto S
	switch x {
	case 1:
		println()
	default:
	S:
		println()
	}
}

func intoTypeSwitch(x any) {
	goto T
	switch x.(type) {
	case int:
	T:
		println()
	}
}

func intoSelect(c chan int) {
	goto Q
	select {
	case <-c:
	Q:
		println()
	}
}

func main() {}
