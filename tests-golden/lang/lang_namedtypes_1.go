package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type ID string
type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	fmt.Println(CToF(100), CToF(-40))
	fmt.Printf("%T %v %.1f\n", CToF(0), CToF(37), CToF(37))
	var id ID = "abc"
	fmt.Println(id+"d", len(id), string(id[0]), id < "b")
	var b Bits = 5
	fmt.Println(b.Has(1), b.Has(2), b|2, ^b)
	m := Matrix{{1, 1}, {1, 0}}
	r := m
	for i := 0; i < 5; i++ {
		r = r.Mul(m)
	}
	fmt.Println(r, m)
	type Pt struct{ X, Y int }
	set := map[Pt]bool{}
	set[Pt{1, 2}] = true
	fmt.Println(set[Pt{1, 2}], set[Pt{2, 1}])
	var iface interface{} = Pt{1, 2}
	fmt.Println(iface == Pt{1, 2}, iface.(Pt).X)
	arrI := [2]interface{}{1, "a"}
	arrJ := [2]interface{}{1, "a"}
	fmt.Println(arrI == arrJ)
	type S struct {
		A interface{}
		B [2]string
	}
	fmt.Println(S{1, [2]string{"x"}} == S{1, [2]string{"x"}}, S{1, [2]string{}} == S{int64(1), [2]string{}})
	x := 10
	y := float64(x) / 3
	z := int(y * 3)
	fmt.Println(y, z, uint8(x*30), int8(x*13))
	var r2 rune = 'Z' + 1
	fmt.Println(string(r2), r2)
	s := fmt.Sprint(3) + string(rune('0'+4))
	fmt.Println(s)
	h := 0
	for _, c := range "hash me" {
		h = 31*h + int(c)
	}
	fmt.Println(h)
	var u32 uint32 = 2166136261
	for _, c := range []byte("fnv") {
		u32 ^= uint32(c)
		u32 *= 16777619
	}
	fmt.Println(u32)
	var i64 int64 = 1
	for i := 0; i < 70; i++ {
		i64 *= 3
	}
	fmt.Println(i64)
}
