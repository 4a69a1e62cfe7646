package main

// The texts of slice-bounds panics name the bound that failed as Go does: a negative bound alone, one too big
// with the limit it broke (a slice's capacity, an array's or string's length), in [low:high:max] notation.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := "abc"
	h := 5
	l := 4
	n := -1
	sl := []int{1, 2, 3}
	var arr [3]int
	try("str hi", func() { _ = s[:h] })
	try("str lo", func() { _ = s[l:] })
	try("str neg", func() { _ = s[n:] })
	try("str negh", func() { _ = s[:n] })
	try("slice hi", func() { _ = sl[:h] })
	try("slice lo", func() { _ = sl[l:] })
	try("arr hi", func() { _ = arr[:h] })
	try("parr hi", func() { p := &arr; _ = p[:h] })
	try("arr3 max", func() { _ = arr[0:1:h] })
	try("slice3 max", func() { _ = sl[0:1:h] })
	try("slice3 neg max", func() { _ = sl[0:1:n] })
	try("slice3 hi>max", func() { _ = sl[0 : 3 : 2+0*n] })
	try("slice3 negh", func() { _ = sl[0:n:2] })
	try("slice3 lo>hi", func() { _ = sl[2 : 1+0*n : 3] })
	try("slice3 neglo", func() { _ = sl[n:1:3] })
	try("slice lo>hi", func() { _ = sl[2 : 1+0*n] })
}
