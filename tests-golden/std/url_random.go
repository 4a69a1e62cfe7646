package main

// Random inputs (a fixed seed) made of the pieces that matter to the parser; every result is Go's.

import (
	"fmt"
	"math/rand"
	"net/url"
	"strings"
)

func main() {
	rnd := rand.New(rand.NewSource(11))
	pieces := []string{"http", "s", ":", "//", "/", "@", "?", "#", "%", "%2", "%25", "%41", "%zz", "%2F", "[", "]", "::1", "h", "x.com", ":80", ".", "..", " ", "+", "&", "=", ";", "a", "é", "\x01", "*", "~"}
	gen := func() string {
		var b strings.Builder
		for k := rnd.Intn(9); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		return b.String()
	}
	show := func(u *url.URL) string {
		return fmt.Sprintf("%q|%q|%v|%q|%q|%q|%v|%v|%q|%q|%q => %q %q %q %q %q", u.Scheme, u.Opaque, u.User, u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment,
			u.String(), u.RequestURI(), u.Hostname(), u.Port(), u.Redacted())
	}
	var prev *url.URL
	for n := 0; n < 800; n++ { // texts to parse
		in := gen()
		u, err := url.Parse(in)
		if err != nil {
			fmt.Printf("P %q: %v\n", in, err)
		} else {
			fmt.Printf("P %q: %s\n", in, show(u))
			if prev != nil {
				fmt.Printf("  R %s\n", show(prev.ResolveReference(u)))
				fmt.Printf("  J %s\n", show(prev.JoinPath(u.Path, "x")))
			}
			v, qerr := url.ParseQuery(u.RawQuery)
			fmt.Printf("  Q %v %v %q\n", v, qerr, v.Encode())
			prev = u
		}
		r, err := url.ParseRequestURI(in)
		if err != nil {
			fmt.Printf("  RQ %v\n", err)
		} else {
			fmt.Printf("  RQ %s\n", show(r))
		}
		q, qerr := url.QueryUnescape(in)
		p, perr := url.PathUnescape(in)
		fmt.Printf("  E %q %q %q %v %q %v\n", url.QueryEscape(in), url.PathEscape(in), q, qerr, p, perr)
	}
}
