// Complex variables everywhere a value can live: switch cases, pointers, closures, ranges, maps, nested arrays, ++.
package main

import "fmt"

type Vec struct{ P *complex128 }

func mk() func() complex128 {
	c := 1i
	return func() complex128 { c *= 2; return c }
}

func main() {
	c := 2 + 2i
	switch c {
	case 1i:
		fmt.Println("no")
	case 2 + 2i:
		fmt.Println("yes")
	}
	p := &c
	*p += 1
	v := Vec{p}
	*v.P *= 1i
	fmt.Println(c, *p)
	f := mk()
	f()
	fmt.Println(f())
	s := []complex128{1, 2, 3}
	var sum complex128
	for i, x := range s {
		sum += x * complex(float64(i), 0)
		s[i] = -x
	}
	fmt.Println(sum, s)
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	var e interface{} = 1i
	fmt.Println(e.(complex128) + 1)
	arr := [2][2]complex64{{1, 2}, {3i, 4i}}
	arr[1][0] += 1
	fmt.Println(arr, len(arr))
	mm := map[string]complex128{"a": 1i}
	mm["a"] *= mm["a"]
	mm["b"]++
	fmt.Println(mm)
	var z complex64
	z--
	fmt.Println(z, e.(complex64))
}
