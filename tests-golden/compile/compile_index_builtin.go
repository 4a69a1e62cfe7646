package main

import "fmt"

func main() {
	n := make[0]
	fmt.Println(n)
}
