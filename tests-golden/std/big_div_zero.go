package main

import (
	"fmt"
	"math/big"
)

func main() {
	defer fmt.Println("deferred runs")
	x := big.NewInt(10)
	fmt.Println(x)
	x.Quo(x, new(big.Int))
	fmt.Println("not reached")
}
