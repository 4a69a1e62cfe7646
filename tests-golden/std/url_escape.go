package main

import (
	"fmt"
	"net/url"
)

func main() {
	texts := []string{"", "plain", "a b+c", "x/y?z=1&w=2#f", "100%", "ünï €", "~-._!*'();:@&=+$,/?#[]", "\x00\x7f\xff"}
	for _, s := range texts {
		fmt.Printf("%q: query=%q path=%q\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b%20c", "%41%42", "%zz", "%4", "abc%", "%e2%82%ac", "a%2Fb", "+", "%%31"} {
		q, qerr := url.QueryUnescape(s)
		p, perr := url.PathUnescape(s)
		fmt.Printf("%q: query=%q %v path=%q %v\n", s, q, qerr, p, perr)
	}
	_, err := url.QueryUnescape("%g0")
	if ee, ok := err.(url.EscapeError); ok {
		fmt.Printf("EscapeError %q\n", string(ee))
	}
	fmt.Println(url.InvalidHostError("^").Error())

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	v.Add("empty", "")
	v.Set("ü", "€")
	fmt.Println(v.Get("name"), v.Get("friend"), v["friend"], v.Get("missing") == "", v.Has("empty"), v.Has("nope"))
	fmt.Println(v.Encode())
	v.Del("friend")
	fmt.Println(v.Encode())
	var nilValues url.Values
	fmt.Printf("%q %q %v\n", nilValues.Get("x"), nilValues.Encode(), nilValues.Has("x"))

	for _, q := range []string{
		"a=1&b=2&a=3",
		"x=%41&y=a+b&z",
		"=v&k=&&",
		"a=1;b=2&c=3",
		"bad=%zz&good=1&worse=%",
		"bad=%zz&x=1;y",
		"k%zz=1&ok=2",
		"",
	} {
		m, err := url.ParseQuery(q)
		fmt.Printf("ParseQuery(%q) = %v, %v\n", q, m, err)
	}
	u, _ := url.Parse("http://x/?b=2&a=1&a=0&c")
	fmt.Println(u.Query(), u.Query().Encode())
	u.RawQuery = u.Query().Encode()
	fmt.Println(u)
}
