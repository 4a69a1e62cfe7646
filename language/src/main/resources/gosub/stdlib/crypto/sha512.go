// Package sha512 is the SHA-384, SHA-512, SHA-512/224 and SHA-512/256 hashes of FIPS 180-4, computed by the JDK.
package sha512

import (
	"hash"
	"internal/hashing"
)

// The lengths in bytes of the sums of SHA-512, SHA-512/224, SHA-512/256 and SHA-384, and of the blocks all four
// work on.
const (
	Size      = 64
	Size224   = 28
	Size256   = 32
	Size384   = 48
	BlockSize = 128
)

type digest struct{ *hashing.Running }

// New starts a running SHA-512 hash.
func New() hash.Hash { return &digest{hashing.New("SHA-512", Size, BlockSize)} }

// New384 starts a running SHA-384 hash.
func New384() hash.Hash { return &digest{hashing.New("SHA-384", Size384, BlockSize)} }

// New512_224 starts a running SHA-512/224 hash.
func New512_224() hash.Hash { return &digest{hashing.New("SHA-512/224", Size224, BlockSize)} }

// New512_256 starts a running SHA-512/256 hash.
func New512_256() hash.Hash { return &digest{hashing.New("SHA-512/256", Size256, BlockSize)} }

// Sum512 is the SHA-512 sum of data.
func Sum512(data []byte) (sum [Size]byte) {
	hashing.Sum("SHA-512", data, sum[:])
	return
}

// Sum384 is the SHA-384 sum of data.
func Sum384(data []byte) (sum [Size384]byte) {
	hashing.Sum("SHA-384", data, sum[:])
	return
}

// Sum512_224 is the SHA-512/224 sum of data.
func Sum512_224(data []byte) (sum [Size224]byte) {
	hashing.Sum("SHA-512/224", data, sum[:])
	return
}

// Sum512_256 is the SHA-512/256 sum of data.
func Sum512_256(data []byte) (sum [Size256]byte) {
	hashing.Sum("SHA-512/256", data, sum[:])
	return
}
