package main

// Programs people write with math/big: a big factorial, Fibonacci numbers by repeated addition with two
// swapped variables, powers of two, digit sums and a Collatz walk on a large number.

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	f := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		f.Mul(f, big.NewInt(i))
	}
	return f
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	f := factorial(1000)
	s := f.String()
	fmt.Println(len(s), s[:20], s[len(s)-20:], digitSum(f), f.TrailingZeroBits())
	fmt.Println(new(big.Int).MulRange(1, 1000).Cmp(f))
	fb := fib(1000)
	fmt.Println(fb)
	fmt.Println(len(fib(10000).String()))
	p := new(big.Int).Lsh(big.NewInt(1), 521)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p.ProbablyPrime(20), p.BitLen(), digitSum(p))
	n, _ := new(big.Int).SetString("989345275647", 10)
	steps := 0
	one, three := big.NewInt(1), big.NewInt(3)
	for n.Cmp(one) != 0 {
		if n.Bit(0) == 0 {
			n.Rsh(n, 1)
		} else {
			n.Mul(n, three).Add(n, one)
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	r := new(big.Rat)
	for k := int64(0); k < 30; k++ {
		term := new(big.Rat).SetFrac(big.NewInt(1), factorial(k))
		r.Add(r, term)
	}
	fmt.Println("e ~", r.FloatString(40))
	fmt.Printf("%x\n%40d|\n%-40d|\n", fib(100), fib(50), fib(50))
}
