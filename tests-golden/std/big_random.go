package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 300; k++ {
		a := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(200)+1)))
		b := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(200)+1)))
		if rng.Intn(2) == 0 {
			a.Neg(a)
		}
		if rng.Intn(2) == 0 {
			b.Neg(b)
		}
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, a, b)
		prec := uint(rng.Intn(300) + 1)
		fa := new(big.Float).SetPrec(prec).SetInt(a)
		fb := new(big.Float).SetPrec(prec).SetInt(b)
		q := new(big.Float).SetMode(big.RoundingMode(rng.Intn(6))).SetPrec(prec).Quo(fa, fb)
		sq := new(big.Float).SetPrec(prec).Sqrt(new(big.Float).Abs(q))
		ps := fmt.Sprintf("%d.%de%d", rng.Intn(100000), rng.Intn(1000000), rng.Intn(80)-40)
		pf, _, _ := big.ParseFloat(ps, 10, prec, big.RoundingMode(rng.Intn(6)))
		fmt.Println(g, x.Sign(), y, q.Text('g', -1), q.Acc(), sq.Text('e', 40), pf.Text('g', -1), pf.Acc(), pf.Text('f', 10), a.Text(rng.Intn(61)+2))
	}
}
