package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("before")
	x := 3
	runtime.SetFinalizer(x, nil)
	fmt.Println("not reached")
}
