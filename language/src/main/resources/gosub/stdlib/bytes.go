package bytes

// Package bytes for gosub. Searching, comparing and case mapping go through package strings' natives on a string
// copy of the bytes; results that Go returns as subslices of the argument are subslices here too, and results are
// nil exactly where Go 1.19's are.

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinRead is the least free space Buffer.ReadFrom offers to each Read.
const MinRead = 512

// Equal reports whether a and b hold the same bytes; nil and empty are equal.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns -1, 0 or +1 as a is before, equal to or after b in byte order.
func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

// Contains reports whether sub occurs in b.
func Contains(b, sub []byte) bool { return strings.Contains(string(b), string(sub)) }

// ContainsAny reports whether b holds any of the runes in chars.
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }

// ContainsRune reports whether b holds the rune r.
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }

// ContainsFunc reports whether f holds for any rune of b.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count returns how many non-overlapping times sep occurs in s, or one more than the rune count if sep is empty.
func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(prefix) <= len(s) && string(prefix) == string(s[:len(prefix)])
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(suffix) <= len(s) && string(suffix) == string(s[len(s)-len(suffix):])
}

// Index returns the index of the first sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

// IndexByte returns the index of the first c in b, or -1. It is a native: bufio's line splitting calls it on
// every buffer it scans, and going through a string would copy the buffer each time.
func IndexByte(b []byte, c byte) int

// IndexRune returns the index of the first rune r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

// IndexFunc returns the index of the first rune of s for which f holds, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(string(s), f) }

// LastIndex returns the index of the last sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(string(s), c) }

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

// LastIndexFunc returns the index of the last rune of s for which f holds, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(string(s), f) }

// EqualFold reports whether s and t are equal under Unicode simple case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// ---------------------------------------------------------------------------------------------- splitting

// Split cuts s at every sep; an empty sep cuts between runes.
func Split(s, sep []byte) [][]byte { return split(s, sep, false, -1) }

// SplitN is Split making at most n pieces (all of them if n < 0, none if n == 0).
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, false, n) }

// SplitAfter is Split with each sep kept at the end of its piece.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, true, -1) }

// SplitAfterN is SplitAfter making at most n pieces.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, true, n) }

// split does the splits. Every piece but the last is capped at its length, so that appending to one cannot
// overwrite the next; the last piece keeps the rest of s's capacity.
func split(s, sep []byte, keepSep bool, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return runePieces(s, n)
	}
	str, sepStr := string(s), string(sep)
	if n < 0 {
		n = strings.Count(str, sepStr) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1 // the capacity of the result is n, as in Go
	}
	pieces := make([][]byte, 0, n)
	from := 0
	for len(pieces) < n-1 {
		at := strings.Index(str[from:], sepStr)
		if at < 0 {
			break
		}
		end := from + at
		if keepSep {
			end += len(sep)
		}
		pieces = append(pieces, s[from:end:end])
		from += at + len(sep)
	}
	return append(pieces, s[from:])
}

// runePieces splits s into its runes (invalid bytes alone), the n-th piece taking all that is left.
func runePieces(s []byte, n int) [][]byte {
	if n < 0 || n > len(s) {
		n = len(s)
	}
	pieces := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(pieces) == n-1 {
			return append(pieces, s)
		}
		_, width := utf8.DecodeRune(s)
		pieces = append(pieces, s[:width:width])
		s = s[width:]
	}
	return pieces
}

// Fields splits s around runs of white space.
func Fields(s []byte) [][]byte

// FieldsFunc splits s around runs of runes for which f holds; each field is capped at its length.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int // start and end of each field
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		// A separator ends the current field; anything else starts one if none is open.
		if f(r) != (start < 0) {
			if start < 0 {
				start = i
			} else {
				bounds = append(bounds, start, i)
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([][]byte, len(bounds)/2)
	for k := range fields {
		from, to := bounds[2*k], bounds[2*k+1]
		fields[k] = s[from:to:to]
	}
	return fields
}

// ---------------------------------------------------------------------------------------------- building

// Join concatenates the slices of s with sep between them into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		var only []byte // nil when s[0] is empty, as in Go
		return append(only, s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, part := range s {
		size += len(part)
	}
	joined := make([]byte, 0, size)
	for i, part := range s {
		if i > 0 {
			joined = append(joined, sep...)
		}
		joined = append(joined, part...)
	}
	return joined
}

// The panic values of Repeat and of Buffer's misuse are Go's texts.
const (
	repeatNegative   = "bytes: negative Repeat count"
	repeatOverflow   = "bytes: Repeat count causes overflow"
	growNegative     = "bytes.Buffer.Grow: negative count"
	truncateRange    = "bytes.Buffer: truncation out of range"
	writeToBadCount  = "bytes.Buffer.WriteTo: invalid Write count"
	unreadRuneNoRune = "bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune"

	readAtNegative        = "bytes.Reader.ReadAt: negative offset"
	readerUnreadByteStart = "bytes.Reader.UnreadByte: at beginning of slice"
	readerUnreadRuneStart = "bytes.Reader.UnreadRune: at beginning of slice"
	readerUnreadRuneNone  = "bytes.Reader.UnreadRune: previous operation was not ReadRune"
	seekBadWhence         = "bytes.Reader.Seek: invalid whence"
	seekNegative          = "bytes.Reader.Seek: negative position"
	readerWriteToBadCount = "bytes.Reader.WriteTo: invalid Write count"
)

// Repeat returns count copies of b; it panics if count is negative or the result too long.
func Repeat(b []byte, count int) []byte {
	switch {
	case count == 0:
		return []byte{}
	case count < 0:
		panic(repeatNegative)
	case len(b)*count/count != len(b):
		panic(repeatOverflow)
	case len(b)*count > 1<<48:
		// Go makes the result with make([]byte, n): past what an address space holds, make's own panic
		_ = make([]byte, len(b)*count)
	}
	return []byte(strings.Repeat(string(b), count))
}

// Replace returns a copy of s with the first n (all if n < 0) non-overlapping old replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	if n == 0 || !strings.Contains(string(s), string(old)) {
		var copied []byte // nil when s is empty, as in Go
		return append(copied, s...)
	}
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with every non-overlapping old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// ToUpper returns a copy of s with every rune upper-cased.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

// ToLower returns a copy of s with every rune lower-cased.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

// ToTitle returns a copy of s with every rune title-cased.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

// Title returns a copy of s with the first letter of each word title-cased.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

// ToUpperSpecial returns a copy of s with every rune upper-cased, c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of s with every rune lower-cased, c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of s with every rune title-cased, c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// Map returns a copy of s with each rune replaced by mapping's result, dropped where that is negative.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return []byte(strings.Map(mapping, string(s)))
}

// Runes returns the runes of s.
func Runes(s []byte) []rune { return []rune(string(s)) }

// Clone returns a copy of b, nil if b is nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Cut splits s around the first sep: what is before, what is after (nil if there is no sep), and whether there was
// one.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, nil, false
	}
	return s[:at], s[at+len(sep):], true
}

// CutPrefix returns s without prefix (a subslice), and whether s began with it (s itself when not).
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix (a subslice), and whether s ended with it (s itself when not).
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// ToValidUTF8 returns a copy of s with each run of bytes that are not valid UTF-8 replaced by replacement
// (which may be empty).
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBadRun := false
	for len(s) > 0 {
		c, size := utf8.DecodeRune(s)
		bad := c == utf8.RuneError && size == 1
		if !bad {
			out = append(out, s[:size]...)
		} else if !inBadRun {
			out = append(out, replacement...)
		}
		inBadRun = bad
		s = s[size:]
	}
	return out
}

// ---------------------------------------------------------------------------------------------- trimming

// The Trim functions return subslices of s; Go returns nil for an empty s and where everything is trimmed from the
// left, which is kept here.

// emptyToNil returns nil for an empty s.
func emptyToNil(s []byte) []byte {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimLeft removes the leading runes that are in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	kept := len(strings.TrimLeft(string(s), cutset))
	return emptyToNil(s[len(s)-kept:])
}

// TrimRight removes the trailing runes that are in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if cutset == "" {
		return s
	}
	return s[:len(strings.TrimRight(string(s), cutset))]
}

// Trim removes the leading and trailing runes that are in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimSpace removes leading and trailing white space.
func TrimSpace(s []byte) []byte {
	return emptyToNil(TrimFunc(s, unicode.IsSpace))
}

// TrimPrefix removes prefix from the start of s if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if !HasPrefix(s, prefix) {
		return s
	}
	return s[len(prefix):]
}

// TrimSuffix removes suffix from the end of s if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if !HasSuffix(s, suffix) {
		return s
	}
	cut := len(s) - len(suffix)
	return s[:cut]
}

// TrimLeftFunc removes the leading runes for which f holds.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	kept := len(strings.TrimLeftFunc(string(s), f))
	return emptyToNil(s[len(s)-kept:])
}

// TrimRightFunc removes the trailing runes for which f holds.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(string(s), f))]
}

// TrimFunc removes the leading and trailing runes for which f holds.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	left := TrimLeftFunc(s, f)
	return TrimRightFunc(left, f)
}

// ---------------------------------------------------------------------------------------------- Buffer

// Buffer is a growable byte buffer, written at the end and read from the front; the zero value is an empty
// buffer ready to use. The fields keep the order and types of Go's, which %v shows.
type Buffer struct {
	data     []byte // the unread bytes are data[start:]
	start    int
	lastRead readKind
}

// readKind records the last operation, for UnreadByte and UnreadRune: the byte width of a rune read, byteRead
// after other reads, or noRead.
type readKind int8

const (
	byteRead readKind = -1
	noRead   readKind = 0
)

const (
	smallBufferSize = 64 // the capacity a Buffer starts with when its first write is small
	maxInt          = int(^uint(0) >> 1)
)

var (
	// ErrTooLarge is the panic value when a Buffer cannot grow any more.
	ErrTooLarge = errors.New("bytes.Buffer: too large")

	errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
	errUnreadByte   = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
)

// NewBuffer returns a Buffer whose contents are buf; writes go after them, into buf's spare capacity first.
func NewBuffer(buf []byte) *Buffer { return &Buffer{data: buf} }

// NewBufferString returns a Buffer holding a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{data: []byte(s)} }

// Bytes returns the unread bytes, which alias the buffer until its next change.
func (b *Buffer) Bytes() []byte { return b.data[b.start:] }

// String returns the unread bytes as a string, or "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.data[b.start:])
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.data) - b.start }

// Cap returns the capacity of the buffer's storage.
func (b *Buffer) Cap() int { return cap(b.data) }

// Available returns how many bytes can be written before the buffer's storage must grow.
func (b *Buffer) Available() int { return cap(b.data) - len(b.data) }

// AvailableBuffer returns the buffer's free storage as an empty slice to append to; appending to it and then
// writing the result to b copies nothing. It aliases b until b's next change.
func (b *Buffer) AvailableBuffer() []byte { return b.data[len(b.data):] }

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.data = b.data[:0]
	b.start = 0
	b.lastRead = noRead
}

// Truncate keeps the first n unread bytes; it panics unless 0 <= n <= Len().
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = noRead
	if n < 0 || n > b.Len() {
		panic(truncateRange)
	}
	b.data = b.data[:b.start+n]
}

// Grow makes room for n more bytes to be written without another allocation; it panics if n is negative.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic(growNegative)
	}
	at := b.grow(n)
	b.data = b.data[:at]
}

// extend lengthens the buffer by n bytes, within its capacity if they fit, and returns the index where they start.
func (b *Buffer) extend(n int) int {
	if end := len(b.data); n <= cap(b.data)-end {
		b.data = b.data[:end+n]
		return end
	}
	return b.grow(n)
}

// grow is extend after dropping read bytes: all of them when nothing is left unread, or by sliding the unread ones
// to the front when that frees half the storage; otherwise the storage is replaced by one of at least twice the
// size (Go's policy).
func (b *Buffer) grow(n int) int {
	unread := b.Len()
	if unread == 0 && b.start != 0 {
		b.Reset()
	}
	if end := len(b.data); n <= cap(b.data)-end {
		b.data = b.data[:end+n]
		return end
	}
	if b.data == nil && n <= smallBufferSize {
		b.data = make([]byte, n, smallBufferSize)
		return 0
	}
	size := cap(b.data)
	switch {
	case n <= size/2-unread:
		copy(b.data, b.data[b.start:])
	case size > maxInt-size-n:
		panic(ErrTooLarge)
	default:
		newSize := unread + b.start + n
		if doubled := 2 * (size - b.start); newSize < doubled {
			newSize = doubled
		}
		fresh := make([]byte, unread, newSize)
		copy(fresh, b.data[b.start:])
		b.data = fresh
	}
	b.start = 0
	b.data = b.data[:unread+n]
	return unread
}

// Write appends p; the error is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = noRead
	at := b.extend(len(p))
	return copy(b.data[at:], p), nil
}

// WriteString appends s; the error is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = noRead
	at := b.extend(len(s))
	return copy(b.data[at:], s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = noRead
	at := b.extend(1)
	b.data[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r (of U+FFFD if r is not valid) and returns its length.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = noRead
	if r >= 0 && r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	// Room for the longest encoding is made, as in Go, which shows in how the capacity grows.
	at := b.extend(utf8.UTFMax)
	width := utf8.EncodeRune(b.data[at:], r)
	b.data = b.data[:at+width]
	return width, nil
}

// ReadFrom appends what r yields until io.EOF, which it does not return, or another error, which it does. Each
// Read is offered at least MinRead bytes of free space.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = noRead
	for {
		at := b.grow(MinRead)
		b.data = b.data[:at]
		got, e := r.Read(b.data[at:cap(b.data)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.data = b.data[:at+got]
		n += int64(got)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w until they are all written or w fails; a short write without an error is
// io.ErrShortWrite.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = noRead
	unread := b.Len()
	if unread > 0 {
		written, e := w.Write(b.data[b.start:])
		if written > unread {
			panic(writeToBadCount)
		}
		b.start += written
		n = int64(written)
		if e == nil && written != unread {
			e = io.ErrShortWrite
		}
		if e != nil {
			return n, e
		}
	}
	b.Reset()
	return n, nil
}

// Read moves up to len(p) unread bytes into p; an empty buffer gives io.EOF unless p is empty.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = noRead
	if b.Len() == 0 {
		b.Reset()
		if len(p) > 0 {
			return 0, io.EOF
		}
		return 0, nil
	}
	n = copy(p, b.data[b.start:])
	b.start += n
	if n > 0 {
		b.lastRead = byteRead
	}
	return n, nil
}

// Next reads and returns up to n bytes, which alias the buffer until its next change.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = noRead
	if unread := b.Len(); n > unread {
		n = unread
	}
	taken := b.data[b.start : b.start+n]
	b.start += n
	if n > 0 {
		b.lastRead = byteRead
	}
	return taken
}

// ReadByte reads one byte, or returns io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.data[b.start]
	b.start++
	b.lastRead = byteRead
	return c, nil
}

// ReadRune reads one UTF-8 encoded rune (U+FFFD and width 1 for an invalid byte), or returns io.EOF.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = rune(b.data[b.start]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.data[b.start:])
	}
	b.start += size
	b.lastRead = readKind(size)
	return r, size, nil
}

// UnreadRune puts back the rune of the last operation, which must have been a ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= noRead {
		return errors.New(unreadRuneNoRune)
	}
	if width := int(b.lastRead); b.start >= width {
		b.start -= width
	}
	b.lastRead = noRead
	return nil
}

// UnreadByte puts back the last byte of the last operation, which must have been a read.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == noRead {
		return errUnreadByte
	}
	b.lastRead = noRead
	if b.start > 0 {
		b.start--
	}
	return nil
}

// ReadBytes reads up to and including the first delim and returns a copy; without a delim it returns the rest and
// io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.upTo(delim)
	return append(line, part...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.upTo(delim)
	return string(part), err
}

// upTo reads up to and including the first delim, or all that is left with io.EOF; the result aliases the buffer.
func (b *Buffer) upTo(delim byte) ([]byte, error) {
	end, err := len(b.data), io.EOF
	if at := IndexByte(b.data[b.start:], delim); at >= 0 {
		end, err = b.start+at+1, nil
	}
	part := b.data[b.start:end]
	b.start = end
	b.lastRead = byteRead
	return part, err
}

// ---------------------------------------------------------------------------------------------- Reader

// Reader reads from a byte slice (which it never changes) and seeks within it.
type Reader struct {
	b        []byte
	at       int64 // the next byte to read
	runeFrom int   // where the last ReadRune started, or -1 if the last operation was not a ReadRune
}

// NewReader returns a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Reset makes r read b from its start.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int {
	if left := int64(len(r.b)) - r.at; left > 0 {
		return int(left)
	}
	return 0
}

// Size returns the length of the whole slice; Seek and ReadAt count within it.
func (r *Reader) Size() int64 { return int64(len(r.b)) }

// Read copies up to len(p) unread bytes into p; at the end it returns io.EOF.
func (r *Reader) Read(p []byte) (n int, err error) {
	if r.Len() == 0 {
		return 0, io.EOF
	}
	r.runeFrom = -1
	n = copy(p, r.b[r.at:])
	r.at += int64(n)
	return n, nil
}

// ReadAt copies the bytes from offset off into p, leaving the read position alone; fewer than len(p) come
// with io.EOF.
func (r *Reader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New(readAtNegative)
	}
	if off >= r.Size() {
		return 0, io.EOF
	}
	n = copy(p, r.b[off:])
	if n < len(p) {
		err = io.EOF
	}
	return n, err
}

// ReadByte reads one byte, or returns io.EOF.
func (r *Reader) ReadByte() (byte, error) {
	r.runeFrom = -1
	if r.Len() == 0 {
		return 0, io.EOF
	}
	c := r.b[r.at]
	r.at++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.at <= 0 {
		return errors.New(readerUnreadByteStart)
	}
	r.runeFrom = -1
	r.at--
	return nil
}

// ReadRune reads one UTF-8 encoded rune (U+FFFD and width 1 for an invalid byte), or returns io.EOF.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.Len() == 0 {
		r.runeFrom = -1
		return 0, 0, io.EOF
	}
	r.runeFrom = int(r.at)
	if c := r.b[r.at]; c < utf8.RuneSelf {
		r.at++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRune(r.b[r.at:])
	r.at += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune of the last operation, which must have been a ReadRune.
func (r *Reader) UnreadRune() error {
	switch {
	case r.at <= 0:
		return errors.New(readerUnreadRuneStart)
	case r.runeFrom < 0:
		return errors.New(readerUnreadRuneNone)
	}
	r.at = int64(r.runeFrom)
	r.runeFrom = -1
	return nil
}

// Seek moves the read position (see io.Seeker); a position past the end is allowed and reads io.EOF.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.runeFrom = -1
	var from int64 // what offset counts from
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		from = r.at
	case io.SeekEnd:
		from = r.Size()
	default:
		return 0, errors.New(seekBadWhence)
	}
	if from+offset < 0 {
		return 0, errors.New(seekNegative)
	}
	r.at = from + offset
	return r.at, nil
}

// WriteTo writes the unread bytes to w; a short write without an error is io.ErrShortWrite.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.runeFrom = -1
	if r.Len() == 0 {
		return 0, nil
	}
	rest := r.b[r.at:]
	written, err := w.Write(rest)
	if written > len(rest) {
		panic(readerWriteToBadCount)
	}
	r.at += int64(written)
	if err == nil && written != len(rest) {
		err = io.ErrShortWrite
	}
	return int64(written), err
}

// Lines is an iterator over the lines of s, each with its newline; a last line without one is yielded as it is.
// Each line shares s's array, its capacity cut to its length.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		rest := s
		for len(rest) > 0 {
			n := IndexByte(rest, '\n') + 1
			if n == 0 {
				n = len(rest)
			}
			if !yield(rest[:n:n]) {
				return
			}
			rest = rest[n:]
		}
	}
}

// SplitSeq is an iterator over the pieces Split(s, sep) would return.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] {
	return splitSeq(s, sep, 0)
}

// SplitAfterSeq is an iterator over the pieces SplitAfter(s, sep) would return.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] {
	return splitSeq(s, sep, len(sep))
}

// splitSeq yields the pieces of s between the occurrences of sep, each with keep bytes of the separator after it
// and its capacity cut to its length; an empty sep splits s into its UTF-8 sequences.
func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		rest := s
		if len(sep) == 0 {
			for len(rest) > 0 {
				_, size := utf8.DecodeRune(rest)
				if !yield(rest[:size:size]) {
					return
				}
				rest = rest[size:]
			}
			return
		}
		for {
			i := Index(rest, sep)
			if i < 0 {
				break
			}
			n := i + keep
			if !yield(rest[:n:n]) {
				return
			}
			rest = rest[i+len(sep):]
		}
		yield(rest)
	}
}

// FieldsSeq is an iterator over the fields Fields(s) would return.
func FieldsSeq(s []byte) iter.Seq[[]byte] {
	return FieldsFuncSeq(s, unicode.IsSpace)
}

// FieldsFuncSeq is an iterator over the fields FieldsFunc(s, f) would return, each with its capacity cut to its
// length.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRune(s[i:])
			if !f(r) {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				if !yield(s[start:i:i]) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}
