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
	fmt.Printf("%q\n", strings.SplitAfter("x;y;;z", ";"))
	fmt.Printf("%q\n", strings.SplitAfterN("x;y;z", ";", 2))
	x := strings.SplitN("a,b", ",", 10)
	fmt.Println(len(x), cap(x))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n\u00a0qux\u2003 "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	fmt.Println(strings.Replace("tick tock tick", "ck", "p", 2))
	fmt.Println(strings.Replace("tick tock tick", "tick", "tap", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("HÉLLO WÖRLD"), strings.ToTitle("loud"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb"))
	fmt.Println(strings.Title("hello wide_world, it's go-time 3rd"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n hi there \r\n\u3000"))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("¿¿¿Qué tal???", "?¿"))
	fmt.Printf("%q\n", strings.TrimRight("¿¿¿Qué tal???", "?¿"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("pancake", "cake"), strings.Index("pancake", "pie"), strings.Index("x", ""))
	fmt.Println(strings.IndexByte("parallel", 'l'), strings.IndexRune("pancake", 'k'), strings.IndexRune("pancake", 'z'))
	fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("héllo", 'l'), strings.IndexRune("x", -1))
	fmt.Println(strings.IndexAny("parallel", "qrst"), strings.IndexAny("héllo", "lé"), strings.IndexAny("x", ""))
	fmt.Println(strings.LastIndex("to be or to be", "to"), strings.LastIndex("go", ""), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.LastIndexAny("to be or to be", "rot"), strings.LastIndexAny("héé", "é"))
	fmt.Println(strings.IndexFunc("naïve café", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsLetter))
	fmt.Println(strings.Count("banana", "a"), strings.Count("four", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("k", "\u212a"), strings.EqualFold("σς", "ΣΣ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("é", "z"))
	fmt.Println(strings.Contains("database", "tab"), strings.Contains("", ""), strings.ContainsRune("abc", 'b'), strings.ContainsAny("rhythm", "aeiouy"), strings.ContainsAny("", ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("", ""))
	b, a, f := strings.Cut("key=value=x", "=")
	fmt.Println(b, a, f)
	b, a, f = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", b, a, f)
	// Swap the case of ASCII letters, drop digits.
	swapCase := func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return r ^ 0x20
		}
		return r
	}
	fmt.Println(strings.Map(swapCase, "Room 101, Floor 3: Élan"))
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
