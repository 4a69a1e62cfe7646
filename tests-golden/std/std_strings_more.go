package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo\xff", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("abcd", "", 2))
	fmt.Printf("%q\n", strings.SplitAfter("x;y;;z;", ";"))
	fmt.Printf("%q\n", strings.SplitAfterN("1/2/3/4", "/", 3))
	x := strings.SplitN("a,b", ",", 10)
	fmt.Println(len(x), cap(x))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n\u00a0qux\u2003 "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	fmt.Println(strings.Replace("tick tock tick tock", "ck", "ng", 3))
	fmt.Println(strings.Replace("la la la", "la", "do re", -1), strings.Replace("same", "x", "y", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("HÉLLO WÖRLD"), strings.ToTitle("loud"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb"))
	fmt.Println(strings.Title("hello wide_world, it's go-time 3rd"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n hi there \r\n\u3000"))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"), )
	fmt.Printf("%q\n", strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("x", ""))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'))
	fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("héllo", 'l'), strings.IndexRune("x", -1))
	fmt.Println(strings.IndexAny("golang", "xyzn"), strings.IndexAny("héllo", "lé"), strings.IndexAny("x", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go", ""), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("héé", "é"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsLetter))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("k", "\u212a"), strings.EqualFold("σς", "ΣΣ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("é", "z"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.ContainsRune("abc", 'b'), strings.ContainsAny("failure", "ui"), strings.ContainsAny("", ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("", ""))
	b, a, f := strings.Cut("key=value=x", "=")
	fmt.Println(b, a, f)
	b, a, f = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", b, a, f)
	// A Caesar shift of three letters, wrapping from z to a; other runes stay.
	shift3 := func(c rune) rune {
		for _, base := range []rune{'a', 'A'} {
			if c >= base && c < base+26 {
				return base + (c-base+3)%26
			}
		}
		return c
	}
	fmt.Println(strings.Map(shift3, "Xylophone zebra, Ölkanne & ABC xyz!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">&</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"))
	r4 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r4.Replace("aaaa"))
	r5 := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(r5.Replace("abba"))
	r6 := strings.NewReplacer("x", "", "", "-")
	fmt.Println(r6.Replace("axbx"))
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune(-1)
	n, err := sb.Write([]byte("!!"))
	fmt.Println(n, err, sb.Len(), sb.String())
	sb.Grow(100)
	fmt.Println(sb.Cap() >= 100)
	sb.Reset()
	fmt.Println(sb.Len(), sb.String())
	fmt.Fprintf(&sb, "%d-%s", 42, "x")
	fmt.Println(sb.String())
	fmt.Println(strings.Clone("abc"))
}
