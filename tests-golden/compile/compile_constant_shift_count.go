package main

import "fmt"

func main() {
	const c = 1 << 10 >> 2147483648
	const d = -5 >> 99999999999
	fmt.Println(c, d)
}
