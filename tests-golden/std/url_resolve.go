package main

import (
	"fmt"
	"net/url"
)

func main() {
	base, _ := url.Parse("http://a/b/c/d;p?q#f")
	refs := []string{
		"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s",
		"", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g",
		"/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y",
		"g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "mailto:x", "//x/../y/./z",
		"/a/..//b", "a/..//b", "/..//b", "..//b", ".//b", "/./", "x/../../../y", "%41/%2F", "?", "#",
	}
	for _, r := range refs {
		u, err := base.Parse(r)
		if err != nil {
			fmt.Printf("%q: error %v\n", r, err)
			continue
		}
		fmt.Printf("%q -> %s (path %q)\n", r, u, u.Path)
	}
	for _, b := range []string{"", "/", "a", "a/b", "http://h", "http://h/x/y", "mailto:z", "http://h/x?q#f"} {
		bu, _ := url.Parse(b)
		for _, r := range []string{"", "c", "../c", "/c", "?k", "#k", "./", ".."} {
			ru, _ := url.Parse(r)
			fmt.Printf("[%q + %q] = %q  ", b, r, bu.ResolveReference(ru).String())
		}
		fmt.Println()
	}
	_, err := base.Parse("%zz")
	fmt.Println(err)

	j, _ := url.Parse("https://example.com/api/v1/")
	fmt.Println(j.JoinPath("users", "42"), j.JoinPath("../x"), j.JoinPath("a/", "b/"), j.JoinPath(), j.JoinPath("../../../.."))
	j, _ = url.Parse("rel/path")
	fmt.Println(j.JoinPath("..", "..", "..", "x"), j.JoinPath("a b", "c%d"))
	j, _ = url.Parse("http://h/a%2Fb?q=1#f")
	fmt.Println(j.JoinPath("c"))
	for _, c := range [][]string{{"https://go.dev", "doc", "install"}, {"https://go.dev/a/", "../b/"}, {"::bad", "x"}, {"http://x/%zz", "y"}, {"", "a", "b"}} {
		s, err := url.JoinPath(c[0], c[1:]...)
		fmt.Printf("JoinPath(%q) = %q, %v\n", c, s, err)
	}
}
