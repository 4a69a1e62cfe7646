package main

// regexp: submatches and their byte offsets, string and []byte forms, non-ASCII text, invalid UTF-8 (each bad
// byte is one U+FFFD for the pattern, offsets stay byte offsets), groups that take no part, and Longest/POSIX.

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\p{Greek}+)|(\d+)|(?P<bad>\x{FFFD})`)
	for _, s := range []string{"abc αβγ 42 δ", "x\xffy\xe2\x82z", "€\xc0\x80", "", "\xed\xa0\x80"} {
		fmt.Printf("%q\n", s)
		fmt.Println(" ", re.FindStringIndex(s), re.FindStringSubmatchIndex(s))
		fmt.Printf("  %q %q\n", re.FindString(s), re.FindStringSubmatch(s))
		fmt.Println(" ", re.FindAllStringIndex(s, -1), re.FindAllStringSubmatchIndex(s, 2))
		fmt.Printf("  %q\n", re.FindAllStringSubmatch(s, -1))
		b := []byte(s)
		fmt.Printf("  %q %q %v %v\n", re.Find(b), re.FindSubmatch(b), re.FindIndex(b), re.FindSubmatchIndex(b))
		fmt.Printf("  %q %q %v %v\n", re.FindAll(b, -1), re.FindAllSubmatch(b, -1), re.FindAllIndex(b, 1),
			re.FindAllSubmatchIndex(b, -1))
		fmt.Println(" ", re.MatchString(s), re.Match(b), re.MatchReader(strings.NewReader(s)), re.FindReaderIndex(strings.NewReader(s)))
	}
	dot := regexp.MustCompile(`.`)
	fmt.Println(dot.FindAllStringIndex("a\xffé\n\xf0\x9f\x98\x80\xf0\x9f", -1))
	fmt.Println(regexp.MustCompile(`[^a]`).FindAllStringIndex("\xff\xfe", -1))
	fmt.Println(regexp.MustCompile("\xef\xbf\xbd").FindAllStringIndex("\xffx\xef\xbf\xbd", -1))

	// the byte forms share the source's memory and cut the capacity
	src := []byte("key=value")
	m := regexp.MustCompile(`(\w+)=(\w+)`).FindSubmatch(src)
	fmt.Println(len(m[1]), cap(m[1]), cap(m[2]))
	m[1][0] = 'K'
	fmt.Println(string(src))

	opt := regexp.MustCompile(`(a)?(b)?(c)`)
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("xbc"), opt.FindStringSubmatchIndex("xbc"))
	fmt.Printf("%q\n", opt.FindSubmatch([]byte("c")))
	fmt.Println(opt.FindStringSubmatch("zzz") == nil, opt.FindStringIndex("zzz") == nil, opt.FindAllString("zzz", -1) == nil)

	// repeated groups keep their last iteration; empty iterations as Go gives them
	for _, p := range []string{`(a|ab)(c|bcd)(d*)`, `(a+)+`, `(a*)*`, `(a*)+`, `(a|b)*`, `(a?)*?b`, `((a)|b)+`, `(|a)*`, `(|a)+`} {
		r := regexp.MustCompile(p)
		fmt.Printf("%-18q %v %v\n", p, r.FindStringSubmatchIndex("abcd"), r.FindStringSubmatchIndex("aab"))
	}

	// leftmost-longest
	for _, p := range []string{`a+|a+b`, `(a|ab)(c|bcd)(d*)`, `x*`, `(a*)(a*)`, `.*?b`} {
		first := regexp.MustCompile(p)
		longest := regexp.MustCompile(p)
		longest.Longest()
		fmt.Printf("%-20q %v %v", p, first.FindStringSubmatchIndex("aabcd"), longest.FindStringSubmatchIndex("aabcd"))
		if posix, err := regexp.CompilePOSIX(p); err == nil {
			fmt.Print(" ", posix.FindStringSubmatchIndex("aabcd"))
		} else {
			fmt.Print(" ", err)
		}
		fmt.Println()
	}
	// POSIX syntax: ^ and $ are line anchors there, . and [^x] do not match \n
	posix := regexp.MustCompilePOSIX(`^[^x]+$`)
	fmt.Printf("%q\n", posix.FindAllString("ab\ncd\nx", -1))
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`a.b`).FindAllString("a\nb axb", -1))
}
