// Generates ../StrconvGoldenTest.java: FormatFloat, the Quote family, CanBackquote, IsPrint, IsGraphic, ParseInt,
// ParseUint, ParseFloat, Unquote, QuotedPrefix and UnquoteChar cases with the results of real Go (1.19).
//
//	cd language/src/test/java/gosub/language/stdlib/strconv/testdata && go run gen_strconv.go > ../StrconvGoldenTest.java
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

func jstr(s string) string {
	// A long run of one byte is written as a repeat, to keep the Java source small.
	for start := 0; start < len(s); start++ {
		end := start
		for end < len(s) && s[end] == s[start] {
			end++
		}
		if end-start > 40 {
			return fmt.Sprintf("%s + %s.repeat(%d) + %s", jstr(s[:start]), jstr(s[start:start+1]), end-start, jstr(s[end:]))
		}
	}
	var sb strings.Builder
	sb.WriteByte('"')
	for _, b := range []byte(s) {
		if b >= 0x20 && b < 0x7f && b != '"' && b != '\\' {
			sb.WriteByte(b)
		} else {
			fmt.Fprintf(&sb, "\\%03o", b)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// failure is the failure code of gosub's NumberText for a strconv error.
func failure(err error) int {
	if err == nil {
		return 0
	}
	switch e := err.(*strconv.NumError).Err; {
	case e == strconv.ErrSyntax:
		return 1
	case e == strconv.ErrRange:
		return 2
	case strings.HasPrefix(e.Error(), "invalid base"):
		return 3
	default:
		return 4
	}
}

// Test methods are split so that no generated method nears the JVM's 64KB code limit.
const perMethod = 400

var methods [][]string

func emit(name string, lines []string) {
	for i := 0; i < len(lines); i += perMethod {
		end := i + perMethod
		if end > len(lines) {
			end = len(lines)
		}
		methods = append(methods, append([]string{fmt.Sprintf("%s%d", name, i/perMethod+1)}, lines[i:end]...))
	}
}

func main() {
	r := rand.New(rand.NewSource(1)) // the cases depend on this seed: changing it regenerates them all

	// FormatFloat: special values, then values of several shapes in random formats and precisions.
	var vals []float64
	vals = append(vals, 0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 100, 1e6, 1e21, 1e23, 123456789, 1.0/3, 2.0/3,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324, 1e-320,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 16777216, 9007199254740993, 0.000001, 0.0000001, 1e-4, 1e-5,
		0.05, 0.15, 0.25, 0.35, 1.005, 9.5, 99.5, 999999.5, 0.95, 9.999999e-5)
	for n := 0; n < 300; n++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
		vals = append(vals, float64(math.Float32frombits(r.Uint32())))
		v, _ := strconv.ParseFloat(fmt.Sprintf("%de%d", r.Int63n(1000000), r.Intn(50)-25), 64)
		vals = append(vals, v)
	}
	for i := 0; i < 40; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()>>12), float64(math.Float32frombits(r.Uint32()>>9)))
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, -1, -1, 0, 1, 2, 3, 4, 6, 8, 10, 15, 16, 17, 20, 25}
	var floats []string
	for i, v := range vals {
		n := 3
		if i < 40 {
			n = 12
		}
		for k := 0; k < n; k++ {
			f := fmts[r.Intn(len(fmts))]
			p := precs[r.Intn(len(precs))]
			bs := 64
			if r.Intn(3) == 0 {
				bs = 32
			}
			if f == 'f' && p == -1 && (math.Abs(v) > 1e40 || (v != 0 && math.Abs(v) < 1e-40)) {
				p = 3
			}
			floats = append(floats, fmt.Sprintf("ff(0x%016xL, '%c', %d, %d, %s)", math.Float64bits(v), f, p, bs, jstr(strconv.FormatFloat(v, f, p, bs))))
		}
	}
	emit("formatFloat", floats)

	// Quote: ASCII, controls, Latin-1, multi-byte runes, invalid UTF-8 and random mixes of these.
	pieces := []string{"a", "Z", " ", "\"", "'", "\\", "`", "\t", "\n", "\r", "\a", "\b", "\f", "\v", "\x00", "\x01", "\x1f", "\x7f",
		"é", "\u00a0", "\u00ad", "ÿ", "\u0300", "\u200b", "\u2028", "\u202e", "\ufeff", "\ufffd", "日", "😀", "\U0001F1E6", "\U000E0001",
		"\U0010FFFF", "\uE000", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\x80"}
	var quotes []string
	seen := map[string]bool{}
	add := func(s string) {
		if seen[s] {
			return
		}
		seen[s] = true
		quotes = append(quotes, fmt.Sprintf("q(%s, %s, %s, %s, %v)", jstr(s), jstr(strconv.Quote(s)), jstr(strconv.QuoteToASCII(s)),
			jstr(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s)))
	}
	add("")
	for _, p := range pieces {
		add(p)
	}
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for k := r.Intn(5) + 1; k > 0; k-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		add(sb.String())
	}
	emit("quote", quotes)

	// QuoteRune, IsPrint and IsGraphic on special and random code points, assigned or not in Go 1.19's Unicode.
	runes := []rune{0, 7, 8, 9, 10, 11, 12, 13, 27, ' ', '\'', '"', '\\', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xad, 0xe9, 0xff, 0x100,
		0x300, 0x37f, 0x378, 0x600, 0x61c, 0x200b, 0x200e, 0x2028, 0x2029, 0x202f, 0x3000, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xf8ff,
		0xfeff, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1f600, 0xe0001, 0xe0100, 0xf0000, 0x10ffff, 0x110000, -1}
	for len(runes) < 700 {
		var c rune
		switch r.Intn(3) {
		case 0:
			c = rune(r.Intn(0x800))
		case 1:
			c = rune(r.Intn(0x10000))
		default:
			c = rune(r.Intn(0x110000))
		}
		runes = append(runes, c)
	}
	var runeLines, printLines []string
	for _, c := range runes {
		runeLines = append(runeLines, fmt.Sprintf("qr(%d, %s, %s, %s)", c, jstr(strconv.QuoteRune(c)), jstr(strconv.QuoteRuneToASCII(c)),
			jstr(strconv.QuoteRuneToGraphic(c))))
		if c >= 0 && c <= 0x10ffff {
			printLines = append(printLines, fmt.Sprintf("pr(0x%x, %v, %v)", c, strconv.IsPrint(c), strconv.IsGraphic(c)))
		}
	}
	emit("quoteRune", runeLines)
	emit("isPrint", printLines)

	// ParseInt and ParseUint: fixed texts in every base and bit size, then random numbers with signs, prefixes
	// and underscores in some of them.
	intTexts := []string{"", "0", "-0", "+0", "1", "-1", "+", "-", "00", "007", "08", "0x", "0X1f", "0x_1f", "0x1_f",
		"0x1__f", "0x1f_", "_1", "1_", "1_000", "1__0", "0b101", "0b", "0B1_0", "0o17", "0O17", "0o", "0_7", "0_x1",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999x", "99999999999999999999_", "1e3",
		" 1", "1 ", "z", "Z", "zz", "-zz", "0xffffffffffffffff", "0x10000000000000000", "127", "128", "-128",
		"-129", "255", "256", "65535", "65536", "4294967295", "4294967296", "2147483647", "2147483648",
		"-2147483648", "-2147483649", "\u00e9", "1\u00e9", "+-1", "--1", "0x-1", "-0x1", "0b2", "0o8", "1a", "A", "-2",
		"1\x00", "0x8000000000000000", "-0x8000000000000000", "-0x8000000000000001", "0b" + strings.Repeat("1", 64),
		"0b1" + strings.Repeat("0", 64), strings.Repeat("9", 40)}
	digits := "0123456789abcdefABCDEF_xXoObB"
	for i := 0; i < 250; i++ {
		var sb strings.Builder
		switch r.Intn(4) {
		case 0:
			sb.WriteString("-")
		case 1:
			sb.WriteString("+")
		}
		switch r.Intn(5) {
		case 0:
			sb.WriteString("0x")
		case 1:
			sb.WriteString("0b")
		case 2:
			sb.WriteString("0o")
		}
		for k := r.Intn(22) + 1; k > 0; k-- {
			if r.Intn(4) == 0 {
				sb.WriteByte(digits[r.Intn(len(digits))])
			} else {
				sb.WriteByte(digits[r.Intn(10)])
			}
		}
		intTexts = append(intTexts, sb.String())
	}
	bases := []int{0, 0, 2, 8, 10, 10, 16, 16, 36, 1, 37, -1}
	bitSizes := []int{0, 0, 64, 64, 32, 16, 8, 1, 63, 65, -1}
	var intLines []string
	for i, t := range intTexts {
		combos := 3
		if i < 90 {
			combos = 6
		}
		for k := 0; k < combos; k++ {
			base, bits := bases[r.Intn(len(bases))], bitSizes[r.Intn(len(bitSizes))]
			if k == 0 {
				base, bits = 0, 64
			}
			u, err := strconv.ParseUint(t, base, bits)
			intLines = append(intLines, fmt.Sprintf("pu(%s, %d, %d, %dL, %d)", jstr(t), base, bits, int64(u), failure(err)))
			v, err := strconv.ParseInt(t, base, bits)
			intLines = append(intLines, fmt.Sprintf("pi(%s, %d, %d, %dL, %d)", jstr(t), base, bits, v, failure(err)))
		}
	}
	emit("parseInt", intLines)

	// ParseFloat: special values, syntax corners, limits of float64 and float32, long digit strings and huge
	// exponents, random decimal and hexadecimal texts, and the shortest texts of random floats. Not included: more
	// than 800 digits before the decimal point with an exponent that brings the value back into range, where
	// Go 1.19's slow path loses the excess digits' place (it parses "1" + 100000 zeros + "e-100000" as 0); gosub
	// returns the correctly rounded value there.
	floatTexts := []string{"", "0", "-0", "+0", "1", "1.", ".5", ".", "-.", "1e", "1e+", "1e-5", "1E5", "1e+5", "1_000.5",
		"1_000._5", "1__0", "_1", "1_", "1e1_0", "1e_1", "0x1p-2", "0x1.8p3", "0X.8P1", "0x1", "0x1p", "0x_1p0",
		"0x1_p0", "0x.p1", "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075",
		"0x1.8p-1075", "1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"2e308", "4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324", "1e-400", "inf", "+Inf", "-INFINITY",
		"infinity", "infinit", "infx", "nan", "NaN", "-nan", "+NaN", "nanx", "i", "in", "-in", "3.4028235e38",
		"3.4028236e38", "3.4028235677973366e38", "1.401298464324817e-45", "7e-46", "7.1e-46", "1e-46", "0.1",
		"0.30000000000000004", "123456789012345678901234567890", "1" + strings.Repeat("0", 400) + "e-400",
		"0." + strings.Repeat("0", 400) + "1e401", "1" + strings.Repeat("0", 700) + "e-690",
		"1" + strings.Repeat("0", 30) + "e-99999", "0.000001e12345", "1e100000", "1e-100000", "0e999999",
		"9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000000001", "0x1.0000000000000800p0",
		"0x1.00000000000008001p0", "1.5e", "1.5e+-3", "+.e1", "0x", "0x.", "0xp1", "0x1.1.1p1", "1.1.1", "1e1.5",
		"0b1", "0o7", "١", "1 ", " 1", "1_e5", "0x1p1_0", "0x1_0p0", "-0x1p-1"}
	fdigits := "0123456789_."
	for i := 0; i < 250; i++ {
		var sb strings.Builder
		if r.Intn(3) == 0 {
			sb.WriteString("-")
		}
		hex := r.Intn(5) == 0
		if hex {
			sb.WriteString("0x")
		}
		for k := r.Intn(25) + 1; k > 0; k-- {
			switch {
			case r.Intn(12) == 0:
				sb.WriteByte(fdigits[10+r.Intn(2)])
			case hex && r.Intn(3) == 0:
				sb.WriteByte("abcdefABCDEF"[r.Intn(12)])
			default:
				sb.WriteByte(fdigits[r.Intn(10)])
			}
		}
		if hex || r.Intn(2) == 0 {
			if hex {
				sb.WriteString("p")
			} else {
				sb.WriteString("e")
			}
			fmt.Fprint(&sb, r.Intn(700)-350)
		}
		floatTexts = append(floatTexts, sb.String())
	}
	for n := 0; n < 150; n++ {
		v := math.Float64frombits(r.Uint64())
		floatTexts = append(floatTexts, strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 16, 64))
		f := float64(math.Float32frombits(r.Uint32()))
		floatTexts = append(floatTexts, strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'x', -1, 64))
	}
	var floatLines []string
	for _, t := range floatTexts {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(t, bits)
			b := math.Float64bits(v)
			if v != v {
				b = 0x7FF8000000000001
			}
			floatLines = append(floatLines, fmt.Sprintf("pf(%s, %d, 0x%016xL, %d)", jstr(t), bits, b, failure(err)))
		}
	}
	emit("parseFloat", floatLines)

	// Unquote, QuotedPrefix and UnquoteChar: literals with every escape, broken ones, and quoted random strings cut
	// short or followed by more text.
	literals := []string{`""`, `"a"`, `"\n"`, `"\x41"`, `"\u00e9"`, `"\U0001F600"`, `"\377"`, `"\400"`, `"\8"`, `"\z"`,
		`"abc`, `"a"b`, `'a'`, `'ab'`, `''`, `'\''`, `'\"'`, `"\'"`, `"\""`, "`raw`", "`a\rb`x", "`unterminated", `'\xff'`,
		`'é'`, "\"\xff\"", "'\xff'", "\"é\xff\"", "\"a\nb\"", `'\u12'`, `"\uD800"`, `"\U00110000"`, "x", "", `"`, `'`, "`",
		`"\a\b\f\n\r\t\v\\"`, `'\a'`, `'\0'`, `'\000'`, `'\x0'`, `"\xFf\XfF"`, `"\u0041"`, `'\U0010FFFF'`,
		`"\`, `"\"`, "\"\t\"", "'\n'", "\"\r\"", "``", "`\r`", `"a""b"`, `'a'b'`, "\"\x00\"", `"\u00e9\u00e9"`}
	for i := 0; i < 200; i++ {
		var sb strings.Builder
		for k := r.Intn(4) + 1; k > 0; k-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		var q string
		switch r.Intn(4) {
		case 0:
			q = strconv.QuoteToASCII(sb.String())
		case 1:
			q = strconv.QuoteRune([]rune(sb.String())[0])
		default:
			q = strconv.Quote(sb.String())
		}
		switch r.Intn(4) {
		case 0:
			q = q[:r.Intn(len(q))]
		case 1:
			q += pieces[r.Intn(len(pieces))]
		}
		literals = append(literals, q)
	}
	var unquoteLines []string
	for _, l := range literals {
		v, err := strconv.Unquote(l)
		p, perr := strconv.QuotedPrefix(l)
		unquoteLines = append(unquoteLines, fmt.Sprintf("uq(%s, %s, %v, %s, %v)", jstr(l), jstr(v), err == nil, jstr(p), perr == nil))
	}
	charTexts := []string{"a", "\\n", "\\x4", "\\x41rest", "é", "\xff", "\"", "'", "\\'", "\\\"", "\\", "", "\\777", "\\101",
		"\\u00e9x", "\\U0010ffff", "\\U00110000", "\\ud800", "\\q", "`", "\\`", "\\0", "\\07", "\\008", "\\X41", "\x00z"}
	for _, t := range charTexts {
		for _, quote := range []byte{'"', '\'', '`', 0} {
			v, mb, tail, err := strconv.UnquoteChar(t, quote)
			unquoteLines = append(unquoteLines, fmt.Sprintf("uc(%s, (char) %d, %dL, %v, %s, %v)", jstr(t), quote, v, mb, jstr(tail), err == nil))
		}
	}
	emit("unquote", unquoteLines)

	w := os.Stdout
	fmt.Fprintln(w, "// GENERATED by testdata/gen_strconv.go from the output of Go 1.19's strconv. Do not edit; regenerate.")
	fmt.Fprintln(w, "package gosub.language.stdlib.strconv;")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "import static gosub.language.stdlib.strconv.StrconvCase.*;")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "import org.junit.jupiter.api.DynamicTest;")
	fmt.Fprintln(w, "import org.junit.jupiter.api.TestFactory;")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "import java.util.stream.Stream;")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "class StrconvGoldenTest {")
	total := 0
	for _, method := range methods {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "    @TestFactory")
		fmt.Fprintf(w, "    Stream<DynamicTest> %s() {\n", method[0])
		fmt.Fprintln(w, "        return Stream.of(")
		for i, l := range method[1:] {
			sep := ","
			if i == len(method)-2 {
				sep = ");"
			}
			fmt.Fprintf(w, "                %s%s\n", l, sep)
			total++
		}
		fmt.Fprintln(w, "    }")
	}
	fmt.Fprintln(w, "}")
	fmt.Fprintf(os.Stderr, "%d cases\n", total)
}
