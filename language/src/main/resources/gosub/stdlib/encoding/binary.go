//gosub:partial
// Package binary, as far as gosub goes: fixed-size unsigned integers in little- and big-endian byte order, and
// varints. Read, Write and Size, which walk arbitrary values with reflection, are refused by name (gosub has no
// reflect).
package binary

import (
	"errors"
	"io"
)

// ByteOrder reads and writes unsigned integers at the start of a byte slice in one byte order.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder adds unsigned integers to the end of a byte slice in one byte order.
type AppendByteOrder interface {
	AppendUint16(dst []byte, v uint16) []byte
	AppendUint32(dst []byte, v uint32) []byte
	AppendUint64(dst []byte, v uint64) []byte
	String() string
}

// LittleEndian puts the least significant byte first; BigEndian the most significant.
var (
	LittleEndian littleEndian
	BigEndian    bigEndian
)

type littleEndian struct{}

type bigEndian struct{}

// Each accessor indexes the last byte it needs first, so that a short slice fails with Go's index error before any
// byte is read or written.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1])<<8 | uint16(b[0])
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0])<<8 | uint16(b[1])
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * (3 - i)))
	}
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * (7 - i)))
	}
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 7; i >= 0; i-- {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// The most bytes a varint of each width takes: seven bits of the value per byte.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint adds x as a varint: seven bits per byte, low bits first, the top bit set on all but the last byte.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, 0x80|byte(x))
	}
	return append(buf, uint8(x))
}

// PutUvarint writes x as a varint at the start of buf (which must be long enough) and returns the bytes written.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = byte(x) | 0x80
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint reads a varint from the start of buf: the value and the bytes read; 0 bytes if buf ends first, and
// minus the bytes read if the value does not fit in 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var v uint64
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if b > 1 && i == MaxVarintLen64-1 {
				return 0, -(i + 1) // the tenth byte has room for one bit
			}
			return v | uint64(b)<<(7*i), i + 1
		}
		v |= uint64(b&0x7f) << (7 * i)
	}
	return 0, 0
}

// Signed varints are zig-zag encoded: 0, -1, 1, -2, ... become 0, 1, 2, 3, ..., so small magnitudes stay short.

func zigzag(x int64) uint64 {
	u := uint64(x) << 1
	if x < 0 {
		u = ^u
	}
	return u
}

func unzigzag(u uint64) int64 {
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint adds the signed x as a varint.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the signed x as a varint at the start of buf and returns the bytes written.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint reads a signed varint from the start of buf, with Uvarint's byte counts.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint byte by byte. An input that ends gives the reader's error, io.EOF even inside the
// varint (Go 1.20 made that io.ErrUnexpectedEOF).
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var v uint64
	for shift := 0; shift < 7*MaxVarintLen64; shift += 7 {
		b, err := r.ReadByte()
		if err != nil {
			return v, err
		}
		if b < 0x80 {
			if b > 1 && shift == 7*(MaxVarintLen64-1) {
				return v, errOverflow
			}
			return v | uint64(b)<<shift, nil
		}
		v |= uint64(b&0x7f) << shift
	}
	return v, errOverflow
}

// ReadVarint reads a signed varint byte by byte, with ReadUvarint's errors.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}
