package main

func f() int { return 1 }

func main() {
	m := map[string]int{}
	_ = &m["a"]
	_ = &f()
	_ = &(5)
	_ = & 5
	s := "ab"
	_ = &s[0]
	var t string = (m["a"])
	_ = t
}
