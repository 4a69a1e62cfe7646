package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Split("a,b,c", ","), strings.Fields("  a b  c "), strings.TrimSpace("  x "))
	fmt.Println(strings.Contains("hello", "ell"), strings.Index("hello", "l"), strings.LastIndex("hello", "l"))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ABC"), strings.Title("x"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("aaa", "a", "b", 2), strings.ReplaceAll("aaa", "a", "c"), strings.HasPrefix("go", "g"), strings.HasSuffix("go", "o"))
	fmt.Println(strings.Join([]string{"x", "y"}, "-"), strings.TrimLeft("xxyx", "x"), strings.TrimPrefix("prefix", "pre"), strings.Trim("--a--", "-"))
	var sb strings.Builder
	sb.WriteString("abc")
	sb.WriteByte('d')
	sb.WriteRune('é')
	fmt.Fprintf(&sb, "%d", 42)
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Count("cheese", "e"), strings.EqualFold("Go", "GO"), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "abc"), strings.IndexByte("abc", 'c'), strings.ContainsRune("abc", 'b'))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45), strconv.Quote("hi\n"), strconv.FormatInt(255, 16), strconv.FormatFloat(1.5, 'f', 2, 64))
	f, _ := strconv.ParseFloat("3.25", 64)
	b, _ := strconv.ParseBool("true")
	i64, _ := strconv.ParseInt("-ff", 16, 64)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(f, b, i64, u, err)
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 5))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}}
	sort.SliceStable(people, func(a, b int) bool { return people[a].Age < people[b].Age })
	fmt.Println(people)
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	fmt.Println(xs, sort.IsSorted(sort.IntSlice(xs)))
	fmt.Println(unicode.IsUpper('A'), unicode.IsDigit('5'), unicode.IsLetter('!'), unicode.ToUpper('q'), unicode.IsSpace('\t'))
	fmt.Println(strings.Fields(""), len(strings.Split("", ",")), strings.Split("abc", ""))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abc"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.Cut("key=value", "="))
}
