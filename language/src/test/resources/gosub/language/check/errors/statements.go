package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1     // ERROR "x \+ 1 \(value of type int\) is not used"
	f         // ERROR "f \(value of type func\(\) int\) is not used"
	go x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	defer len("a") // ERROR "defer discards result of len\(.a.\) \(constant 1 of type int\)"
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	if x { // ERROR "non-boolean condition in if statement"
	}
	var ch chan<- int
	<-ch // ERROR "invalid operation: cannot receive from send-only channel ch \(variable of type chan<- int\)"
}
