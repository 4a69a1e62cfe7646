package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

func main() {
	fmt.Println("before")
	runtime.SetFinalizer(&T{1, 2}, func(p *int) {})
	fmt.Println("not reached")
}
