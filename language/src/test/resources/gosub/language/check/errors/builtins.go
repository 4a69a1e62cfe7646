package main

func main() {
	var i int
	s := []int{}
	m := map[int]int{}
	_ = len(i)             // ERROR "invalid argument: i \(variable of type int\) for len"
	_ = cap(m)             // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
	_ = append(i, 1)       // ERROR "first argument to append must be a slice; have i \(variable of type int\)"
	_ = make(int)          // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)        // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	delete(s, 1)           // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	close(i)               // ERROR "invalid operation: cannot close non-channel i \(variable of type int\)"
	_ = new(nil)           // ERROR "use of untyped nil in argument to new"
}
