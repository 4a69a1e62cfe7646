package main

import "fmt"

func main() {
	n := 3
	goto inside
	for i := 0; i < n; i++ {
	inside:
		fmt.Println(i)
	}
}
