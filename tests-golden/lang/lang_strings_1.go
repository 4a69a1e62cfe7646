package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:1], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(len(b), b[:4])
	r := []rune(s)
	fmt.Println(len(r), r[1], string(r[7:]))
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x")
	t := s
	t += "!"
	fmt.Println(s, t)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]rune{72, 105}))
	bad := "\xff\xfe"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	fmt.Printf("%q %q %x % x %X\n", s, "tab\there", "hi", "hi", []byte("az"))
	fmt.Printf("%s|%10s|%-10s|%.3s\n", "go", "right", "left", "truncate")
	fmt.Printf("%c %U %q\n", 'ü', 'ü', 'ü')
	var e string
	fmt.Println(e == "", len(e))
	multi := `raw\nstring
line2`
	fmt.Println(multi)
	fmt.Println(s[len(s)-3:] == "界")
	x := "abc"
	y := x[1:2]
	fmt.Println(y, len(y), x[:0] == "")
	bs := []byte("hello")
	bs = append(bs, " world"...)
	fmt.Println(string(bs))
	fmt.Println(string(s[1]), s[1:3])
}
