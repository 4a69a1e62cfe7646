package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func try(name string, f func() (rune, int)) {
	defer func() {
		if got := recover(); got != nil {
			fmt.Println(name, "panic:", got)
		}
	}()
	r, w := f()
	fmt.Printf("%s %q %d\n", name, r, w)
}

func main() {
	s := "aé€😀\xff\xe2\x82|\xf0\x9f\x98|\xc3"
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%q/%d ", i, r, w)
		i += w
	}
	fmt.Println()
	for i := range s {
		r, w := utf8.DecodeRuneInString((s[i:]))
		fmt.Printf("%q/%d ", r, w)
	}
	fmt.Println()

	long := strings.Repeat("héllo wörld 😀 ", 20000)
	runes, bytes := 0, 0
	for i := 0; i < len(long); {
		_, w := utf8.DecodeRuneInString(long[i:])
		i += w
		runes++
		bytes += w
	}
	fmt.Println(runes, bytes, utf8.RuneCountInString(long))

	j := len(s)
	try("s[len:]", func() (rune, int) { return utf8.DecodeRuneInString(s[j:]) })
	try("s[:]", func() (rune, int) { return utf8.DecodeRuneInString(s[:]) })
	j++
	try("s[len+1:]", func() (rune, int) { return utf8.DecodeRuneInString(s[j:]) })
	j = -2
	try("s[-2:]", func() (rune, int) { return utf8.DecodeRuneInString(s[j:]) })
	var u uint64 = 1<<64 - 1
	try("s[u:]", func() (rune, int) { return utf8.DecodeRuneInString(s[u:]) })

	// a call in the bound: Go evaluates it, then slices the string as it then is
	t := "abc"
	next := func() int { t = "xé"; return 1 }
	r, w := utf8.DecodeRuneInString(t[next():])
	fmt.Printf("%q %d\n", r, w)

	k := 40
	fmt.Println(utf8.DecodeRuneInString(
		s[k:]))
}
