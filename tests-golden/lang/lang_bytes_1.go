package main

import "fmt"

func main() {
	b := make([]byte, 3)
	n := copy(b, "héllo")
	fmt.Println(n, b, string(b))
	b = append(b[:0], "xyz"...)
	fmt.Println(string(b))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len(string(r)))
	s := string(b[1:])
	b[1] = 'Q'
	fmt.Println(s, string(b))
	var bb []byte
	fmt.Println(string(bb) == "", len(string(bb)))
	key := map[string]int{}
	key[string([]byte{'k'})] = 1
	fmt.Println(key["k"])
	x := []byte("abc")
	y := x[:2]
	y = append(y, 'Z')
	fmt.Println(string(x), string(y))
	bs := [][]byte{[]byte("a"), []byte("b")}
	joined := []byte{}
	for _, p := range bs {
		joined = append(joined, p...)
		joined = append(joined, ',')
	}
	fmt.Printf("%s %q\n", joined, joined)
	fmt.Println([]byte("é"), []rune("é"), string([]byte{0xc3, 0xa9}))
	var sum byte
	for _, c := range []byte("ABC") {
		sum += c
	}
	fmt.Println(sum)
	rs := []rune{0x48, 0x49, -1, 0xD800}
	fmt.Println(string(rs), []byte(string(rs)))
}
