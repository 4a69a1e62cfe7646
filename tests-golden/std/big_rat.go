package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, s := range []string{"3/4", "-6/8", "1.25", "1e3", "-0.001", "0x1p-2", "010/4", "3/0x10", "1/0", "3/-4", "", "1.5e-3", "1_000.5", "0b1.1", ".5", "5.", "abc", "1e", "2p3", "0", "-0/5"} {
		r, ok := new(big.Rat).SetString(s)
		if ok {
			fmt.Println(s, r, r.RatString(), r.FloatString(3), ok)
		} else {
			fmt.Println(s, "fail")
		}
	}
	a, b := big.NewRat(1, 3), big.NewRat(-2, 7)
	fmt.Println(new(big.Rat).Add(a, b), new(big.Rat).Sub(a, b), new(big.Rat).Mul(a, b), new(big.Rat).Quo(a, b), a.Cmp(b), b.Sign(), new(big.Rat).Inv(b), new(big.Rat).Neg(b), new(big.Rat).Abs(b))
	fmt.Println(a.Num(), a.Denom(), a.IsInt(), big.NewRat(4, 2).IsInt())
	var z big.Rat
	fmt.Println(z.String(), z.Denom(), z.IsInt(), z.FloatString(2))
	for _, r := range []*big.Rat{big.NewRat(1, 3), big.NewRat(-1, 1000), big.NewRat(5, 2), big.NewRat(-5, 2), big.NewRat(2, 3), big.NewRat(1, 10)} {
		f, exact := r.Float64()
		f32, e32 := r.Float32()
		fmt.Println(r.FloatString(2), r.FloatString(0), f, exact, f32, e32)
	}
	fmt.Println(new(big.Rat).SetFloat64(0.1), new(big.Rat).SetFloat64(-2.5), new(big.Rat).SetFloat64(1e300).FloatString(0)[:10])
	fmt.Println(new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)), new(big.Rat).SetInt(big.NewInt(7)), new(big.Rat).SetInt64(-3))
	h := big.NewRat(0, 1)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println(h, h.FloatString(20))
	var r big.Rat
	n, err := fmt.Sscan("22/7", &r)
	fmt.Println(n, err, &r)
	t, _ := big.NewRat(3, 4).MarshalText()
	fmt.Println(string(t), r.UnmarshalText([]byte("x")))
	tiny, _ := new(big.Rat).SetString("1e-320")
	ft, ex := tiny.Float64()
	fmt.Println(ft, ex)
	fmt.Printf("%v %s\n", big.NewRat(1, 2), big.NewRat(3, 1))
}
