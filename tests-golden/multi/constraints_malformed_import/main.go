package main

import (
	"fmt"

	"example.com/app/lib"
)

func main() { fmt.Println(lib.N) }
