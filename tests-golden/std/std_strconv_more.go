package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	ints := []string{"0", "-0", "+5", "-", "+", "", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999x", "0x1F", "0b101", "0o17", "017", "1_000", "_1", "1__0", "0x_1F", "0x", "08", "1e3", " 1"}
	for _, s := range ints {
		for _, base := range []int{0, 10, 16} {
			v, err := strconv.ParseInt(s, base, 64)
			fmt.Println("ParseInt", strconv.Quote(s), base, v, err)
		}
		v8, err := strconv.ParseInt(s, 0, 8)
		fmt.Println("ParseInt8", v8, err)
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println("ParseUint", u, err)
		u16, err := strconv.ParseUint(s, 10, 16)
		fmt.Println("ParseUint16", u16, err)
		a, err := strconv.Atoi(s)
		fmt.Println("Atoi", a, err)
	}
	_, err := strconv.ParseInt("5", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("5", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("-5", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseUint("5", 10, -1)
	fmt.Println(err)
	v, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(v, err)
	floats := []string{"3.25", "-0", "1e308", "1e309", "-1e309", "1e-400", "4.9e-324", "2.5e-324", ".5", "5.", ".", "e5", "1e", "1e+", "1e+5", "1E-5", "0x1p-2", "0x1.8p3", "0X.8P1", "0x1", "0x1.fffffffffffffp1023", "0x1p1024", "inf", "+Inf", "-infinity", "infinit", "nan", "NaN", "-nan", "1_000.5", "1_000", "1__0", "0x_1p0", "1.5x", "  1", "123456789012345678901234567890", "0.1", "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "1e39", "0.000001", "100000000000000016777215", "1.00000005960464477550"}
	for _, s := range floats {
		f64, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println("ParseFloat", strconv.Quote(s), f64, err, f32, err32)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		ok, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, ok, err)
	}
	for _, x := range []int64{0, 1, -1, 255, -255, 1 << 62, -1 << 63, 35, 36} {
		fmt.Println(strconv.FormatInt(x, 2), strconv.FormatInt(x, 8), strconv.FormatInt(x, 10), strconv.FormatInt(x, 16), strconv.FormatInt(x, 36), strconv.FormatUint(uint64(x), 10), strconv.FormatUint(uint64(x), 16))
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9223372036854775808), strconv.Itoa(42))
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e21, 1e20, 1e-7, 123456789, 0.000123, 2.5, 3.5, 1.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 32), strconv.FormatFloat(f, 'g', 4, 64), strconv.FormatFloat(f, 'G', -1, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'f', 0, 64))
	}
	for _, s := range []string{"", "abc", "a\"b", "a\\b", "\n\t\r\a\b\f\v", "\x00\x7f", "héllo", "\xff\xfe", "日本語", "\u2028", "\U0001F600", "`", "'", "\u00a0", "\u200b"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'λ', 0x1F600, -1, 0xD800, 0x110000, 0xa0} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"abc"`, `"a\tb"`, `'a'`, `'ab'`, "`raw\\n`", "`a\rb`", `"\x41\101\u00e9\U0001F600"`, `"unterminated`, `"a"b`, `""`, `''`, `'\''`, `"\'"`, `'\"'`, `"\q"`, `"\400"`, `"\xZZ"`, `"\uD800"`, `x`, "\"a\nb\"", `"é"`, "\"\xff\"", "'\xff'", "\"\xff\\n\"", `"\"`} {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "rest")
		fmt.Printf("%q %q %v %q %v\n", s, u, err, p, perr)
	}
	for _, s := range []string{`\n`, `\x41`, `\u00e9x`, `a`, `é`, `\'`, `\"`, `\`, ""} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Println(v, mb, tail, err)
	}
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 42, 16)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	fmt.Println(string(b))
	_, err = strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Unwrap(err) == strconv.ErrSyntax)
	fmt.Printf("%T %v %+v\n", err, err, ne)
	fmt.Println(strconv.IntSize)
}
