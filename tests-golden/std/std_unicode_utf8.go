package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	rs := []rune{'a', 'Z', '0', '9', ' ', '\t', '\n', '\v', 0x85, 0xA0, 0x1680, 0x2000, 0x3000, '!', '_', '-', '(', '$', '+', '^', 'é', 'É', 'ß', 'ǅ', 'Σ', 'σ', 'ς', 'ſ', 'K', 'k', 0x212A, '٣', 'Ⅳ', '½', '²', '世', '\u0300', 0x00AD, 0x7F, 0x9F, 0xFFFD, -1, 0x110000, 0xD800, 'İ', 'ı', 'Ⓐ', 'ǈ', 0x1F600, '€', '©', '¿', '«'}
	for _, r := range rs {
		fmt.Println(r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.To(unicode.UpperCase, r))
	}
	strs := []string{"", "a", "héllo", "日本語", "\xff", "a\xffb", "\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80"}
	for _, s := range strs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		lr2, ln2 := utf8.DecodeLastRune([]byte(s))
		fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), r, n, lr, ln, r2, n2, lr2, ln2, utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xD800} {
		buf := make([]byte, 4)
		w := utf8.EncodeRune(buf, r)
		fmt.Println(utf8.RuneLen(r), utf8.ValidRune(r), w, buf[:w], utf8.AppendRune(nil, r), utf8.RuneStart(buf[0]))
	}
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, unicode.MaxRune, unicode.ReplacementChar)
	defer func() { fmt.Println("recovered:", recover()) }()
	small := make([]byte, 1)
	utf8.EncodeRune(small, '世')
}
