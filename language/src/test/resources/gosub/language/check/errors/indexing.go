package main

func main() {
	a := [3]int{}
	s := []int{}
	str := "abc"
	m := map[string]int{}
	_ = a[5]       // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = s[-1]      // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = a[3]       // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1]      // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = "abc"[5]   // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = str[10]    // a variable string: its length is known only at run time
	_ = m[1]       // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
}
