// Package md5 is RFC 1321's MD5 hash, computed by the JDK. MD5 is broken for security; it remains a checksum.
package md5

import (
	"hash"
	"internal/hashing"
)

// Size is the length of an MD5 sum in bytes; BlockSize the length of its blocks.
const (
	Size      = 16
	BlockSize = 64
)

type digest struct{ *hashing.Running }

// New starts a running MD5 hash.
func New() hash.Hash { return &digest{hashing.New("MD5", Size, BlockSize)} }

// Sum is the MD5 sum of data.
func Sum(data []byte) (sum [Size]byte) {
	hashing.Sum("MD5", data, sum[:])
	return
}
