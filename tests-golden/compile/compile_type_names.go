package main

// Compile errors name types as the source wrote them: byte and rune stay byte
// and rune (though they are uint8 and int32), function types show their
// parameters' and results' names, and an unused renamed import shows its name.

import (
	str "strings"
)

type T struct {
	b  byte
	rs []rune
}

func (t T) M(a, b int, xs ...byte) (n int, err error) { return }

func (t T) K(int) {}

func f(a int, b string) (n int, err error) { return 0, nil }

func main() {
	var b byte = 1
	var t T
	var s1 string = b
	var s2 string = f
	var s3 []byte = "x"
	var s4 string = t.M
	var s5 string = t.rs
	c := 'x'
	var s6 string = c
	var s7 string = T.M
	var s8 string = T.K
	_, _, _, _, _, _, _, _ = s1, s2, s3, s4, s5, s6, s7, s8
}
