package main

// string(x) of an integer that is no code point gives "\uFFFD", also for a constant too big for any integer
// type (which stays untyped: no overflow error) and for a variable beyond int32.

import "fmt"

func main() {
	const huge = string(1 << 100)
	const neg = string(-1)
	u := uint64(0x10001f4a9)
	big := string(u)       // beyond int32: no code point
	cut := string(rune(u)) // rune(u) keeps the low 32 bits
	fmt.Printf("%q %q %q %q\n", huge, neg, big, cut)
	fmt.Println(huge == "\uFFFD", len(huge))
}
