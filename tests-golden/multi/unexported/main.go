package main

import (
	"fmt"

	"example.com/unexp/lib"
)

func main() {
	fmt.Println(lib.Public())
	fmt.Println(lib.hidden())
}
