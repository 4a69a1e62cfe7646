package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// split calls a split function directly and shows all it returns, whether the token is nil, and its capacity
// relative to the data's.
func split(name string, f bufio.SplitFunc, data []byte, atEOF bool) {
	adv, tok, err := f(data, atEOF)
	fmt.Printf("%s(%q, %v): advance=%d token=%q nil=%v capLeft=%d err=%v\n",
		name, data, atEOF, adv, tok, tok == nil, cap(data)-cap(tok), err)
}

// scan runs a Scanner over input with a buffer of size bytes at most and prints every token and the error.
func scan(label string, input string, f bufio.SplitFunc, size int) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(f)
	if size > 0 {
		sc.Buffer(make([]byte, 0, 4), size)
	}
	var tokens []string
	for sc.Scan() {
		tokens = append(tokens, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: [%s] err=%v\n", label, strings.Join(tokens, " "), sc.Err())
}

func main() {
	inputs := []string{"", "\n", "a", "a\n", "a\r\n", "a\r", "\r", "\r\n\r\n", "ab\ncd", "x\r\ry\n", " a  b ",
		"\t\v\f\r\n x", "\xff\xfe word", "a\u00a0b\u3000c\u0085d\u2028e", "caf\xc3", "a\xe3\x80", "\xe3\x80\x80z"}
	for _, in := range inputs {
		for _, atEOF := range []bool{false, true} {
			if in == "" && !atEOF {
				continue
			}
			// a capacity of our own: []byte(in) rounds it up to an allocation size class
			data := make([]byte, len(in), len(in)+3)
			copy(data, in)
			split("ScanLines", bufio.ScanLines, data, atEOF)
			split("ScanWords", bufio.ScanWords, data, atEOF)
		}
	}
	split("ScanLines", bufio.ScanLines, nil, true)
	split("ScanWords", bufio.ScanWords, nil, true)

	// a token is a slice of the data: writing through it shows in the data
	data := []byte("one two\n")
	_, tok, _ := bufio.ScanWords(data, false)
	tok[0] = 'O'
	_, line, _ := bufio.ScanLines(data, false)
	fmt.Printf("aliased: %q %q\n", data, line)

	long := strings.Repeat("x", 40)
	scan("lines", "a\r\nb\n\nc", bufio.ScanLines, 0)
	scan("lines small buffer", "first line\r\nsecond\nthird one\n"+long[:16]+"\n", bufio.ScanLines, 17)
	scan("lines too long", "ok\n"+long+"\nafter\n", bufio.ScanLines, 16)
	scan("last line too long", "ok\n"+long, bufio.ScanLines, 16)
	scan("words", "  the quick\u00a0brown\n\tfox \xffjumps\u3000", bufio.ScanWords, 0)
	scan("words small buffer", "alpha beta\u3000gamma delta epsilon", bufio.ScanWords, 8)
	scan("words too long", "a "+long+" b", bufio.ScanWords, 16)
	scan("words only space", " \n\t \u2029 ", bufio.ScanWords, 0)
	scan("empty", "", bufio.ScanLines, 0)

	// FullRune looks at the bytes there are: a lead byte alone may still start a valid rune
	for _, p := range []string{"", "a", "\xc2", "\xe0", "\xe0\xa0", "\xe0\x80", "\xed\xa0", "\xed\x9f", "\xf0",
		"\xf0\x90", "\xf0\x8f", "\xf0\x90\x80", "\xf0\x90\x80\x7f", "\xf4\x90", "\xf5", "\x80", "\xe2\x82\xac"} {
		fmt.Printf("FullRune(%q)=%v FullRuneInString=%v\n", p, utf8.FullRune([]byte(p)), utf8.FullRuneInString(p))
	}
	fmt.Println("FullRune(nil) =", utf8.FullRune(nil))

	// ReadRune: ASCII, runes across a small buffer's refills, invalid bytes, and unreading after each
	r := bufio.NewReaderSize(strings.NewReader("ab\u00e9\u20ac\U0001F600\xff\xe2\x82c"+strings.Repeat("\u20ac", 8)), 16)
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end:", err)
			break
		}
		fmt.Printf("%q/%d ", c, size)
		if c == 'a' || c == '\u20ac' && r.Buffered() == 0 {
			fmt.Printf("unread:%v ", r.UnreadRune())
			c2, _, _ := r.ReadRune()
			fmt.Printf("again:%q ", c2)
		}
	}
	r = bufio.NewReader(strings.NewReader("xy"))
	r.ReadRune()
	fmt.Println("UnreadByte after ReadRune:", r.UnreadByte(), "UnreadRune after UnreadByte:", r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Printf("ReadByte %q; UnreadRune after ReadByte: %v\n", b, r.UnreadRune())

	// bytes.Fields: fields are capped at their length, so appending to one leaves the next alone
	for _, in := range []string{"", "   ", "a", " a b  c ", "x\u00a0y\u3000z", "\xff \xfe", "tab\tv\vff\fcr\rnl\n"} {
		fs := bytes.Fields([]byte(in))
		fmt.Printf("Fields(%q) = %q len=%d nil=%v", in, fs, len(fs), fs == nil)
		for _, f := range fs {
			fmt.Printf(" cap=%d", cap(f))
		}
		fmt.Println()
	}
	fs := bytes.Fields([]byte("ab cd"))
	fs[0] = append(fs[0], '!')
	fmt.Printf("after append: %q\n", fs)
	fmt.Printf("Fields(nil) = %q nil=%v\n", bytes.Fields(nil), bytes.Fields(nil) == nil)
}
