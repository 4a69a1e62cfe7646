package main

// regexp: character classes (Perl, POSIX, Unicode), (?i) with Unicode simple folding, (?s), (?m), (?U), anchors,
// \b on ASCII word characters, and only \n ending a line.

import (
	"fmt"
	"regexp"
)

func show(pattern, s string) {
	re := regexp.MustCompile(pattern)
	fmt.Printf("%-22q %-24q %q\n", pattern, s, re.FindAllString(s, -1))
}

func main() {
	text := "día 12 x_y\tÉté\r\nπ=3.14 ΣΑΣ σας ﬁ K\u212a\u00a0end"
	for _, p := range []string{`\d+`, `\D+`, `\w+`, `\W+`, `\s+`, `\S+`, `[[:alpha:]]+`, `[[:^alpha:]]+`,
		`[[:upper:]]`, `[[:punct:]]`, `[[:space:]]+`, `[[:word:]]+`, `[[:xdigit:]]+`, `\pL+`, `\PL+`, `\p{Lu}`,
		`\p{Greek}+`, `\P{Greek}+`, `\p{^Greek}+`, `\pN`, `\p{Zs}`, `[\p{Latin}\d]+`, `[^\pL\s]+`, `\p{Any}`} {
		show(p, text)
	}
	for _, p := range []string{`(?i)σας`, `(?i)k`, `(?i)[k]`, `(?i)[a-z]+`, `(?i)\w+`, `(?i)É`, `(?i)ſ`, `(?i)s`,
		`(?i)[^k]`, `(?i)\p{Lu}+`, `(?i:Σ)Α`, `(?i)ǅ`} {
		show(p, "ΣΑΣ σας σαΣ K k \u212a ſ S s ǆ ǅ Ǆ é É aBc")
	}
	lines := "one\ntwo\r\nthree\n\nfour"
	for _, p := range []string{`^\w+$`, `(?m)^\w+$`, `(?m)^.*$`, `(?m)^`, `(?m)$`, `$`, `\z`, `\A\w+`, `(?m)\A\w+`,
		`.+`, `(?s).+`, `(?s:.)\w`, `[^a]+`, `(?m)^$`, `(?m)\w+\r$`} {
		show(p, lines)
	}
	for _, p := range []string{`a+`, `a+?`, `(?U)a+`, `(?U)a+?`, `a{2,3}`, `(?U)a{2,3}`, `a{2,3}?`, `a*?b`,
		`(?U)(a+)(a*)`, `(?U:a+)a`, `(?i)A(?-i)A`, `(?is)a.`, `(?i-s:a.)`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-14q %q %v\n", p, re.FindAllString("aaaa\naab AaAa", -1), re.FindStringSubmatchIndex("aaaa"))
	}
	for _, p := range []string{`\bfoo\b`, `\Bo\B`, `\b`, `\B`, `é\b`, `\bé`} {
		show(p, "foo foobar (foo) éfoo_ fooé")
	}
	for _, p := range []string{`\x41\x{263a}\101\0`, `[\x00-\x{10FFFF}]`, `[\n\t]`, `\Q.*\E`, `\a\f\v`, `[^\x00-\x{10FFFF}]`, `[\-a]`} {
		fmt.Printf("%q %v\n", p, regexp.MustCompile(p).FindAllStringIndex("A☺A\x00 .* \a\f\v -a\t", -1))
	}
}
