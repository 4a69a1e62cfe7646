package main

// regexp: replacement templates: $1, ${1}, $name, ${name}, $$, $1x (the group named 1x), leading zeros, names
// that are not groups, groups that took no part, a $ that starts no reference; Expand and ExpandString.

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)\s*=\s*(?P<value>\w*)(?P<x1>!)?`)
	src := "a = 1, bb=22!, c="
	for _, t := range []string{`$1`, `${1}`, `$key:$value`, `${key}x`, `$keyx`, `$1x`, `${1}x`, `$$1`, `$$`, `$`,
		`x$`, `$ $`, `${`, `${key`, `${}`, `$01`, `${01}`, `$0`, `$2$1`, `$9`, `$x1`, `${x1}`, `$3`, `$-1`,
		`$key$value`, `$é`, `${value}€`, `$100000000000`, `$ké`} {
		fmt.Printf("%-16q %q\n", t, re.ReplaceAllString(src, t))
	}
	fmt.Printf("%q\n", re.ReplaceAll([]byte(src), []byte("<${value}|$key>")))

	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		dst = re.ExpandString(dst, "$key->$value;", src, m)
	}
	fmt.Printf("%s\n", dst)
	b := []byte(src)
	out := []byte("pre:")
	for _, m := range re.FindAllSubmatchIndex(b, -1) {
		out = re.Expand(out, []byte("[$2]"), b, m)
	}
	fmt.Printf("%s\n", out)
	// a match with fewer offsets than groups: the missing groups expand to nothing
	fmt.Printf("%q\n", re.ExpandString(nil, "<$0|$1>", src, re.FindStringIndex(src)))
	// duplicate names: the first group of that name that took part
	dup := regexp.MustCompile(`(?P<n>a)|(?P<n>b)`)
	fmt.Println(dup.ReplaceAllString("ab", "[$n]"), dup.SubexpIndex("n"))
}
