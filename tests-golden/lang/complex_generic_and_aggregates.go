// Complex numbers in generic code, named types with methods, arrays, slices, struct map keys and fmt verbs.
package main

import (
	"fmt"
)

type Num interface {
	~complex64 | ~complex128
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyC complex128

func (c MyC) String() string { return fmt.Sprintf("MyC<%g>", complex128(c)) }

func main() {
	fmt.Println(Sum(1+1i, 2+0i, 3i))
	fmt.Println(Sum[complex64](1, 2i))
	var m MyC = 2 + 3i
	fmt.Println(m, Sum(m, m))
	a := [3]complex128{1, 2, 3}
	b := a
	b[0] = 1i
	fmt.Println(a, b, a == b)
	s := make([]complex64, 2)
	s = append(s, 1+1i)
	fmt.Printf("%v %.1f %6.2g\n", s, s, s)
	const big = 1e200i * 1e200i
	fmt.Println(real(big) < 0, complex128(big/1e300))
	var f float32 = 1.5
	c := complex(f, f*2)
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%x %X %b\n", 1+2i, complex64(1.5+0.25i), 1+0i)
	fmt.Printf("%e %E %G\n", 1e21+1e-7i, 1+2i, 1e21+1e-7i)
	fmt.Printf("%q %d\n", 1i, 1i)
	fmt.Printf("[%8v] [%-8v] [%08.2f] [% f] [%+.1e]\n", 1+1i, 1+1i, -1-1i, 1+1i, 1-1i)
	fmt.Println(fmt.Sprint(1i, 2i), fmt.Sprintln(1i), fmt.Sprintf("%#v", []complex64{1}))
	var e interface{} = complex64(1)
	_, ok := e.(complex128)
	fmt.Println(ok, e == complex64(1), e == 1+0i)
	type K struct{ a complex64 }
	km := map[K]string{{1}: "one", {1i}: "i"}
	fmt.Println(km[K{1}], km[K{1i}], len(km))
	fmt.Println(-(1+2i) == complex(-1, -2), 1i*1i)
	var neg0 = complex(0, -0.0)
	fmt.Println(neg0, -neg0)
	for i := 0; i < 3; i++ {
		c := complex(float64(i), float64(-i))
		c++
		fmt.Print(c, " ")
	}
	fmt.Println()
}
