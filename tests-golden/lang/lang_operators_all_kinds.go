// Integer and float operators for every kind: Go's wrap-around, division and shift rules, comparisons of
// unsigned values (also in generic functions), conversions between kinds, and float32 rounding.
package main

import "fmt"

type ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float64 | ~string
}

func mn[T ordered](a, b T) T {
	if b < a {
		return b
	}
	return a
}

func mx[T ordered](a, b T) T {
	if b > a {
		return b
	}
	return a
}

func ops_int8() {
	xs := []int8{-128, -1, 0, 1, 7, 127, -100}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []int8{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, int8(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("int8 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_int16() {
	xs := []int16{-32768, -1, 0, 3, 255, 32767, -300}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []int16{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, int16(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("int16 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_int32() {
	xs := []int32{-2147483648, -1, 0, 5, 65535, 2147483647, -70000}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []int32{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, int32(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("int32 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_int64() {
	xs := []int64{-9223372036854775808, -1, 0, 9, 4294967295, 9223372036854775807, -5000000000}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []int64{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, int64(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("int64 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_int() {
	xs := []int{-9223372036854775808, -1, 0, 11, 4294967296, 9223372036854775807, -77}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []int{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, int(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("int %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_uint8() {
	xs := []uint8{0, 1, 2, 127, 128, 200, 255}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []uint8{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, uint8(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("uint8 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_uint16() {
	xs := []uint16{0, 1, 3, 255, 32768, 40000, 65535}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []uint16{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, uint16(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("uint16 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_uint32() {
	xs := []uint32{0, 1, 6, 65535, 2147483648, 3000000000, 4294967295}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []uint32{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, uint32(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("uint32 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_uint64() {
	xs := []uint64{0, 1, 10, 4294967295, 9223372036854775808, 12345678901234567890, 18446744073709551615}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []uint64{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, uint64(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("uint64 %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_uint() {
	xs := []uint{0, 1, 13, 4294967295, 9223372036854775808, 10000000000000000000, 18446744073709551615}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []uint{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, uint(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("uint %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func ops_uintptr() {
	xs := []uintptr{0, 1, 17, 255, 9223372036854775807, 9223372036854775808, 18446744073709551615}
	h := uint64(0)
	for _, a := range xs {
		for _, b := range xs {
			r := []uintptr{a + b, a - b, a * b, a & b, a | b, a ^ b, a &^ b, -a, ^a, +a}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for s := uint(0); s < 70; s += 7 {
				r = append(r, a<<s, a>>s)
			}
			c := 0
			if a < b {
				c |= 1
			}
			if a <= b {
				c |= 2
			}
			if a > b {
				c |= 4
			}
			if a >= b {
				c |= 8
			}
			if a == b {
				c |= 16
			}
			if a != b {
				c |= 32
			}
			r = append(r, uintptr(c), mn(a, b), mx(mx(a, b), 3))
			x := a
			x += b
			x *= 3
			x <<= 2
			x >>= 1
			x++
			r = append(r, x)
			for _, v := range r {
				h = h*1000003 ^ uint64(v)
			}
		}
	}
	fmt.Printf("uintptr %x %v %v\n", h, xs, []int64{int64(xs[0]), int64(xs[len(xs)-1])})
	for _, a := range xs {
		fmt.Print(int8(a), " ", uint8(a), " ", int16(a), " ", uint16(a), " ", int32(a), " ", uint32(a), " ", int64(a), " ", uint64(a), " ", float32(a), " ", float64(a), "; ")
	}
	fmt.Println()
}

func negShift(n int) (r int) {
	defer func() { fmt.Println("shift", n, recover()) }()
	return 1 << n
}

func divide(a, b int32) (r int32) {
	defer func() { fmt.Println("divide", a, b, recover()) }()
	return a / b
}

func floats() {
	xs := []float64{-1e300, -2.5, -0.0, 0, 1.0 / 3, 7, 1e19, 2e19, 3.4e38, 1e-45}
	for _, a := range xs {
		for _, b := range xs {
			f := []float64{a + b, a - b, a * b, a / b}
			g := []float32{float32(a) + float32(b), float32(a) - float32(b), float32(a) * float32(b), float32(a) / float32(b)}
			fmt.Print(f, g, a < b, a <= b, a == b, a != b, a > b, a >= b, mn(a, b), mx(a, b), " ")
		}
		fmt.Println(-a, float32(a))
		if a > -100 && a < 100 {
			fmt.Println(int8(a))
		}
		if a > -1e9 && a < 1e9 { // out-of-range float-to-integer conversions are implementation-defined
			fmt.Println(int64(a), int32(a), int(float32(a)))
		}
		if a >= 0 && a < 1.8e19 {
			fmt.Println(uint64(a))
		}
		if a >= 0 && a < 256 {
			fmt.Println(uint32(a), uint8(a))
		}
	}
	var u uint64 = 1<<63 + 1<<11 + 1
	fmt.Println(float64(u), float32(u), uint64(float64(u)), mn(mn("b", "a"), "c"), mx(mx("b", "a"), "c"), "a" < "b", "b" >= "ab")
}

func main() {
	ops_int8()
	ops_int16()
	ops_int32()
	ops_int64()
	ops_int()
	ops_uint8()
	ops_uint16()
	ops_uint32()
	ops_uint64()
	ops_uint()
	ops_uintptr()
	negShift(3)
	negShift(-1)
	divide(-2147483648, -1)
	divide(5, 0)
	floats()
}
