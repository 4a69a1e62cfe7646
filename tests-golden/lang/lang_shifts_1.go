package main

import "fmt"

func main() {
	var x uint8 = 1
	for i := 0; i < 10; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var s uint = 65
	fmt.Println(1<<s == 0, int64(1)<<s, int64(-8)>>1, int64(-1)>>70)
	var y int32 = -1
	fmt.Println(y>>31, uint32(y)>>31, y<<31)
	var z uint64 = 0xdeadbeefcafebabe
	fmt.Println(z>>32, z<<32, z>>64, z<<64)
	var i int = 3
	fmt.Println(1<<i, 1<<(i*10), x<<7<<1)
	var k int16 = 1
	k <<= 15
	fmt.Println(k)
	k >>= 3
	fmt.Println(k)
	const c = 1 << 100
	fmt.Println(c >> 98)
	var sh int8 = 2
	fmt.Println(16 >> sh)
	fmt.Printf("%b %o %x %X\n", 10, 64, 255, 255)
	fmt.Printf("%08b %#x %#o\n", 5, 255, 8)
}
