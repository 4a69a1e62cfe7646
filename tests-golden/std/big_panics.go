package main

// The panics of math/big as recover sees them, and the results that report failure without panicking.

import (
	"fmt"
	"math"
	"math/big"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	zero := new(big.Int)
	try("Quo", func() { new(big.Int).Quo(big.NewInt(1), zero) })
	try("Rem", func() { new(big.Int).Rem(big.NewInt(1), zero) })
	try("Div", func() { new(big.Int).Div(big.NewInt(1), zero) })
	try("Mod", func() { new(big.Int).Mod(big.NewInt(1), zero) })
	try("DivMod", func() { new(big.Int).DivMod(big.NewInt(1), zero, new(big.Int)) })
	try("Sqrt", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	try("Bit", func() { big.NewInt(1).Bit(-1) })
	try("SetBit", func() { new(big.Int).SetBit(big.NewInt(1), 3, 2) })
	try("Text", func() { big.NewInt(1).Text(63) })
	try("SetString base", func() { new(big.Int).SetString("1", 1) })
	try("ProbablyPrime", func() { big.NewInt(7).ProbablyPrime(-1) })
	try("FillBytes", func() { big.NewInt(70000).FillBytes(make([]byte, 2)) })
	try("Jacobi", func() { big.Jacobi(big.NewInt(3), big.NewInt(8)) })
	try("NewRat", func() { big.NewRat(1, 0) })
	try("Rat.Quo", func() { new(big.Rat).Quo(big.NewRat(1, 2), new(big.Rat)) })
	try("Rat.Inv", func() { new(big.Rat).Inv(new(big.Rat)) })
	try("NewFloat", func() { big.NewFloat(math.NaN()) })
	try("Float.Sqrt", func() { new(big.Float).Sqrt(big.NewFloat(-2)) })
	inf := new(big.Float).SetInf(false)
	try("Inf-Inf", func() { new(big.Float).Sub(inf, inf) })
	try("0*Inf", func() { new(big.Float).Mul(inf, new(big.Float)) })
	try("0/0", func() { new(big.Float).Quo(new(big.Float), new(big.Float)) })
	try("Parse base", func() { new(big.Float).Parse("1", 3) })
	fmt.Println(new(big.Int).ModInverse(big.NewInt(6), big.NewInt(9)), new(big.Int).ModSqrt(big.NewInt(3), big.NewInt(7)))
	fmt.Println(new(big.Int).Exp(big.NewInt(6), big.NewInt(-1), big.NewInt(9)), new(big.Int).Exp(big.NewInt(6), big.NewInt(-1), nil))
	_, ok := new(big.Int).SetString("12x", 10)
	_, ok2 := new(big.Rat).SetString("1/0")
	_, ok3 := new(big.Float).SetString("1.2.3")
	fmt.Println(ok, ok2, ok3)
}
