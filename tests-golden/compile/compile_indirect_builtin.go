package main

import "fmt"

func main() {
	p := *new
	fmt.Println(p)
}
