package main

import (
	"runtime"
)

type T struct{ a, b *int }

func main() {
	t := &T{}
	runtime.SetFinalizer(&t.b, func(**int) {})
}
