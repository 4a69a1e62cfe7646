package main

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"math/big"
)

func main() {
	// a reader of known bytes shows how many bytes Int takes and which it keeps
	src := bytes.NewReader([]byte{0xff, 0xff, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x01, 0x02})
	for _, max := range []int64{1, 2, 10, 256, 1000} {
		n, err := rand.Int(src, big.NewInt(max))
		fmt.Println(max, n, err, src.Len())
	}
	_, err := rand.Int(bytes.NewReader(nil), big.NewInt(100))
	fmt.Println("empty reader:", err)

	for i := 0; i < 20; i++ {
		n, err := rand.Int(rand.Reader, big.NewInt(37))
		if err != nil || n.Sign() < 0 || n.Cmp(big.NewInt(37)) >= 0 {
			fmt.Println("out of range", n, err)
		}
	}
	for _, bits := range []int{2, 3, 8, 9, 64, 257} {
		p, err := rand.Prime(rand.Reader, bits)
		fmt.Println(bits, p.BitLen(), p.ProbablyPrime(20), err)
	}
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Int(rand.Reader, big.NewInt(0))
}
