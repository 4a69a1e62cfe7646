package main

import "fmt\t"

func main() {
	fmt.Println("never printed")
}
