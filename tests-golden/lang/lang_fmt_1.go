package main

import (
	"errors"
	"fmt"
)

type P struct {
	X int
	S string
	F []float64
	M map[string]int
	Q *int
}

type T struct {
	A int
	b bool
}

type E int

func main() {
	p := P{1, "s", []float64{1.5}, map[string]int{"a": 1}, nil}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", T{1, true})
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, "q", 3, map[string]bool{"x": true})
	fmt.Printf("%T %T %T %T %T %T\n", p, &p, []string{}, map[int]string{}, fmt.Println, errors.New("x"))
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x %X %o %b %c\n", 3054, 3054, 8, 5, 65)
	fmt.Printf("%q %v %s\n", []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%5t|%-7v|\n", true, "ab")
	fmt.Printf("%%d %d\n", 1)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%v %v\n", &T{2, false}, []*int{nil})
	fmt.Printf("%x %X\n", "hello", []byte{1, 171})
	fmt.Printf("%08.3f|%-8.2f|%8s|\n", 3.14159, 2.0, "x")
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%v %d\n", E(3), E(4))
	fmt.Printf("%U %#U\n", 0x1F600, 'x')
	fmt.Printf("%6.2v|\n", 3.14159)
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%x %x\n", -255, int8(-1))
	fmt.Printf("[%3c][%-3c]\n", 'a', 'b')
	var en error
	fmt.Printf("%s %v\n", en, nil)
	s := fmt.Sprintf("%v|%v|%v", [2]bool{true}, struct{}{}, [][]int{{1}, {2, 3}})
	fmt.Println(s)
	var ip *int
	fmt.Println(ip == nil)
	fmt.Printf("%v %+v\n", struct {
		A *T
		B interface{}
	}{nil, nil}, struct{ E error }{nil})
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Printf("%.2s|%.0d|%3.1q\n", "abc", 0, "xyz")
	fmt.Printf("%e %E %.3e\n", 1234.5678, 0.000123, 1e-10)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e21, 1e-4, 1e-5)
	fmt.Printf("%v %v\n", float32(0.1), 1e-7)
	fmt.Printf("%#x %#v %#v\n", []byte("ab"), 1.0, float32(2))
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
}
