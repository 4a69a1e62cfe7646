package main

import "fmt"

func init() {
	fmt.Println("init")
	panic("in init")
}

func main() {
	fmt.Println("main")
}
