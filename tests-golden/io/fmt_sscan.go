package main

import (
	"fmt"
)

type Celsius float64
type Count int16
type Name string
type Raw []byte
type Flag bool
type point struct{ x, y int }

func main() {
	var (
		i   int
		i8  int8
		u   uint
		u8  uint8
		i64 int64
		f   float64
		f32 float32
		s   string
		b   bool
		bs  []byte
		r   rune
	)
	show := func(label string, n int, err error, vals ...any) {
		fmt.Printf("%-22s n=%d err=%v vals=%v\n", label, n, err, vals)
	}

	n, err := fmt.Sscan("  42 -7\n 255 3.5e2 word true", &i, &i8, &u8, &f, &s, &b)
	show("Sscan mixed", n, err, i, i8, u8, f, s, b)
	n, err = fmt.Sscan("0x1F 0o17 0b101 017 1_000", &i, &u, &i64, &i8, &f)
	show("Sscan prefixes", n, err, i, u, i64, i8, f)
	n, err = fmt.Sscan("300", &i8)
	show("int8 overflow", n, err, i8)
	n, err = fmt.Sscan("-1", &u)
	show("uint minus", n, err, u)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	show("int64 range", n, err, i64)
	n, err = fmt.Sscan("abc", &i)
	show("not a number", n, err, i)
	n, err = fmt.Sscan("12", &i, &s)
	show("too little input", n, err, i, s)
	n, err = fmt.Sscan("", &i)
	show("empty input", n, err)
	n, err = fmt.Sscan("   \n  ", &i)
	show("only space", n, err)
	n, err = fmt.Sscan("x", i)
	show("not a pointer", n, err)
	var p point
	n, err = fmt.Sscan("1", &p)
	show("struct", n, err)
	n, err = fmt.Sscan("1.5 nan -Inf 0x1p-2 1.5p3 2e", &f, &f32, &f, &f, &f, &f)
	show("floats", n, err, f, f32)
	n, err = fmt.Sscan("T F true false 1 0 tRUe", &b, &b, &b, &b, &b, &b, &b)
	show("bools", n, err, b)
	n, err = fmt.Sscan("trux", &b)
	show("bad bool", n, err, b)
	n, err = fmt.Sscan("bytes here", &bs)
	show("[]byte", n, err, string(bs))

	var c Celsius
	var cnt Count
	var nm Name
	var raw Raw
	var fl Flag
	n, err = fmt.Sscan("21.5 123 Bob xyz T", &c, &cnt, &nm, &raw, &fl)
	show("named types", n, err, c, cnt, nm, string(raw), fl)
	n, err = fmt.Sscan("70000", &cnt)
	show("named overflow", n, err, cnt)

	n, err = fmt.Sscanln("1 2\n3", &i, &i64)
	show("Sscanln", n, err, i, i64)
	n, err = fmt.Sscanln("1\n2", &i, &i64)
	show("Sscanln newline", n, err, i)
	n, err = fmt.Sscanln("1 2 3", &i, &i64)
	show("Sscanln extra", n, err, i, i64)
	n, err = fmt.Sscanln("1 2   \r\n", &i, &i64)
	show("Sscanln crlf", n, err, i, i64)
	n, err = fmt.Sscanln("", &i)
	show("Sscanln empty", n, err)
	n, err = fmt.Sscanln("\n", &i)
	show("Sscanln blank line", n, err)

	n, err = fmt.Sscanf("7-8 kg", "%d-%d %s", &i, &i64, &s)
	show("Sscanf", n, err, i, i64, s)
	n, err = fmt.Sscanf("ff 0777 1010 Z", "%x %o %b %c", &i, &u, &i8, &r)
	show("Sscanf bases", n, err, i, u, i8, string(r))
	n, err = fmt.Sscanf("12345678", "%3d%2d%s", &i, &i64, &s)
	show("Sscanf widths", n, err, i, i64, s)
	n, err = fmt.Sscanf("abcdef", "%3s%c%s", &s, &r, &nm)
	show("Sscanf %c", n, err, s, string(r), nm)
	n, err = fmt.Sscanf("x:5", "y:%d", &i)
	show("Sscanf mismatch", n, err)
	n, err = fmt.Sscanf("5", "%d %d", &i, &i64)
	show("Sscanf short input", n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &i64)
	show("Sscanf newline", n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &i64)
	show("Sscanf matching nl", n, err, i, i64)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &i64)
	show("Sscanf nl missing", n, err, i)
	n, err = fmt.Sscanf("12", "%d%d", &i)
	show("too few operands", n, err)
	n, err = fmt.Sscanf("12", "%d", &i, &i64)
	show("too many operands", n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show("percent", n, err, i)
	n, err = fmt.Sscanf("50", "%d%", &i)
	show("dangling percent", n, err)
	n, err = fmt.Sscanf("5", "%s", &i)
	show("bad verb int", n, err)
	n, err = fmt.Sscanf("5", "%d", &s)
	show("bad verb string", n, err)
	n, err = fmt.Sscanf("5", "%d", &f)
	show("bad verb float", n, err)
	n, err = fmt.Sscanf("5", "%d", &b)
	show("bad verb bool", n, err)
	n, err = fmt.Sscanf(`"quoted \"str\"" `+"`raw`", "%q %q", &s, &nm)
	show("%q", n, err, s, nm)
	n, err = fmt.Sscanf(`"unterminated`, "%q", &s)
	show("%q unterminated", n, err)
	n, err = fmt.Sscanf("plain", "%q", &s)
	show("%q plain", n, err)
	n, err = fmt.Sscanf("48656c6c6f zz", "%x %x", &s, &bs)
	show("%x string", n, err, s)
	n, err = fmt.Sscanf("4g", "%x", &s)
	show("%x illegal", n, err)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show("%U", n, err, string(r))
	n, err = fmt.Sscanf("A", "%c", &i8)
	show("%c int8", n, err, i8)
	n, err = fmt.Sscanf("€", "%c", &i8)
	show("%c overflow", n, err, i8)
	n, err = fmt.Sscanf("3.25", "%f", &f32)
	show("%f float32", n, err, f32)
	n, err = fmt.Sscanf("5", "%5", &i)
	show("width at end", n, err)
	n, err = fmt.Sscanf("  x", " x")
	show("no operands", n, err)
	n, err = fmt.Sscanf("ab", "a b")
	show("space needed", n, err)
}
