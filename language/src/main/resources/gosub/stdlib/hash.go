// Package hash names the interfaces that the hash functions of crypto/* and hash/* implement.
package hash

import "io"

// Hash is a running hash: Write adds data (and never fails), Sum appends the hash of everything written so far to
// its argument without changing the state, Reset starts over.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	// Size is the length in bytes of what Sum appends.
	Size() int
	// BlockSize is the length of the blocks the hash works on; Writes of whole blocks may be faster.
	BlockSize() int
}

// Hash32 is a Hash whose value fits a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value fits a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
