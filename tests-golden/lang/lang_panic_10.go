package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("before")
	panic("first")
}
