package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	x := big.NewFloat(1.5)
	y := new(big.Float).SetPrec(200).SetInt64(2)
	s := new(big.Float).SetPrec(200).Sqrt(y)
	fmt.Println(x, s, s.Text('g', 50), s.Prec(), s.Acc(), s.Mode())
	fmt.Println(new(big.Float).Sqrt(big.NewFloat(2)), new(big.Float).SetPrec(10).Sqrt(big.NewFloat(3)), new(big.Float).SetPrec(1000).Sqrt(big.NewFloat(5)).Text('f', 200))
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Acc(), third.Text('e', 20), third.Text('b', 0), third.Text('p', 0), third.Text('x', -1), third.Text('x', 3))
	fmt.Printf("%v %g %e %f %.3f %10.2f|%-10.2f|%+.4e %G %E %F %b %x %.2x %s %d\n", third, third, third, third, third, third, third, third, third, third, third, third, third, third, third, third)
	for _, str := range []string{"1.5", "0.1", "1e100", "-2.5e-3", "0x1.8p1", "1_000.25", "inf", "-Inf", "abc", "", "1.5x", "0b101.1", "123456789012345678901234567890", "1e-400", "2.5e+310"} {
		f, b, err := new(big.Float).Parse(str, 0)
		if err != nil {
			fmt.Println(str, f, b, err)
			continue
		}
		f64, acc := f.Float64()
		fmt.Println(str, f, b, f.Prec(), f.Acc(), f64, acc, f.Text('g', -1), f.MinPrec())
	}
	modes := []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}
	for _, m := range modes {
		a := new(big.Float).SetPrec(5).SetMode(m)
		a.SetFloat64(2.34375)
		b := new(big.Float).SetPrec(5).SetMode(m)
		b.SetFloat64(-2.34375)
		c := new(big.Float).SetPrec(8).SetMode(m).Quo(big.NewFloat(1), big.NewFloat(7))
		fmt.Println(m, a, a.Acc(), b, b.Acc(), c, c.Acc(), c.Text('b', 0))
	}
	z := new(big.Float)
	fmt.Println(z, z.Prec(), z.Sign(), z.IsInt(), new(big.Float).Add(big.NewFloat(1), big.NewFloat(-1)), new(big.Float).SetMode(big.ToNegativeInf).Sub(big.NewFloat(1), big.NewFloat(1)))
	f := new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil))
	fmt.Println(f, f.Prec(), f.IsInt(), f.Text('f', 0))
	i, acc := big.NewFloat(-3.7).Int(nil)
	i64, acc2 := big.NewFloat(1e30).Int64()
	u64, acc3 := big.NewFloat(-1).Uint64()
	r, _ := big.NewFloat(0.375).Rat(nil)
	fmt.Println(i, acc, i64, acc2, u64, acc3, r, big.NewFloat(2.5).Cmp(big.NewFloat(2.5)), big.NewFloat(-1).Cmp(big.NewFloat(1)))
	inf := new(big.Float).SetInf(false)
	fmt.Println(inf, new(big.Float).SetInf(true), inf.IsInf(), new(big.Float).Mul(inf, big.NewFloat(-2)), new(big.Float).Quo(big.NewFloat(1), new(big.Float)))
	fmt.Printf("%8.3f|%08.3f|%-8.3f|%+g|% g|%v\n", big.NewFloat(math.Pi), big.NewFloat(-math.Pi), big.NewFloat(math.Pi), big.NewFloat(1), big.NewFloat(1), inf)
	mant := new(big.Float)
	e := big.NewFloat(12).MantExp(mant)
	fmt.Println(mant, e, new(big.Float).SetMantExp(big.NewFloat(0.75), 10))
	sum := new(big.Float).SetPrec(100)
	for k := 1; k <= 30; k++ {
		sum.Add(sum, new(big.Float).SetPrec(100).Quo(big.NewFloat(1), new(big.Float).SetInt64(int64(k*k))))
	}
	fmt.Println(sum.Text('g', 30), new(big.Float).SetRat(big.NewRat(1, 3)), ParseF("3.14159", 20))
	fmt.Println(new(big.Float).SetPrec(0).SetFloat64(1.5), big.NewFloat(1e-10), big.NewFloat(123456789), big.NewFloat(1e21), big.NewFloat(100))
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Float).Sqrt(big.NewFloat(-1))
}

func ParseF(s string, prec uint) string {
	f, _, err := big.ParseFloat(s, 10, prec, big.ToZero)
	return fmt.Sprint(f, err, f.Acc())
}
