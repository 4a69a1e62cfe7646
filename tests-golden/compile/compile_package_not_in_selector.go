package main

import "fmt"

func main() {
	fmt("hello")
}
