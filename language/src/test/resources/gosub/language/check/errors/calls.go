package main

func f(a int, b string) {}
func g(a ...int)       {}
func two() (int, int)  { return 1, 2 }

func main() {
	f(1)           // ERROR "not enough arguments in call to f"
	f(1, "a", 2)   // ERROR "too many arguments in call to f"
	f("a", "b")    // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to f"
	x := 1
	x()            // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	g(1, 2, "s")   // ERROR "cannot use .s. \(untyped string constant\) as int value in argument to g"
	s := []string{}
	g(s...)        // ERROR "cannot use s \(variable of type \[\]string\) as type \[\]int in argument to g"
	f(two())       // ERROR "cannot use two\(\) \(value of type int\) as type string in argument to f"
	g(1, s...)     // ERROR "have \(number, \.\.\.string\)|too many arguments in call to g"
	undefinedFunc() // ERROR "undefined: undefinedFunc"
}
