package main

// gosub has no math/big, so crypto/rand's Int and Prime (which return a *big.Int) are refused by name; Go
// compiles this program (and Int panics there at run time on the nil max).

import (
	"crypto/rand"
	"fmt"
)

func main() {
	p, err := rand.Prime(rand.Reader, 64)
	fmt.Println(p, err)
	fmt.Println(rand.Int(rand.Reader, nil))
}
