package main

import (
	"errors"
	"fmt"
	"net/url"
)

func show(u *url.URL) {
	fmt.Printf("  scheme=%q opaque=%q user=%v host=%q path=%q rawpath=%q omithost=%v force=%v query=%q frag=%q rawfrag=%q\n",
		u.Scheme, u.Opaque, u.User, u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment)
	fmt.Printf("  String=%q Redacted=%q EscapedPath=%q EscapedFragment=%q RequestURI=%q Hostname=%q Port=%q IsAbs=%v\n",
		u.String(), u.Redacted(), u.EscapedPath(), u.EscapedFragment(), u.RequestURI(), u.Hostname(), u.Port(), u.IsAbs())
}

func main() {
	inputs := []string{
		"https://user:p%40ss@Example.com:8443/a/b%2Fc/d e?x=1&y=%20z#frag%21ment",
		"HTTP://example.com",
		"http://example.com/",
		"mailto:someone@example.com",
		"file:///etc/passwd",
		"/relative/path?q",
		"relative/path",
		"//host.only/x",
		"///triple",
		"http://[fe80::1%25en0]:8080/",
		"http://[::1]/",
		"http://host:/p",
		"scheme:/no/authority",
		"a:b",
		"*",
		"",
		"?",
		"http://x/?",
		"http://x/?a?b",
		"http://x/#",
		"http://x/p#a%20b%zz",
		"http://x/p#with space",
		"http://us%65r@x/",
		"http://a b.com/",
		"http://x:8a/",
		"http://[::1/",
		"http://[::1]x/",
		"1http://x",
		":foo",
		"http://x/%zz",
		"http://x/%4",
		"http://%41.com/",
		"http://\x7fx/",
		"this:that",
		"./this:that",
		"http://user@/path",
		"http://user:@host",
		"http://us^er@host",
		"http://h%C3%A9llo.com/",
		"http://x/a%2fb?c#d",
		"foo/../bar",
		"tel:+1-816-555-1212",
		"http://x.com/path;params?q#f",
	}
	for _, in := range inputs {
		u, err := url.Parse(in)
		fmt.Printf("Parse(%q)\n", in)
		if err != nil {
			fmt.Println("  error:", err)
			var ue *url.Error
			if errors.As(err, &ue) {
				fmt.Printf("  op=%q url=%q inner=%T timeout=%v temporary=%v\n", ue.Op, ue.URL, ue.Err, ue.Timeout(), ue.Temporary())
			}
			continue
		}
		show(u)
	}
	for _, in := range []string{"/path?q=1", "http://x/y", "relative", "", "*", "//x/y", "/a#frag", "mailto:x"} {
		u, err := url.ParseRequestURI(in)
		fmt.Printf("ParseRequestURI(%q)\n", in)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		show(u)
	}
	u := &url.URL{Scheme: "https", Host: "example.com:443", Path: "/a b/c?d", RawQuery: "x=1", Fragment: "f g"}
	show(u)
	u = &url.URL{Path: "a:b/c"}
	show(u)
	u = &url.URL{Host: "h", Path: "rel"}
	show(u)
	u = &url.URL{Scheme: "s", Opaque: "//op", RawQuery: "q"}
	show(u)
	u = &url.URL{Path: "/p", RawPath: "/%70"}
	show(u)
	u = &url.URL{Path: "/a/b", RawPath: "/a%2Fb"}
	show(u)
	u = &url.URL{Scheme: "http", Host: "h", User: url.UserPassword("a b", "c:d@e")}
	show(u)
	u = &url.URL{Scheme: "http", Host: "[fe80::1%en0]", Path: "/"}
	show(u)
	u = &url.URL{Scheme: "x", OmitHost: true, Path: "/y"}
	show(u)
	var nilURL *url.URL
	fmt.Printf("%q\n", nilURL.Redacted())

	ui := url.User("bob")
	p, ok := ui.Password()
	fmt.Println(ui.Username(), p, ok, ui.String())
	ui = url.UserPassword("bob", "")
	p, ok = ui.Password()
	fmt.Println(ui.Username(), p, ok, ui.String())
	var nilUser *url.Userinfo
	p, ok = nilUser.Password()
	fmt.Printf("%q %q %v %q\n", nilUser.Username(), p, ok, nilUser.String())

	b, err := (&url.URL{Scheme: "http", Host: "h", Path: "/x"}).MarshalBinary()
	fmt.Println(string(b), err)
	var back url.URL
	fmt.Println(back.UnmarshalBinary([]byte("https://z/y?w")), back.String())
	fmt.Println(back.UnmarshalBinary([]byte("%zz")), back.String())

	// the structs as %+v shows them, unexported fields included
	fmt.Printf("%+v %v\n", *url.UserPassword("a", "b"), *url.User("c"))
	fmt.Printf("%+v\n", back)
}
