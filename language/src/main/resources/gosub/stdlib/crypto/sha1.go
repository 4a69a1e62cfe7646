// Package sha1 is the SHA-1 hash of FIPS 180-4, computed by the JDK. SHA-1 is broken for security.
package sha1

import (
	"hash"
	"internal/hashing"
)

// Size is the length of a SHA-1 sum in bytes; BlockSize the length of its blocks.
const (
	Size      = 20
	BlockSize = 64
)

type digest struct{ *hashing.Running }

// New starts a running SHA-1 hash.
func New() hash.Hash { return &digest{hashing.New("SHA-1", Size, BlockSize)} }

// Sum is the SHA-1 sum of data.
func Sum(data []byte) (sum [Size]byte) {
	hashing.Sum("SHA-1", data, sum[:])
	return
}
