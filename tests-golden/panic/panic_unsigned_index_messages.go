package main

import "fmt"

// Index and slice panics print an index of a 64-bit unsigned type as the unsigned number it is (a signed -1
// prints as -1 without the length).

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%-14s %v\n", what, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{1, 2, 3}
	str := "abc"
	var big uint = 1<<64 - 1
	var big64 uint64 = 1 << 63
	var ptr uintptr = 1<<64 - 2
	var small uint32 = 1<<32 - 1
	neg := -1

	try("slice", func() { _ = s[big] })
	try("array", func() { _ = a[big64] })
	try("string", func() { _ = str[ptr] })
	try("uint32", func() { _ = s[small] })
	try("signed", func() { _ = s[neg] })
	try("store", func() { s[big] = 1 })
	try("op-assign", func() { a[big64] += 2 })
	try("address", func() { _ = &s[big] })
	try("slice lo", func() { _ = s[big:] })
	try("slice hi", func() { _ = s[:big64] })
	try("slice max", func() { _ = s[0:1:big] })
	try("slice hi:max", func() { _ = s[0:ptr:2] })
	try("array hi", func() { _ = a[:big] })
	try("string lo", func() { _ = str[big:] })
	try("string hi", func() { _ = str[:big] })
	try("signed lo", func() { _ = s[neg:] })
}
