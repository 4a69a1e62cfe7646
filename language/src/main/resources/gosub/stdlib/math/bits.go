// Package bits counts, reverses and rotates the bits of unsigned integers and does double-word arithmetic on
// them. The 64-bit primitives without a body are natives (gosub.language.stdlib.math.MathNatives) on Java's
// intrinsics; the narrower widths are derived from them.
package bits

// UintSize is the number of bits in a uint: 64 in gosub.
const UintSize = 64

// Len64 returns the number of bits needed to write x: 0 for 0, else one more than the index of its top set bit.
func Len64(x uint64) (n int)

// TrailingZeros64 returns the number of zero bits below the lowest set bit of x; 64 for 0.
func TrailingZeros64(x uint64) int

// OnesCount64 returns the number of set bits of x (its population count).
func OnesCount64(x uint64) int

// Reverse64 returns x with its bits in the opposite order.
func Reverse64(x uint64) uint64

// ReverseBytes64 returns x with its bytes in the opposite order.
func ReverseBytes64(x uint64) uint64

// Mul64 returns the 128-bit product x*y as its upper and lower halves.
func Mul64(x, y uint64) (hi, lo uint64)

// Div64 returns the quotient and remainder of the 128-bit number hi, lo divided by y. It panics for y == 0
// (division by zero) and for y <= hi (the quotient would not fit in 64 bits).
func Div64(hi, lo, y uint64) (quo, rem uint64)

// panicOverflow panics with the run-time error of a quotient too wide for its type (a native).
func panicOverflow()

// Len returns the number of bits needed to write x; 0 for 0.
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 returns the number of bits needed to write x; 0 for 0.
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 returns the number of bits needed to write x; 0 for 0.
func Len16(x uint16) (n int) { return Len64(uint64(x)) }

// Len32 returns the number of bits needed to write x; 0 for 0.
func Len32(x uint32) (n int) { return Len64(uint64(x)) }

// LeadingZeros returns the number of zero bits above the top set bit of x; UintSize for 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of zero bits above the top set bit of x; 8 for 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of zero bits above the top set bit of x; 16 for 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of zero bits above the top set bit of x; 32 for 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of zero bits above the top set bit of x; 64 for 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// trailingZerosWithin counts the zero bits below the lowest set bit of x, at most width (for x == 0).
func trailingZerosWithin(x uint64, width int) int {
	if x == 0 {
		return width
	}
	return TrailingZeros64(x)
}

// TrailingZeros returns the number of zero bits below the lowest set bit of x; UintSize for 0.
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 returns the number of zero bits below the lowest set bit of x; 8 for 0.
func TrailingZeros8(x uint8) int { return trailingZerosWithin(uint64(x), 8) }

// TrailingZeros16 returns the number of zero bits below the lowest set bit of x; 16 for 0.
func TrailingZeros16(x uint16) int { return trailingZerosWithin(uint64(x), 16) }

// TrailingZeros32 returns the number of zero bits below the lowest set bit of x; 32 for 0.
func TrailingZeros32(x uint32) int { return trailingZerosWithin(uint64(x), 32) }

// OnesCount returns the number of set bits of x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns the number of set bits of x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 returns the number of set bits of x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 returns the number of set bits of x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// RotateLeft returns x rotated left by k bits (right by -k for negative k).
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// RotateLeft8 returns x rotated left by k bits (right by -k for negative k).
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) % 8
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns x rotated left by k bits (right by -k for negative k).
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) % 16
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns x rotated left by k bits (right by -k for negative k).
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) % 32
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns x rotated left by k bits (right by -k for negative k).
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) % 64
	return x<<s | x>>(64-s)
}

// Reverse returns x with its bits in the opposite order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns x with its bits in the opposite order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns x with its bits in the opposite order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns x with its bits in the opposite order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// ReverseBytes returns x with its bytes in the opposite order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns x with its two bytes swapped.
func ReverseBytes16(x uint16) uint16 { return x<<8 | x>>8 }

// ReverseBytes32 returns x with its bytes in the opposite order.
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// Add returns x+y+carry and the carry out of the top bit; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x+y+carry and the carry out of the top bit; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

// Add64 returns x+y+carry and the carry out of the top bit; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	partial := x + y
	sum = partial + carry
	// at most one of the two additions can wrap around
	if partial < x || sum < partial {
		carryOut = 1
	}
	return
}

// Sub returns x-y-borrow and the borrow out of the top bit; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x-y-borrow and the borrow out of the top bit; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	wide := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(wide), uint32(wide>>32) & 1
}

// Sub64 returns x-y-borrow and the borrow out of the top bit; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	partial := x - y
	diff = partial - borrow
	// at most one of the two subtractions can wrap around
	if x < y || partial < borrow {
		borrowOut = 1
	}
	return
}

// Mul returns the double-width product x*y as its upper and lower halves.
func Mul(x, y uint) (hi, lo uint) {
	high, low := Mul64(uint64(x), uint64(y))
	return uint(high), uint(low)
}

// Mul32 returns the 64-bit product x*y as its upper and lower halves.
func Mul32(x, y uint32) (hi, lo uint32) {
	wide := uint64(x) * uint64(y)
	return uint32(wide >> 32), uint32(wide)
}

// Div returns the quotient and remainder of the double-width number hi, lo divided by y; it panics for y == 0 and
// for y <= hi.
func Div(hi, lo, y uint) (quo, rem uint) {
	quotient, remainder := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(quotient), uint(remainder)
}

// Div32 returns the quotient and remainder of the 64-bit number hi, lo divided by y; it panics for y == 0 and for
// y <= hi.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	wide := uint64(hi)<<32 | uint64(lo)
	return uint32(wide / uint64(y)), uint32(wide % uint64(y))
}

// Rem returns the remainder of the double-width number hi, lo divided by y, for any hi; it panics for y == 0.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 returns the remainder of the 64-bit number hi, lo divided by y, for any hi; it panics for y == 0.
func Rem32(hi, lo, y uint32) uint32 {
	wide := uint64(hi)<<32 | uint64(lo)
	return uint32(wide % uint64(y))
}

// Rem64 returns the remainder of the 128-bit number hi, lo divided by y, for any hi; it panics for y == 0.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi·2^64 + lo) mod y = ((hi mod y)·2^64 + lo) mod y, and the reduced division cannot overflow
	_, r := Div64(hi%y, lo, y)
	return r
}
