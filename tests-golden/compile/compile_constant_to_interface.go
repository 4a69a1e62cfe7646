package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Fprintln(math.MaxInt64, "to stdout")
}
