package main

import "fmt"

const big uint64 = 1 << 63

func main() {
	type pair [9223372036854775808]string
	type other [big]int
	type neg [-1]int
	fmt.Println(len(pair{}), len(other{}))
}
