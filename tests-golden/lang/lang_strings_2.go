package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPal(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(reverse("Hello, 世界"), isPal("racecar"), isPal("ab"))
	s := "abc"
	bs := []byte(s)
	bs[0] = 'X'
	fmt.Println(s, string(bs))
	var total int
	for pos := 0; pos < len(s); pos++ {
		total += int(s[pos])
	}
	fmt.Println(total)
	fmt.Printf("%T %T %T\n", s[0], 'a', s[0:1])
	words := []string{}
	cur := ""
	for _, c := range "the quick  brown fox" {
		if c == ' ' {
			if cur != "" {
				words = append(words, cur)
			}
			cur = ""
			continue
		}
		cur += string(c)
	}
	words = append(words, cur)
	fmt.Println(words, len(words))
	fmt.Println(string([]byte{}), []byte(""), []rune("ab"))
	x := "日本語"
	fmt.Println(len(x), x[0], x[3:6], []byte(x[:3]))
	for i := range x {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var r rune
	for _, r = range "xyz" {
	}
	fmt.Println(string(r))
	cmp := []string{"apple", "Apple", "apple2", "", "b"}
	for i := 0; i < len(cmp)-1; i++ {
		fmt.Print(cmp[i] < cmp[i+1], " ")
	}
	fmt.Println()
	fmt.Println(string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	sb := make([]byte, 0, 10)
	for i := 0; i < 5; i++ {
		sb = append(sb, byte('a'+i))
	}
	fmt.Println(string(sb), string(sb[1:3]))
	q := "a\"b\\c\n"
	fmt.Printf("%q %v %d\n", q, len(q), q[1])
	fmt.Printf("%q %q\n", 'x', '\n')
	fmt.Printf("%s %v\n", []byte("hey"), []byte("hey"))
	u := "\u00e9\U0001F600\x41\101"
	fmt.Println(u, len(u))
}
