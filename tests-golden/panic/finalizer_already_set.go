package main

import (
	"fmt"
	"runtime"
)

func main() {
	p := new(int)
	runtime.SetFinalizer(p, func(*int) {})
	fmt.Println("first set")
	runtime.SetFinalizer(p, func(*int) {})
	fmt.Println("not reached")
}
