// Package crc32 is the 32-bit cyclic redundancy check of Go 1.19's hash/crc32, in its reflected form (as zlib, PNG
// and Ethernet use it), over a table of 256 entries made from a polynomial. The byte loop is a native.
package crc32

import (
	"hash"
	"sync"
)

// Size is the length of a CRC-32 in bytes.
const Size = 4

// The polynomials in common use, reversed (bit 0 holds the coefficient of x^31).
const (
	IEEE       = 0xedb88320 // zlib, PNG, Ethernet, gzip
	Castagnoli = 0x82f63b78 // iSCSI, ext4; has CPU support
	Koopman    = 0xeb31d82e
)

// Table holds, for each byte value, what it adds to the remainder.
type Table [256]uint32

// update is the native loop: crc continued over p with table's entries.
func update(crc uint32, table []uint32, p []byte) uint32

// tableOf computes the table of a reversed polynomial: entry b is the remainder of b shifted through 8 rounds.
func tableOf(poly uint32) *Table {
	t := new(Table)
	for b := range t {
		r := uint32(b)
		for round := 0; round < 8; round++ {
			if r&1 != 0 {
				r = r>>1 ^ poly
			} else {
				r >>= 1
			}
		}
		t[b] = r
	}
	return t
}

// IEEETable is the table of the IEEE polynomial; MakeTable(IEEE) returns it.
var IEEETable = tableOf(IEEE)

var (
	castagnoliOnce  sync.Once
	castagnoliTable *Table
)

// MakeTable returns the table of a reversed polynomial: the same *Table each time for IEEE and Castagnoli, a new
// one for any other.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		castagnoliOnce.Do(func() { castagnoliTable = tableOf(Castagnoli) })
		return castagnoliTable
	}
	return tableOf(poly)
}

// Update is crc continued over p.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	return update(crc, tab[:], p)
}

// Checksum is the CRC-32 of data with tab's polynomial.
func Checksum(data []byte, tab *Table) uint32 { return update(0, tab[:], data) }

// ChecksumIEEE is the CRC-32 of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return update(0, IEEETable[:], data) }

type digest struct {
	crc uint32
	tab *Table
}

// New starts a running CRC-32 with tab's polynomial; its Sum appends the CRC in big-endian order.
func New(tab *Table) hash.Hash32 { return &digest{tab: tab} }

// NewIEEE starts a running CRC-32 with the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = update(d.crc, d.tab[:], p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(b []byte) []byte {
	return append(b, byte(d.crc>>24), byte(d.crc>>16), byte(d.crc>>8), byte(d.crc))
}
