package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c = -c
	fmt.Println(c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println(d)
	var e int32 = 1 << 30
	e *= 4
	fmt.Println(e)
	var f int64 = 9223372036854775807
	f++
	fmt.Println(f)
	var g uint64 = 0
	g--
	fmt.Println(g)
	var h uint16 = 65535
	h += 2
	fmt.Println(h)
	x := -7
	fmt.Println(x/2, x%2, x>>1, -x/2)
	var u uint = 7
	fmt.Println(u/2, u%3, ^u)
	var i8 int8 = -128
	fmt.Println(i8/-1, i8%-1)
	fmt.Println(^0, ^int8(5), ^uint8(5))
	var m uint8 = 200
	var n uint8 = 100
	fmt.Println(m+n, m*n, n-m)
	fmt.Println(int8(m), uint16(i8), int64(int32(-5)), uint32(i8))
	fmt.Println(0x7f&^0x0f, 5&3, 5|3, 5^3)
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big/3, big%7, int64(big))
	fmt.Println(float64(big), uint64(float64(1<<53)))
	var r rune = 'a'
	var by byte = 'z'
	fmt.Println(r, by, r+1, string(r+1))
}
