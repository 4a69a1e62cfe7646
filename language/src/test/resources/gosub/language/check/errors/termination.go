package main

func a() int {
} // ERROR "missing return"

func b(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func c(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func d(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func e(x int) int {
	for {
	}
}

func f(x int) int {
	panic(x)
}

func g(x int) int {
	select {}
}

func h(ch chan int) int {
	select {
	case <-ch:
		return 1
	default:
	}
} // ERROR "missing return"

func i(x int) int {
L:
	for {
		for {
			break L
		}
	}
} // ERROR "missing return"

func j(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func main() {}
