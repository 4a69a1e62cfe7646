package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 300; i++ {
		a := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(200)+1)))
		b := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(200)+1)))
		if r.Intn(2) == 0 {
			a.Neg(a)
		}
		if r.Intn(2) == 0 {
			b.Neg(b)
		}
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, a, b)
		prec := uint(r.Intn(300) + 1)
		fa := new(big.Float).SetPrec(prec).SetInt(a)
		fb := new(big.Float).SetPrec(prec).SetInt(b)
		q := new(big.Float).SetMode(big.RoundingMode(r.Intn(6))).SetPrec(prec).Quo(fa, fb)
		sq := new(big.Float).SetPrec(prec).Sqrt(new(big.Float).Abs(q))
		ps := fmt.Sprintf("%d.%de%d", r.Intn(100000), r.Intn(1000000), r.Intn(80)-40)
		pf, _, _ := big.ParseFloat(ps, 10, prec, big.RoundingMode(r.Intn(6)))
		fmt.Println(g, x.Sign(), y, q.Text('g', -1), q.Acc(), sq.Text('e', 40), pf.Text('g', -1), pf.Acc(), pf.Text('f', 10), a.Text(r.Intn(61)+2))
	}
}
