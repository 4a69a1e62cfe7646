package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := (*[3]int)(s)
	p[0] = 100
	fmt.Println(s)
}
