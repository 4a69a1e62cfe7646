package main

import "fmt"

func main() {
	x := 42
	fmt.Println("never printed: a compile error stops the program before it starts")
}
