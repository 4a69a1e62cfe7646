package main

import "fmt"

func main() {
	const c = 1 << 511
	const d = -1 << 512
	const e = 1 << 512
	fmt.Println(c > 0, d < 0, e > 0)
}
