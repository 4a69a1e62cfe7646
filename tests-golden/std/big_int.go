package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := big.NewInt(1)
	for i := int64(1); i <= 50; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println(f, f.BitLen(), f.TrailingZeroBits())
	a, b := big.NewInt(0), big.NewInt(1)
	for k := 0; k < 300; k++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println(a.String())
	x, _ := new(big.Int).SetString("-0x_dead_beef", 0)
	fmt.Printf("%d %x %X %#x %o %#o %O %b %s %v|%10d|%-10d|%+d|%08d|%.12d|% d\n", x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, big.NewInt(5))
	fmt.Printf("%q %.0d|%5.0d|\n", x, new(big.Int), new(big.Int))
	for _, s := range []string{"0", "08", "0b101", "0o17", "017", "1_000", "_1", "1__0", "0x", "-", "+12", "zz", "0_7"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Println(s, v, ok)
	}
	v, ok := new(big.Int).SetString("zZ", 62)
	fmt.Println(v, ok, v.Text(62), v.Text(36), big.NewInt(-255).Text(2))
	q, r := new(big.Int), new(big.Int)
	for _, p := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		x, y := big.NewInt(p[0]), big.NewInt(p[1])
		q.QuoRem(x, y, r)
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Println(p, q, r, d, m)
	}
	g, gx, gy := new(big.Int), new(big.Int), new(big.Int)
	for _, p := range [][2]int64{{240, 46}, {-240, 46}, {46, 240}, {0, 5}, {-5, 0}, {12345678901, -9876543210}, {17, 17}} {
		g.GCD(gx, gy, big.NewInt(p[0]), big.NewInt(p[1]))
		fmt.Println(p, g, gx, gy)
	}
	fmt.Println(new(big.Int).Exp(big.NewInt(-2), big.NewInt(-1), big.NewInt(5)), new(big.Int).Exp(big.NewInt(3), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(-3), big.NewInt(3), big.NewInt(7)))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(4), big.NewInt(8)))
	for _, p := range []int64{13, 17, 41, 73, 97, 113} {
		for xx := int64(2); xx < 8; xx++ {
			fmt.Print(new(big.Int).ModSqrt(big.NewInt(xx), big.NewInt(p)), " ")
		}
	}
	fmt.Println()
	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).Binomial(5, 7), new(big.Int).MulRange(-5, -2), big.NewInt(97).ProbablyPrime(20))
	fmt.Println(new(big.Int).Sqrt(big.NewInt(99)), new(big.Int).Lsh(big.NewInt(3), 70), new(big.Int).Rsh(big.NewInt(-7), 1), big.NewInt(-6).Bit(1), new(big.Int).SetBit(big.NewInt(0), 100, 1))
	fmt.Println(new(big.Int).And(big.NewInt(-12), big.NewInt(10)), new(big.Int).Or(big.NewInt(-12), big.NewInt(3)), new(big.Int).Xor(big.NewInt(-1), big.NewInt(5)), new(big.Int).Not(big.NewInt(5)), new(big.Int).AndNot(big.NewInt(15), big.NewInt(-4)))
	fmt.Println(big.NewInt(-5).Int64(), big.NewInt(-5).Uint64(), big.NewInt(-5).IsUint64(), big.NewInt(258).Bytes(), big.NewInt(258).FillBytes(make([]byte, 4)), new(big.Int).SetBytes([]byte{1, 0, 0}))
	var z big.Int
	fmt.Println(z.String(), z.Sign(), z.Cmp(big.NewInt(0)), z.Bits(), new(big.Int).Lsh(big.NewInt(1), 64).Bits())
	var nilp *big.Int
	fmt.Println(nilp, nilp.String())
	fmt.Printf("%v %d\n", nilp, nilp)
	var y big.Int
	n, err := fmt.Sscan("  0x1F rest", &y)
	fmt.Println(n, err, &y)
	n, err = fmt.Sscanf("123abc", "%d", &y)
	fmt.Println(n, err, &y)
	n, err = fmt.Sscan("abc", &y)
	fmt.Println(n, err, &y)
	j, _ := y.MarshalJSON()
	fmt.Println(string(j), y.UnmarshalJSON([]byte("\"x\"")), y.UnmarshalText([]byte("0b11")), &y)
	gb, _ := big.NewInt(-300).GobEncode()
	fmt.Println(gb)
	fmt.Println(big.Jacobi(big.NewInt(-3), big.NewInt(-7)), big.Jacobi(big.NewInt(2), big.NewInt(15)))
}
