package main

// Argument counts: Go reports too many arguments at the first extra one and not enough at the last one given;
// f(g()) with g returning several results counts each of them (this once crashed the checker).

import (
	"fmt"
	"os"
)

func two() (int, error) { return 1, nil }

func three(a, b, c int) {}

func main() {
	fmt.Println(os.IsNotExist(two()))
	three(two())
	three(1)
	three()
}
