// Updates of local integers in every form the interpreter runs in place (x++, x--, x += c, x -= c, x = x + y,
// x += y) and the loop conditions it compares a local in (i < c, i < n, i < len(s)), next to the forms it does
// not: narrow kinds wrap, the operand order of x = y + x, and an addend that calls a function.
package main

import "fmt"

func twice(n int) int { return n * 2 }

func main() {
	var b int8 = 120
	for i := 0; i < 20; i++ {
		b++
	}
	var u8 uint8 = 3
	u8 -= 5
	var u uint64 = 1<<64 - 3
	for k := 0; k < 5; k++ {
		u++
	}
	var u32 uint32 = 1<<32 - 2
	u32 += 5
	var big int64 = 9223372036854775807
	big++
	small := -9223372036854775808
	small--
	fmt.Println(b, u8, u, u32, big, small)

	s := 0
	for i := 10; i > 0; i-- {
		s += twice(i)
		s = s + i
		s = i + s
		s -= 3
		s = s - i
	}
	fmt.Println(s)

	x := 5
	x = x - 7
	n := 0
	for j := 0; j < x+10; j += 3 {
		n++
	}
	limit := 4
	m := 0
	for j := -3; j < limit; j++ {
		m += j
	}
	a := []int{1, 2, 3, 40}
	t := 0
	for k := 0; k < len(a); k++ {
		t += a[k]
	}
	fmt.Println(x, n, m, t, x < -1, limit < 4)

	var acc uint = 0
	for i := uint(0); i < 3; i++ {
		acc += i << 62
	}
	fmt.Println(acc)
}
