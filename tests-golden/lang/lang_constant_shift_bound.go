package main

import "fmt"

func main() {
	const c = 1 << 500 >> 499
	const d = -7 >> 1000
	const e = 12345 >> 1074
	fmt.Println(c, d, e)
}
