package main

import "fmt"

// In a tuple assignment, index operands and pointer indirections on the left (explicit, or implied by a selector)
// are evaluated before any variable is assigned; then the assignments happen left to right.

type T struct{ a, b int }

func two() (int, int) { return 5, 6 }
func fp() (*int, int) { return nil, 42 }

func main() {
	x := []int{10, 20, 30}
	i := 0
	i, x[i] = 1, 2
	fmt.Println(i, x)
	i = 0
	i, x[i] = two()
	fmt.Println(i, x)

	p := new(int)
	q := p
	p, *p = fp()
	fmt.Println(p, *q)

	t := &T{}
	u := t
	t, t.a = nil, 7
	fmt.Println(t, u.a)

	m := map[int]int{}
	k := 1
	k, m[k] = 2, 3
	fmt.Println(k, m)

	var arr [3]int
	j := 0
	j, arr[j] = two()
	fmt.Println(j, arr)
	ap := &arr
	ap, ap[1] = nil, 9
	fmt.Println(ap, arr)

	y := []int{99}
	i = 1
	x = []int{10, 20}
	for i, x[i] = range y {
	}
	fmt.Println(i, x)

	var v interface{} = true
	bp := new(bool)
	bq := bp
	var ok bool
	bp, *bp = v.(*bool)
	fmt.Println(bp, *bq, ok)
	ch := make(chan int, 1)
	ch <- 8
	ip := new(int)
	iq := ip
	ip, *ip = nil, <-ch
	fmt.Println(ip, *iq)
}
