// Pointers made from slices by conversion, (*[N]T)(s), share the slice's elements.
package main

import (
	"fmt"
	"strings"
)

type Quad [4]int

func (q *Quad) Double() {
	for i := range q {
		q[i] *= 2
	}
}

func (q Quad) Sum() int {
	t := 0
	for _, v := range q {
		t += v
	}
	return t
}

type point struct{ x, y int }

func tryConvert(s []int) (err error) {
	defer func() {
		if failure := recover(); failure != nil {
			err = failure.(error)
		}
	}()
	p := (*[3]int)(s)
	fmt.Println("converted, first", p[0])
	return nil
}

func main() {
	backing := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := backing[2:8]

	// write through the pointer, read through the slice, and back
	p := (*[3]int)(s[1:])
	p[0] = 30
	fmt.Println("after p[0] = 30:", s, backing)
	s[2] = 40
	fmt.Println("p after s[2] = 40:", *p, p[1])
	p[2]++
	p[1] += 100
	fmt.Println("compound through p:", backing)

	// len, cap and range over the pointer
	fmt.Println("len(p) =", len(p), "cap(p) =", cap(p))
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i := range p {
		p[i] = -i
	}
	fmt.Println("after range writes:", backing)

	// append to the slice within its capacity is seen through the pointer
	short := backing[0:1:4]
	q := (*[1]int)(short)
	short = append(short, 77)
	ext := (*[2]int)(short)
	ext[0] = 11
	fmt.Println("q[0] =", q[0], "ext =", *ext, "backing[1] =", backing[1])

	// pointer equality compares addresses
	a := (*[2]int)(backing[3:])
	b := (*[2]int)(backing[3:5])
	c := (*[2]int)(backing[4:])
	fmt.Println("a == b:", a == b, "a == c:", a == c)
	fmt.Println("&a[0] == &backing[3]:", &a[0] == &backing[3], "&c[1] == &a[1]:", &c[1] == &a[1])
	seen := map[*[2]int]string{a: "a"}
	fmt.Println("map by pointer:", seen[b], len(seen[c]))
	var x, y interface{} = a, b
	fmt.Println("in interfaces:", x == y)

	// *p as a value is a copy; *p = v writes the elements in place
	v := *p
	v[0] = 1000
	fmt.Println("copy:", v, "original:", *p)
	*p = [3]int{7, 8, 9}
	fmt.Println("after *p = ...:", backing)
	fmt.Println("*a == *b:", *a == *b, "*a == *c:", *a == *c)
	keys := map[[2]int]bool{*a: true}
	a[0] = 99
	fmt.Println("array key kept its value:", keys[[2]int{7, 8}], keys[*a])

	// overlapping assignment through two pointers into one array is a memmove
	var arr [10]byte
	for i := range arr {
		arr[i] = byte(i)
	}
	*(*[6]byte)(arr[3:9]) = *(*[6]byte)(arr[1:7])
	fmt.Println("overlap forward:", arr)
	*(*[6]byte)(arr[1:7]) = *(*[6]byte)(arr[3:9])
	fmt.Println("overlap backward:", arr)

	// slicing the pointer gives a slice of the same elements
	r := p[1:]
	r[0] = 500
	fmt.Println("p[1:] =", r, "len", len(r), "cap", cap(r), "backing:", backing)

	// methods with pointer and value receivers
	quad := (*Quad)(backing[5:9])
	quad.Double()
	fmt.Println("Double:", backing, "Sum:", quad.Sum())

	// structs as elements: a pointer to an element is the element itself
	pts := []point{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]point)(pts[1:])
	pp[0].x = 30
	e := &pp[1]
	e.y = 60
	fmt.Println("points:", pts)

	// formatting shows the elements
	fmt.Printf("%v %d\n", p, *p)
	bp := (*[5]byte)([]byte("hello, world")[7:])
	fmt.Printf("%s %q\n", bp[:], *bp)
	same := fmt.Sprintf("%p", s[1:]) == fmt.Sprintf("%p", p)
	fmt.Println("%p of the pointer is that of the slice:", same)

	// the nil slice and the empty slice as *[0]T
	var nilSlice []string
	fmt.Println("(*[0]string)(nil slice) == nil:", (*[0]string)(nilSlice) == nil)
	fmt.Println("(*[0]string)(empty) == nil:", (*[0]string)([]string{}) == nil)
	fmt.Println("(*[0]int)(backing[4:4]) == nil:", (*[0]int)(backing[4:4]) == nil)

	// a slice shorter than the array panics
	fmt.Println(tryConvert(backing[8:]))
	fmt.Println(tryConvert(backing[7:]))
	fmt.Println(tryConvert(nil))

	var sb strings.Builder
	for _, v := range backing {
		fmt.Fprint(&sb, v, ",")
	}
	fmt.Println(sb.String())
	_ = (*[4]int)(backing[8:])
}
