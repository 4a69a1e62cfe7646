package main

// regexp: what Compile accepts and refuses (Go's messages), MustCompile's panic text, QuoteMeta, String,
// NumSubexp, SubexpNames, SubexpIndex and LiteralPrefix.

import (
	"fmt"
	"regexp"
)

func main() {
	bad := []string{
		`(ab`, `ab)`, `a**`, `a*+`, `a??*`, `x{2}{3}`, `*a`, `(*)`, `a|*`, `(?i)*`,
		`\1`, `\8`, `\C`, `\q`, `\é`, `a\`, `\x`, `\xZ1`, `\x{}`, `\x{110000}`, `\x{12`,
		`(?=x)`, `(?!x)`, `(?<n>x)`, `(?P<n`, `(?P<>x)`, `(?P<a-b>x)`, `(?i-)`, `(?--i)`, `(?z)`,
		`x{1001}`, `x{2,1}`, `(x{500}){3}`, `x{1000}`, `[z-a]`, `[a`, `[]`, `[^`, `[[:foo:]]`,
		`\p{Foo}`, `\pX`, `\p`, `\p{L`, "\xff", "a\xffb", `[a-\d]`,
	}
	for _, p := range bad {
		re, err := regexp.Compile(p)
		fmt.Printf("%-14q %v %v\n", p, re != nil, err)
	}
	for _, p := range []string{`a-]`, `[a-]`, `[]a]`, `[^]a]`, `a{,2}`, `a{`, `{`, `a{1,x}`, `\_`, `\Q(*)\E+`,
		`\Qab`, `(?)a`, `(?i:A)b`, `(?P<year>\d{4})-(?P<month>\d\d)`, `x{3}`, `(a)(b)(?:c)(d)`} {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, "error:", err)
			continue
		}
		prefix, complete := re.LiteralPrefix()
		fmt.Printf("%q n=%d names=%q prefix=%q complete=%v first=%q\n", re.String(), re.NumSubexp(),
			re.SubexpNames(), prefix, complete, re.FindString("abc[a-]x{{2017-12 a_ (*)(*)Ab"))
	}
	re := regexp.MustCompile(`(?P<a>x)(y)(?P<b>z)(?P<a>w)`)
	fmt.Println(re.SubexpIndex("a"), re.SubexpIndex("b"), re.SubexpIndex(""), re.SubexpIndex("c"))
	for _, p := range []string{`abc`, `abc+`, `abc|abd`, `^abc$`, `^abc`, `(?i)abc`, `a\.b`, `(abc)`, `^(?:a+)$`} {
		prefix, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q: %q %v\n", p, prefix, complete)
	}
	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 [or (1+2)*3?] {x} ^|\`))
	fmt.Println(regexp.MustCompile(regexp.QuoteMeta("a.b*c")).MatchString("xa.b*cx"))
	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`a(b`, []byte("ab"))
	fmt.Println(ok, err)
	_, err = regexp.CompilePOSIX(`\d`)
	fmt.Println(err)
	_, err = regexp.CompilePOSIX(`a*?`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompilePOSIX(`a**`).String())
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile("x(\n")
}
