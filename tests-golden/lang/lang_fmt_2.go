package main

import (
	"errors"
	"fmt"
)

type K struct {
	A int
	B string
}

type St struct{ v int }

func (s St) String() string { return fmt.Sprintf("St<%d>", s.v) }

type PSt struct{ v int }

func (s *PSt) String() string { return "PSt" }

type Er struct{}

func (Er) Error() string { return "Er!" }

type Fm struct{}

func (Fm) GoString() string { return "Fm{}" }

func main() {
	m := map[K]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3}
	fmt.Println(m)
	fmt.Println(map[float64]string{2.5: "x", -1: "y", 0: "z"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Printf("%5v|%-5v|%05d\n", []int{1, 2}, []int{3}, []int{4, 5})
	fmt.Printf("%x %X % x\n", []int{10, 255}, "hi", []byte{1, 2, 3})
	fmt.Println(St{1}, &St{2}, []St{{3}}, map[string]St{"k": {4}})
	fmt.Println(PSt{1}, &PSt{2})
	fmt.Printf("%v %s %d\n", St{5}, St{6}, St{7})
	fmt.Println(Er{}, []error{Er{}, errors.New("e")})
	fmt.Printf("%#v %v\n", Fm{}, Fm{})
	fmt.Printf("%v %+v\n", struct{ S St }{St{8}}, struct{ E error }{Er{}})
	fmt.Printf("%q\n", []interface{}{"a", 1, 'c'})
	fmt.Printf("%v %v\n", []interface{}{nil, 1, "x"}, [2][]int{{1}, nil})
	fmt.Printf("%-4d|%4s|%-4s|%4.1f\n", -5, "ab", "cd", -1.25)
	fmt.Printf("%+q %#q\n", "é", "raw")
	fmt.Printf("%3c|%08.3e\n", 'z', 12.5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%v\n", [3]bool{})
	fmt.Printf("%d %v\n", []byte("ab"), []byte(nil))
	fmt.Printf("%s\n", []string(nil))
	fmt.Printf("%v|%s|%d\n", nil, nil, nil)
	var np *St
	fmt.Printf("%v %s\n", np == nil, "")
	var ip interface{} = 42
	fmt.Printf("%v %d %5v|\n", ip, ip, ip)
	fmt.Printf("%T %T %T\n", nil, ip, struct{ A int }{})
	fmt.Printf("%6.3v|%.2v\n", "abcdef", []string{"abc", "defg"})
	fmt.Printf("%o %#b %x\n", -8, 5, uint8(200))
	fmt.Println(fmt.Sprintf("%08.2f", -3.14159), fmt.Sprintf("%+.3e", 123.0))
	fmt.Println(fmt.Sprintf("%x", 3.5), fmt.Sprintf("%10.3x|", "hello"))
}
