package main

import "fmt"

func main() {
	fmt.Println("Hello, World!")
	fmt.Printf("%d + %d = %d\n", 2, 3, 2+3)
	fmt.Print("no newline at the end")
}
