package main

import "fmt"

func main() {
	// range evaluates the slice once
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	m := map[string]int{"a": 1}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	sum := 0
	for i := 10; i > 0; i -= 3 {
		sum += i
	}
	fmt.Println(sum)
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println(i)
	n := 0
	for n < 100 {
		n = n*2 + 1
	}
	fmt.Println(n)
	var k int
	for k = range []int{5, 6, 7} {
	}
	fmt.Println(k)
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	var p *[3]string = &arr
	for i, v := range p {
		p[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for range "abc" {
		n++
	}
	fmt.Println(n)
	var nilS []int
	for range nilS {
		fmt.Println("never")
	}
	count := 0
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			switch {
			case b > a:
				continue outer
			case a == 3:
				break outer
			}
			count++
		}
	}
	fmt.Println(count)
	j := 0
	for {
		j++
		if j == 3 {
			continue
		}
		if j > 5 {
			break
		}
	}
	fmt.Println(j)
}
