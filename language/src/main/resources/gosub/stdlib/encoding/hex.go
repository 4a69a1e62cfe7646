// Package hex writes bytes as pairs of hexadecimal digits and reads them back, as Go 1.19's encoding/hex does:
// lower-case digits out, either case in, and a hexdump -C style listing (Dump, Dumper).
package hex

import (
	"errors"
	"fmt"
	"io"
)

const lowerDigits = "0123456789abcdef"

var errOddLength = errors.New("encoding/hex: odd length hex string")

// ErrLength is the error of an input with an odd number of hex digits.
var ErrLength = errOddLength

// InvalidByteError is the error of an input byte that is not a hex digit.
type InvalidByteError byte

var invalidByteFormat = "encoding/hex: invalid byte: %#U"

func (e InvalidByteError) Error() string {
	return fmt.Sprintf(invalidByteFormat, rune(e))
}

// EncodedLen is the length of the encoding of n bytes.
func EncodedLen(n int) int { return 2 * n }

// DecodedLen is how many bytes x hex digits decode to.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex digits of src into dst, which must hold EncodedLen(len(src)) bytes, and returns their count.
func Encode(dst, src []byte) int {
	at := 0
	for _, c := range src {
		dst[at] = lowerDigits[c>>4]
		dst[at+1] = lowerDigits[c&15]
		at += 2
	}
	return at
}

// EncodeToString is the hex digits of src as a string.
func EncodeToString(src []byte) string {
	out := make([]byte, 2*len(src))
	Encode(out, src)
	return string(out)
}

// digitValue is the value of one hex digit, or false for any other byte.
func digitValue(c byte) (byte, bool) {
	if c-'0' < 10 {
		return c - '0', true
	}
	// Setting bit 5 maps 'A'..'F' onto 'a'..'f' and no other byte there.
	if folded := c | 0x20; folded-'a' < 6 {
		return folded - 'a' + 10, true
	}
	return 0, false
}

// Decode writes the bytes that the digits of src stand for into dst (DecodedLen(len(src)) bytes are enough) and
// returns their count. It stops at the first pair holding a byte that is not a digit; a lone last digit is
// ErrLength, a lone last byte that is no digit the InvalidByteError Go reports first.
func Decode(dst, src []byte) (int, error) {
	written := 0
	for ; 2*written+1 < len(src); written++ {
		high, ok := digitValue(src[2*written])
		if !ok {
			return written, InvalidByteError(src[2*written])
		}
		low, ok := digitValue(src[2*written+1])
		if !ok {
			return written, InvalidByteError(src[2*written+1])
		}
		dst[written] = high<<4 | low
	}
	if len(src)%2 != 0 {
		last := src[len(src)-1]
		if _, ok := digitValue(last); !ok {
			return written, InvalidByteError(last)
		}
		return written, ErrLength
	}
	return written, nil
}

// DecodeString is the bytes that the digits of s stand for; on an error, the ones decoded before it.
func DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	n, err := Decode(buf, buf)
	return buf[:n], err
}

// chunkSize bounds the buffers of the streaming encoder and decoder.
const chunkSize = 1024

type streamEncoder struct {
	w   io.Writer
	out []byte
}

// NewEncoder returns a writer that writes the hex digits of what it is given to w.
func NewEncoder(w io.Writer) io.Writer {
	return &streamEncoder{w: w, out: make([]byte, chunkSize)}
}

func (e *streamEncoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && err == nil {
		part := p
		if len(part) > chunkSize/2 {
			part = part[:chunkSize/2]
		}
		digits := Encode(e.out, part)
		var written int
		written, err = e.w.Write(e.out[:digits])
		n += written / 2
		p = p[len(part):]
	}
	return n, err
}

type streamDecoder struct {
	r       io.Reader
	pending []byte // digits read but not yet decoded (at most one once the source has an error)
	readErr error  // the source's error, kept until the pending digits are used up
	space   [chunkSize]byte
}

// NewDecoder returns a reader of the bytes that the hex digits read from r stand for. An odd digit at the end of r
// is io.ErrUnexpectedEOF.
func NewDecoder(r io.Reader) io.Reader {
	return &streamDecoder{r: r}
}

func (d *streamDecoder) Read(p []byte) (int, error) {
	if len(d.pending) < 2 && d.readErr == nil {
		kept := copy(d.space[:], d.pending)
		got, err := d.r.Read(d.space[kept:])
		d.pending = d.space[:kept+got]
		d.readErr = err
		if err == io.EOF && len(d.pending)%2 == 1 {
			if _, ok := digitValue(d.pending[len(d.pending)-1]); ok {
				d.readErr = io.ErrUnexpectedEOF
			} else {
				d.readErr = InvalidByteError(d.pending[len(d.pending)-1])
			}
		}
	}
	if whole := len(d.pending) / 2; len(p) > whole {
		p = p[:whole]
	}
	n, err := Decode(p, d.pending[:2*len(p)])
	d.pending = d.pending[2*n:]
	if err != nil {
		// A bad digit ends the stream: what follows it is dropped.
		d.pending, d.readErr = nil, err
	}
	if len(d.pending) >= 2 {
		return n, err
	}
	return n, d.readErr
}

// Dump is the listing Dumper writes for data: lines of 16 bytes with their offset, hex and printable ASCII.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var text listing
	d := &dumper{w: &text}
	d.Write(data)
	d.Close()
	return string(text)
}

// listing collects Dump's text.
type listing []byte

func (l *listing) Write(p []byte) (int, error) {
	*l = append(*l, p...)
	return len(p), nil
}

var errDumperClosed = errors.New("encoding/hex: dumper closed")

type dumper struct {
	w      io.Writer
	offset uint // of the next byte
	column int  // bytes on the current line so far
	text   [16]byte
	closed bool
}

// Dumper returns a writer that writes a hexdump -C style listing of what it is given to w; Close writes the last,
// partial line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// pairSpacing is what follows the hex pair of byte i of a line: a space, two in mid-line and at the end.
func pairSpacing(i int) string {
	if i == 7 || i == 15 {
		return "  "
	}
	return " "
}

func (d *dumper) Write(p []byte) (n int, err error) {
	if d.closed {
		return 0, errDumperClosed
	}
	line := make([]byte, 0, 80)
	for _, c := range p {
		line = line[:0]
		if d.column == 0 {
			for shift := 28; shift >= 0; shift -= 4 {
				line = append(line, lowerDigits[(d.offset>>uint(shift))&15])
			}
			line = append(line, ' ', ' ')
		}
		line = append(line, lowerDigits[c>>4], lowerDigits[c&15])
		line = append(line, pairSpacing(d.column)...)
		if c < 32 || c > 126 {
			c = '.'
		}
		d.text[d.column] = c
		d.column++
		d.offset++
		if d.column == 16 {
			line = append(line, '|')
			line = append(line, d.text[:]...)
			line = append(line, '|', '\n')
			d.column = 0
		}
		if _, err = d.w.Write(line); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.column == 0 {
		return nil
	}
	line := make([]byte, 0, 80)
	for i := d.column; i < 16; i++ {
		line = append(line, ' ', ' ')
		line = append(line, pairSpacing(i)...)
	}
	line = append(line, '|')
	line = append(line, d.text[:d.column]...)
	line = append(line, '|', '\n')
	_, err := d.w.Write(line)
	return err
}
