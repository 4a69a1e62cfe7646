package main

import "fmt"

func helper() string { return "a" }

func main() {
	fmt.Println(helper())
}
