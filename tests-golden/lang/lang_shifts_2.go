package main

import "fmt"

func main() {
	var s uint = 33
	var i = 1 << s
	var j int32 = 1 << s
	var k = uint64(1 << s)
	fmt.Println(i, j, k)
	var u8 uint8 = 1
	fmt.Println(u8<<s, u8<<7, int8(u8)<<7)
	x := 0xFF
	fmt.Println(x>>4, x<<60, x<<s>>s)
	var neg int8 = -128
	fmt.Println(neg>>1, neg>>7, uint8(neg)>>7)
	const c = 1 << 10 >> 3
	fmt.Println(c, 1.0<<3)
	var f = 2
	fmt.Println(1<<f + 1, 1<<(f+1))
	m := map[int]int{1 << 2: 1}
	fmt.Println(m)
	var big uint64 = 1 << 63
	fmt.Println(big>>s, big>>63, big<<1)
	var sh uint64 = 200
	fmt.Println(1<<sh, int32(1)<<sh, -1>>sh)
}
