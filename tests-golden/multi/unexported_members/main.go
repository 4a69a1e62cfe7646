package main

import (
	"fmt"

	"example.com/app/util"
)

func main() {
	var t util.T
	fmt.Println(t.M(), t.X)
	fmt.Println(t.x)
	fmt.Println(t.m())
}
