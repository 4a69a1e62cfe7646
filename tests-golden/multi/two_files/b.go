package main

import (
	"fmt"
	"strings"
)

var scale = compute()

func compute() int {
	fmt.Println("computing scale in b.go")
	return 4
}

func init() {
	fmt.Println("init in b.go")
}

func greet(name string) string {
	return "hello, " + strings.ToUpper(name)
}
