// Package fnv is the Fowler-Noll-Vo hashes FNV-1 and FNV-1a in 32, 64 and 128 bits, as Go 1.19's hash/fnv: not
// for security, but quick and well spread. Sums are big-endian.
package fnv

import (
	"hash"
	"math/bits"
)

// The FNV offset bases (where a hash starts) and primes (what it multiplies by), 128-bit ones in two halves; the
// 128-bit prime is 2^88 + 0x13b.
const (
	basis32       = 2166136261
	basis64       = 14695981039346656037
	basis128High  = 0x6c62272e07bb0142
	basis128Low   = 0x62b821756295c58d
	prime32       = 16777619
	prime64       = 1099511628211
	prime128Small = 0x13b // the low part of the 128-bit prime
	prime128Shift = 88    // the bit of its high part
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high, low
	sum128a [2]uint64
)

// New32 starts a 32-bit FNV-1 hash.
func New32() hash.Hash32 {
	h := sum32(basis32)
	return &h
}

// New32a starts a 32-bit FNV-1a hash.
func New32a() hash.Hash32 {
	h := sum32a(basis32)
	return &h
}

// New64 starts a 64-bit FNV-1 hash.
func New64() hash.Hash64 {
	h := sum64(basis64)
	return &h
}

// New64a starts a 64-bit FNV-1a hash.
func New64a() hash.Hash64 {
	h := sum64a(basis64)
	return &h
}

// New128 starts a 128-bit FNV-1 hash.
func New128() hash.Hash {
	h := sum128{basis128High, basis128Low}
	return &h
}

// New128a starts a 128-bit FNV-1a hash.
func New128a() hash.Hash {
	h := sum128a{basis128High, basis128Low}
	return &h
}

// FNV-1 multiplies, then mixes in the byte; FNV-1a mixes in, then multiplies.

func (h *sum32) Write(p []byte) (int, error) {
	v := uint32(*h)
	for _, c := range p {
		v = v*prime32 ^ uint32(c)
	}
	*h = sum32(v)
	return len(p), nil
}

func (h *sum32a) Write(p []byte) (int, error) {
	v := uint32(*h)
	for _, c := range p {
		v = (v ^ uint32(c)) * prime32
	}
	*h = sum32a(v)
	return len(p), nil
}

func (h *sum64) Write(p []byte) (int, error) {
	v := uint64(*h)
	for _, c := range p {
		v = v*prime64 ^ uint64(c)
	}
	*h = sum64(v)
	return len(p), nil
}

func (h *sum64a) Write(p []byte) (int, error) {
	v := uint64(*h)
	for _, c := range p {
		v = (v ^ uint64(c)) * prime64
	}
	*h = sum64a(v)
	return len(p), nil
}

// times128Prime is high:low times the 128-bit prime, modulo 2^128: high:low times 0x13b, plus low shifted up 88
// bits (which only reaches the high half).
func times128Prime(high, low uint64) (uint64, uint64) {
	carry, product := bits.Mul64(low, prime128Small)
	return carry + high*prime128Small + low<<(prime128Shift-64), product
}

func (h *sum128) Write(p []byte) (int, error) {
	high, low := h[0], h[1]
	for _, c := range p {
		high, low = times128Prime(high, low)
		low ^= uint64(c)
	}
	h[0], h[1] = high, low
	return len(p), nil
}

func (h *sum128a) Write(p []byte) (int, error) {
	high, low := h[0], h[1]
	for _, c := range p {
		high, low = times128Prime(high, low^uint64(c))
	}
	h[0], h[1] = high, low
	return len(p), nil
}

func (h *sum32) Reset()   { *h = basis32 }
func (h *sum32a) Reset()  { *h = basis32 }
func (h *sum64) Reset()   { *h = basis64 }
func (h *sum64a) Reset()  { *h = basis64 }
func (h *sum128) Reset()  { *h = sum128{basis128High, basis128Low} }
func (h *sum128a) Reset() { *h = sum128a{basis128High, basis128Low} }

func (h *sum32) Size() int   { return 4 }
func (h *sum32a) Size() int  { return 4 }
func (h *sum64) Size() int   { return 8 }
func (h *sum64a) Size() int  { return 8 }
func (h *sum128) Size() int  { return 16 }
func (h *sum128a) Size() int { return 16 }

func (h *sum32) BlockSize() int   { return 1 }
func (h *sum32a) BlockSize() int  { return 1 }
func (h *sum64) BlockSize() int   { return 1 }
func (h *sum64a) BlockSize() int  { return 1 }
func (h *sum128) BlockSize() int  { return 1 }
func (h *sum128a) BlockSize() int { return 1 }

func (h *sum32) Sum32() uint32  { return uint32(*h) }
func (h *sum32a) Sum32() uint32 { return uint32(*h) }
func (h *sum64) Sum64() uint64  { return uint64(*h) }
func (h *sum64a) Sum64() uint64 { return uint64(*h) }

// appendBigEndian appends the low n bytes of v, most significant first.
func appendBigEndian(b []byte, v uint64, n int) []byte {
	for shift := 8 * (n - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

func (h *sum32) Sum(b []byte) []byte  { return appendBigEndian(b, uint64(*h), 4) }
func (h *sum32a) Sum(b []byte) []byte { return appendBigEndian(b, uint64(*h), 4) }
func (h *sum64) Sum(b []byte) []byte  { return appendBigEndian(b, uint64(*h), 8) }
func (h *sum64a) Sum(b []byte) []byte { return appendBigEndian(b, uint64(*h), 8) }
func (h *sum128) Sum(b []byte) []byte {
	return appendBigEndian(appendBigEndian(b, h[0], 8), h[1], 8)
}
func (h *sum128a) Sum(b []byte) []byte {
	return appendBigEndian(appendBigEndian(b, h[0], 8), h[1], 8)
}
