package main

// Pattern matching: path.Match and filepath.Match on many patterns, with ErrBadPattern even when the match
// fails before the bad part, and filepath.Glob on a tree.

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
)

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
		{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
		{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"},
		{"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"},
		{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"},
		{"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "x"}, {"x", ""},
		{"*", ""}, {"[]", "x"}, {"[a\\", "a"}, {"*[", "x"}, {"*a[", "b"}, {"?", "\xff"}, {"[\xff]", "x"},
		{"a*[", "xyz"}, {"**", "abc"}, {"*/b", "a/b"}, {"*/*", "a/b/c"},
	}
	for _, c := range cases {
		m, err := path.Match(c[0], c[1])
		fm, ferr := filepath.Match(c[0], c[1])
		fmt.Printf("%-16q %-18q %-5v %v | %v %v\n", c[0], c[1], m, err, fm == m, ferr)
	}
	_, err := filepath.Match("[", "")
	fmt.Println(err == filepath.ErrBadPattern, err == path.ErrBadPattern)
	_, err = path.Match("[", "")
	fmt.Println(err == path.ErrBadPattern)

	for _, dir := range []string{"g/src/a", "g/src/b", "g/doc", "g/[x]"} {
		os.MkdirAll(dir, 0755)
	}
	for _, f := range []string{"g/src/a/main.go", "g/src/a/util.go", "g/src/b/b.go", "g/src/b/b.txt", "g/doc/readme.md", "g/top.go", "g/[x]/y"} {
		os.WriteFile(f, nil, 0644)
	}
	for _, p := range []string{"g/*.go", "g/src/*/*.go", "g/*/*/*", "g/src/?/b.*", "g/[st]*", "g/nothing*", "g/top.go", "g/none", "g/[", "g/*/[", "g/\\[x\\]/*", "*/src", "g/src/[^a]/*"} {
		matches, err := filepath.Glob(p)
		fmt.Printf("%-16s %q %v %v\n", p, matches, matches == nil, err)
	}
}
