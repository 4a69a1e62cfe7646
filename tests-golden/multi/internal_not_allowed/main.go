package main

import (
	"fmt"

	"example.com/in/b"
)

func main() { fmt.Println(b.Get()) }
