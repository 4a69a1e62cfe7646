package main

import (
	"fmt"
)

// Hex formats itself, also when appended.
type Hex int

func (h Hex) Format(f fmt.State, verb rune) {
	if f.Flag('#') {
		f.Write([]byte("0x"))
	}
	fmt.Fprintf(f, "%x", int(h))
}

type point struct{ X, Y int }

func main() {
	var b []byte
	b = fmt.Append(b, "a", 1, 2, "b", 3.5, true, nil)
	fmt.Printf("%q len=%d\n", b, len(b))
	b = fmt.Appendln(b, "line", 4, Hex(255))
	fmt.Printf("%q\n", b)
	b = fmt.Appendf(b, "%05d|%-4s|%#v|%v|%#v", 42, "x", point{1, 2}, Hex(16), Hex(16))
	fmt.Printf("%q\n", b)

	fmt.Printf("%q %q %q\n", fmt.Append(nil), fmt.Appendln(nil), fmt.Appendf(nil, ""))
	fmt.Println(fmt.Append(nil) == nil, fmt.Appendf(nil, "") == nil, fmt.Appendln(nil) == nil)
	fmt.Println(string(fmt.Appendf([]byte("prefix:"), "%d%%", 50)))
	fmt.Println(string(fmt.Appendf(nil, "%d %s", 1)))
	fmt.Println(string(fmt.Appendf(nil, "%d", 1, "extra")))

	// the result shares the argument's array while it has room, as append does
	buf := make([]byte, 0, 64)
	out := fmt.Append(buf, "shared")
	fmt.Println(string(out), string(buf[:len(out)]), cap(out) == cap(buf))
	small := make([]byte, 2, 2)
	copy(small, "ok")
	grown := fmt.Appendf(small, "+%s", "more")
	grown[0] = 'O'
	fmt.Println(string(small), string(grown))

	// Unicode goes in as UTF-8 bytes
	u := fmt.Appendf(nil, "%c%s%q", 'é', "日本", "ü")
	fmt.Println(len(u), string(u))
}
