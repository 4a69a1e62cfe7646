// Package sha256 is the SHA-224 and SHA-256 hashes of FIPS 180-4, computed by the JDK.
package sha256

import (
	"hash"
	"internal/hashing"
)

// The lengths in bytes of a SHA-256 and a SHA-224 sum, and of the blocks both work on.
const (
	Size      = 32
	Size224   = 28
	BlockSize = 64
)

type digest struct{ *hashing.Running }

// New starts a running SHA-256 hash.
func New() hash.Hash { return &digest{hashing.New("SHA-256", Size, BlockSize)} }

// New224 starts a running SHA-224 hash.
func New224() hash.Hash { return &digest{hashing.New("SHA-224", Size224, BlockSize)} }

// Sum256 is the SHA-256 sum of data.
func Sum256(data []byte) (sum [Size]byte) {
	hashing.Sum("SHA-256", data, sum[:])
	return
}

// Sum224 is the SHA-224 sum of data.
func Sum224(data []byte) (sum [Size224]byte) {
	hashing.Sum("SHA-224", data, sum[:])
	return
}
