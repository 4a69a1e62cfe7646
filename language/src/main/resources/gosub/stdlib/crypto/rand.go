//gosub:partial
// Package rand is Go 1.19's crypto/rand: random bytes fit for keys, from the JDK's SecureRandom (the operating
// system's entropy source). Int and Prime, which return a *big.Int, are not provided while gosub has no math/big.
package rand

import "io"

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
