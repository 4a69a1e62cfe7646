package main

// regexp: the empty-match rules of FindAll, ReplaceAll and Split (an empty match right after a match is passed
// over, an empty match moves one rune on), the n limits, and the Replace variants.

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	texts := []string{"", "abc", "baaac", "aaa", "xaxbx", "αaβ", "a\xffa", "\xff"}
	for _, p := range []string{`a*`, `a*?`, `a|`, `|a`, `x*`, `b*`, `^`, `$`, `\b`, `(?m)^`, `a?`, `.`, `[^a]*`} {
		re := regexp.MustCompile(p)
		for _, s := range texts {
			fmt.Printf("%-8q %-10q %v %q %q %q\n", p, s, re.FindAllStringIndex(s, -1),
				re.ReplaceAllString(s, "<$0>"), re.Split(s, -1), re.ReplaceAllLiteralString(s, "-"))
		}
	}
	re := regexp.MustCompile(`a`)
	for _, n := range []int{-1, 0, 1, 2, 5} {
		fmt.Printf("n=%d %q %q %v\n", n, re.FindAllString("banana", n), re.Split("banana", n), re.FindAllStringIndex("banana", n) == nil)
	}
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c ,  d,", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\s+`).Split("  lead and trail  ", -1))
	fmt.Printf("%q %q\n", regexp.MustCompile(``).Split("", -1), regexp.MustCompile(`x`).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("abc", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	sp := regexp.MustCompile(`z`).Split("abc", -1)
	fmt.Println(len(sp), sp == nil, regexp.MustCompile(`abc`).Split("abc", -1) == nil)

	up := regexp.MustCompile(`[aeiou]+`)
	fmt.Println(up.ReplaceAllStringFunc("education is key", strings.ToUpper))
	fmt.Printf("%s\n", up.ReplaceAllFunc([]byte("education is key"), bytes.ToUpper))
	fmt.Printf("%s\n", up.ReplaceAll([]byte("education"), []byte("[$0]")))
	fmt.Printf("%s\n", up.ReplaceAllLiteral([]byte("education"), []byte("[$0]")))
	fmt.Printf("%q %v\n", regexp.MustCompile(`x*`).ReplaceAll([]byte(""), []byte("-")), regexp.MustCompile(`y`).ReplaceAll([]byte(""), nil) == nil)
	calls := 0
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllStringFunc("baaac", func(s string) string {
		calls++
		return fmt.Sprintf("(%s)", s)
	}), calls)
	fmt.Println(regexp.MustCompile(`(?i)ß`).ReplaceAllString("Straße STRASSE", "ss"))
	fmt.Println(regexp.MustCompile(`\b`).ReplaceAllString("hi there", "|"))
	fmt.Println(regexp.MustCompile(`(a)|b`).ReplaceAllString("abab", "[$1]"))

	long := regexp.MustCompile(`a+|a+b`)
	long.Longest()
	fmt.Println(long.ReplaceAllString("aab ab a", "X"), regexp.MustCompilePOSIX(`a*|b`).FindAllString("baaab", -1))
}
