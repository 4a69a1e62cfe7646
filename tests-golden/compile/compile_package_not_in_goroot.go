package main

// An import path that no Go release has (a typo of strings): the go command looks for it in $GOROOT and stops
// before compiling, with exit status 1. A standard package gosub lacks is refused otherwise
// (compile_unsupported_package).

import (
	"fmt"
	"strngs"
)

func main() {
	fmt.Println(strngs.ToUpper("x"))
}
