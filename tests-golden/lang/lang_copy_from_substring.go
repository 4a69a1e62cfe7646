package main

import "fmt"

type bytes []byte
type text string

func try(name string, f func() int) {
	defer func() {
		if got := recover(); got != nil {
			fmt.Println(name, "panic:", got)
		}
	}()
	fmt.Println(name, f())
}

var calls []string

func note(what string, v int) int {
	calls = append(calls, what)
	return v
}

func deferred() {
	b := make([]byte, 3)
	s := "abcdef"
	i := 1
	defer func() { fmt.Println("deferred copy got", string(b)) }()
	defer copy(b, s[i:])
	s = "zzzzzz"
	i = 4
}

func main() {
	deferred()
	s := "hello, wörld"
	b := make([]byte, 4)
	try("s[2:]", func() int { return copy(b, s[2:]) })
	fmt.Printf("%q\n", b)
	try("s[:2]", func() int { return copy(b, s[:2]) })
	fmt.Printf("%q\n", b)
	try("s[8:10]", func() int { return copy(b, s[8:10]) })
	fmt.Printf("%q\n", b)
	try("s[len:]", func() int { return copy(b, s[len(s):]) })
	try("s[:]", func() int { return copy(b[1:3], s[:]) })
	fmt.Printf("%q\n", b)
	try("(s[5:])", func() int { return copy(b, (s[5:])) })
	fmt.Printf("%q\n", b)
	try("nil dst", func() int { return copy([]byte(nil), s[3:]) })
	try("named", func() int { return copy(bytes(b), text(s)[9:]) })
	fmt.Printf("%q\n", b)
	try("const", func() int { return copy(b, "constant"[4:]) })
	fmt.Printf("%q\n", b)
	big := make([]byte, 20)
	try("big dst", func() int { return copy(big, s[1:]) })
	fmt.Printf("%q\n", big)

	i, j := 5, 3
	try("s[5:3]", func() int { return copy(b, s[i:j]) })
	j = 100
	try("s[:100]", func() int { return copy(b, s[:j]) })
	try("s[100:]", func() int { return copy(b, s[j:]) })
	i = -1
	try("s[-1:]", func() int { return copy(b, s[i:]) })
	var u uint64 = 1 << 63
	try("s[u:]", func() int { return copy(b, s[u:]) })
	try("s[:u]", func() int { return copy(b, s[:u]) })
	var nilb []byte
	try("nil dst, bad bounds", func() int { return copy(nilb, s[4:j]) })

	// operands in Go's order: dst, then the string, then the bounds
	try("order", func() int {
		return copy(b[note("dst", 0):], s[note("lo", 1):note("hi", 3)])
	})
	fmt.Println(calls)

	// a call among the bounds: the statement evaluates its calls first, then the slicing (Go's order)
	s2 := "abcdef"
	cut := func() int { s2 = "uvwxyz"; return 4 }
	m := copy(b, s2[1:cut()])
	fmt.Println(m, string(b[:m]))
	s2 = "abcdef"
	m = copy(b, (s2)[cut()-3:])
	fmt.Println(m, string(b[:m]))

	n := 0
	rest := "a longer string to walk through in pieces of three"
	for at := 0; at < len(rest); {
		k := copy(b[:3], rest[at:])
		fmt.Printf("%s|", b[:k])
		at += k
		n++
	}
	fmt.Println(n)

	k := 7
	fmt.Println(copy(b,
		s[k:]))
	fmt.Println(copy(b,
		s[k*3:]))
}
