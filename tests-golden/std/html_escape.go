package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{"", "plain text", `<a href="x?a=1&b='2'">Tom & Jerry</a>`, "ünïcode > ascii", "&amp;"} {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, html.UnescapeString(e))
	}
	refs := []string{
		"&lt;&gt;&amp;&quot;&apos;&#39;&#34;",
		"&eacute;&Eacute;&copy;&reg;&nbsp;|&hellip;&mdash;&euro;&hearts;&NotEqualTilde;&bne;&fjlig;",
		"&amp &lt &gt &copy2022 &notit; &notin; &ampx &ampx; &AMP; &aMp;",
		"&middotx &frac34y &frac34; &times3 &divide2 &Aacutex",
		"&nosuchentity; &x; &; & && &a &# &#; &#a &#x &#x; &#xg; &#xG &#65 &#65; &#x41; &#X41 &#0041x",
		"&#128;&#x80;&#x9f;&#150;&#129;&#0;&#xD800;&#x110000;&#1114111;&#4294967361;&#99999999999;",
		"&#x1F600;&#128512;&#xfffd;",
		"a&#",
		"a&#1",
		"&#12",
		"&",
		"&&amp;&",
		"tail &amp",
		"&Afr;&Bopf;&ThickSpace;&nGt;&nLt;&NotNestedGreaterGreater;",
		"&CounterClockwiseContourIntegral;&CounterClockwiseContourIntegra;",
		"no references at all",
	}
	for _, s := range refs {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}
}
