// Package rand is Go 1.19's crypto/rand: random bytes fit for keys, from the JDK's SecureRandom (the operating
// system's entropy source), and uniform big integers and primes drawn from any reader of such bytes.
package rand

import (
	"errors"
	"io"
	"math/big"
)

// fill is the native (gosub.language.stdlib.cryptorand) that sets every byte of p from the secure generator.
func fill(p []byte)

// reader is the type of Reader; it never fails and never returns fewer bytes than asked for.
type reader struct{}

func (*reader) Read(p []byte) (n int, err error) {
	fill(p)
	return len(p), nil
}

// Reader is the shared source of secure random bytes; goroutines may read it at once.
var Reader io.Reader = &reader{}

// Read fills b from Reader, as io.ReadFull(Reader, b) does.
func Read(b []byte) (n int, err error) {
	n, err = io.ReadFull(Reader, b)
	return n, err
}

// Go's messages for a max that is not positive and a prime of fewer than 2 bits.
const (
	intOfNonPositive = "crypto/rand: argument to Int is <= 0"
	primeTooSmall    = "crypto/rand: prime size must be at least 2-bit"
)

// Int draws a uniform integer in [0, max) from r: it reads as many bytes as max-1 has, keeps only max-1's bit
// length of them and tries again until the number is below max (so fewer than two draws are needed on average).
func Int(r io.Reader, max *big.Int) (n *big.Int, err error) {
	if max.Sign() <= 0 {
		panic(intOfNonPositive)
	}
	n = new(big.Int).Sub(max, big.NewInt(1))
	width := n.BitLen()
	if width == 0 {
		return n, nil // max is 1: the only choice is 0
	}
	draw := newDraw(width)
	for {
		if err = draw.next(r); err != nil {
			return nil, err
		}
		n.SetBytes(draw.bytes)
		if n.Cmp(max) < 0 {
			return n, nil
		}
	}
}

// Prime draws numbers of exactly bits bits (the two highest set, so that a product of two has twice the bits)
// from r until one is prime by ProbablyPrime(20). Like Go's, it sometimes reads one byte more first, so that no
// caller can come to rely on the numbers a given stream of bytes gives.
func Prime(r io.Reader, bits int) (*big.Int, error) {
	if bits < 2 {
		return nil, errors.New(primeTooSmall)
	}
	var coin [1]byte
	fill(coin[:])
	if coin[0]&1 == 1 {
		var skip [1]byte
		r.Read(skip[:])
	}
	draw := newDraw(bits)
	drawn, topBits := draw.bytes, draw.topBits
	p := new(big.Int)
	for {
		if err := draw.next(r); err != nil {
			return nil, err
		}
		if topBits >= 2 {
			drawn[0] |= 3 << (topBits - 2)
		} else {
			drawn[0] |= 1
			if len(drawn) > 1 {
				drawn[1] |= 0x80
			}
		}
		drawn[len(drawn)-1] |= 1 // odd
		p.SetBytes(drawn)
		if p.ProbablyPrime(20) {
			return p, nil
		}
	}
}

// bitDraw reads numbers of at most a given bit length from a reader: whole bytes, the first masked down to the
// bits that fit (Int's and Prime's shared way of drawing).
type bitDraw struct {
	bytes   []byte
	topBits uint // how many low bits of the first byte are kept, 1 to 8
}

func newDraw(width int) bitDraw {
	top := uint(width % 8)
	if top == 0 {
		top = 8
	}
	return bitDraw{make([]byte, (width+7)/8), top}
}

// next fills the bytes with a new number from r.
func (d bitDraw) next(r io.Reader) error {
	if _, err := io.ReadFull(r, d.bytes); err != nil {
		return err
	}
	d.bytes[0] &= byte(1<<d.topBits - 1)
	return nil
}
