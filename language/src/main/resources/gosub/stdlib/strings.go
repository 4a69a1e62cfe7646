package strings

// Package strings for gosub. Functions without a body are natives (gosub.language.stdlib.strings.StringsNatives);
// those that call back into Go code (the Func variants, Map) and the Reader are written here.

import (
	"errors"
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
)

// Contains reports whether substr occurs in s.
func Contains(s, substr string) bool

// ContainsRune reports whether s holds the rune r.
func ContainsRune(s string, r rune) bool

// ContainsAny reports whether s holds any rune of chars.
func ContainsAny(s, chars string) bool

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first substr in s, or -1.
func Index(s, substr string) int

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int

// IndexRune returns the index of the first rune r in s, or -1.
func IndexRune(s string, r rune) int

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int

// LastIndex returns the index of the last substr in s, or -1.
func LastIndex(s, substr string) int

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int

// Count returns how many non-overlapping times substr occurs in s, or one more than the rune count if it is empty.
func Count(s, substr string) int

// Split cuts s at every sep; an empty sep cuts between runes.
func Split(s, sep string) []string

// SplitN is Split making at most n pieces (all of them if n < 0, none if n == 0).
func SplitN(s, sep string, n int) []string

// SplitAfter is Split with each sep kept at the end of its piece.
func SplitAfter(s, sep string) []string

// SplitAfterN is SplitAfter making at most n pieces.
func SplitAfterN(s, sep string, n int) []string

// Fields splits s around runs of white space.
func Fields(s string) []string

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string

// Repeat returns count copies of s; it panics if count is negative or the result too long.
func Repeat(s string, count int) string

// Replace returns s with the first n (all if n < 0) non-overlapping old replaced by new.
func Replace(s, old, new string, n int) string

// ReplaceAll returns s with every non-overlapping old replaced by new.
func ReplaceAll(s, old, new string) string

// ToUpper returns s with every rune upper-cased.
func ToUpper(s string) string

// ToLower returns s with every rune lower-cased.
func ToLower(s string) string

// ToTitle returns s with every rune title-cased.
func ToTitle(s string) string

// Title returns s with the first letter of each word title-cased.
func Title(s string) string

// ToUpperSpecial returns s with every rune upper-cased, c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns s with every rune lower-cased, c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns s with every rune title-cased, c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string

// Trim removes the leading and trailing runes that are in cutset.
func Trim(s, cutset string) string

// TrimLeft removes the leading runes that are in cutset.
func TrimLeft(s, cutset string) string

// TrimRight removes the trailing runes that are in cutset.
func TrimRight(s, cutset string) string

// TrimPrefix removes prefix from the start of s if it is there.
func TrimPrefix(s, prefix string) string

// TrimSuffix removes suffix from the end of s if it is there.
func TrimSuffix(s, suffix string) string

// EqualFold reports whether s and t are equal under Unicode simple case folding.
func EqualFold(s, t string) bool

// Compare returns -1, 0 or +1 as a is before, equal to or after b in byte order.
func Compare(a, b string) int

// Clone returns s; gosub strings are immutable values, so sharing is a copy.
func Clone(s string) string { return s }

// Cut splits s around the first sep: what is before, what is after, and whether there was one.
func Cut(s, sep string) (before, after string, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

// CutPrefix returns s without prefix, and whether s began with it (s itself when not).
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether s ended with it (s itself when not).
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// ToValidUTF8 returns s with each run of bytes that are not valid UTF-8 replaced by replacement (which may be
// empty); s itself when it is valid.
func ToValidUTF8(s, replacement string) string {
	var out []byte
	changed, inBadRun := false, false
	for at := 0; at < len(s); {
		c, size := utf8.DecodeRuneInString(runeWindow(s, at))
		bad := c == utf8.RuneError && size == 1
		switch {
		case !bad:
			out = append(out, s[at:at+size]...)
		case !inBadRun:
			out = append(out, replacement...)
			changed = true
		}
		inBadRun = bad
		at += size
	}
	if !changed {
		return s
	}
	return string(out)
}

// Map returns s with each rune replaced by mapping's result, dropped where that is negative. mapping is called
// once per rune; s itself is returned when nothing changes, and otherwise invalid bytes come out as U+FFFD.
func Map(mapping func(rune) rune, s string) string {
	var out []byte // nil until the first change
	for i, c := range s {
		r := mapping(c)
		if out == nil {
			// An invalid byte also decodes as U+FFFD; only a real U+FFFD mapped to itself is no change.
			if r == c && (c != utf8.RuneError || HasPrefix(s[i:], "\uFFFD")) {
				continue
			}
			out = make([]byte, i, len(s)+utf8.UTFMax)
			copy(out, s[:i])
		}
		if r >= 0 {
			out = utf8.AppendRune(out, r)
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}

// IndexFunc returns the index of the first rune of s for which f holds, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune of s for which f holds, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for end := len(s); end > 0; {
		r, width := utf8.DecodeLastRuneInString(s[:end])
		end -= width
		if f(r) {
			return end
		}
	}
	return -1
}

// ContainsFunc reports whether f holds for any rune of s.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// TrimLeftFunc removes the leading runes for which f holds.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc removes the trailing runes for which f holds.
func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		r, width := utf8.DecodeLastRuneInString(s[:end])
		if !f(r) {
			break
		}
		end -= width
	}
	return s[:end]
}

// TrimFunc removes the leading and trailing runes for which f holds.
func TrimFunc(s string, f func(rune) bool) string {
	left := TrimLeftFunc(s, f)
	return TrimRightFunc(left, f)
}

// FieldsFunc splits s around runs of runes for which f holds.
func FieldsFunc(s string, f func(rune) bool) []string {
	var bounds []int // start and end of each field
	start := -1
	for i, r := range s {
		// A separator ends the current field; anything else starts one if none is open.
		if f(r) != (start < 0) {
			if start < 0 {
				start = i
			} else {
				bounds = append(bounds, start, i)
				start = -1
			}
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([]string, len(bounds)/2)
	for k := range fields {
		fields[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return fields
}

// The panic values and error texts of the Replacer and the Reader are Go's.
const (
	oddReplacerArguments = "strings.NewReplacer: odd argument count"
	writeToBadCount      = "strings.Reader.WriteTo: invalid WriteString count"
	unreadByteAtStart    = "strings.Reader.UnreadByte: at beginning of string"
	unreadRuneAtStart    = "strings.Reader.UnreadRune: at beginning of string"
	unreadRuneNoRune     = "strings.Reader.UnreadRune: previous operation was not ReadRune"
	readAtNegative       = "strings.Reader.ReadAt: negative offset"
	seekBadWhence        = "strings.Reader.Seek: invalid whence"
	seekNegative         = "strings.Reader.Seek: negative position"
)

// ---------------------------------------------------------------------------------------------- Builder

// Builder builds a string by appending to it; the zero value is empty and ready to use. Its methods are natives.
type Builder struct {
	buf []byte
}

// String returns the text built so far.
func (b *Builder) String() string

// Len returns the number of bytes built so far.
func (b *Builder) Len() int

// Cap returns the capacity of the storage being built in.
func (b *Builder) Cap() int

// Reset empties the builder.
func (b *Builder) Reset()

// Grow makes room for n more bytes; it panics if n is negative.
func (b *Builder) Grow(n int)

// Write appends p; the error is always nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends c; the error is always nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of r; the error is always nil.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends s; the error is always nil.
func (b *Builder) WriteString(s string) (int, error)

// ---------------------------------------------------------------------------------------------- Replacer

// Replacer replaces strings by others, several at once.
type Replacer struct {
	pairs []string
}

// NewReplacer returns a Replacer for the old, new pairs given; at any position, the first pair whose old string
// matches wins. It panics on an odd number of strings.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 != 0 {
		panic(oddReplacerArguments)
	}
	pairs := make([]string, len(oldnew))
	copy(pairs, oldnew)
	return &Replacer{pairs}
}

// replace does Replacer.Replace natively.
func replace(s string, pairs []string) string

// Replace returns s with all the replacements done in one left-to-right pass.
func (r *Replacer) Replace(s string) string {
	return replace(s, r.pairs)
}

// WriteString writes s, with its replacements made, to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

// Walking a long string by re-slicing it (s = s[n:]) or decoding at s[i:] would copy the rest of s every time:
// gosub's strings are Java strings, which share no storage. So the code here walks by offsets instead.

// indexFrom is Index(s[from:], sep) + from (or -1), without making s[from:].
func indexFrom(s, sep string, from int) int

// runeWindow is s from i up to the end of the rune that starts there at the furthest: all that decoding that
// rune reads.
func runeWindow(s string, i int) string { return s[i:min(i+utf8.UTFMax, len(s))] }

// ---------------------------------------------------------------------------------------------- Reader

// Reader reads from a string.
type Reader struct {
	s        string
	at       int64 // the next byte to read
	runeFrom int   // where the last ReadRune started, or -1 if the last operation was not a ReadRune
}

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int {
	if left := int64(len(r.s)) - r.at; left > 0 {
		return int(left)
	}
	return 0
}

// Size returns the length of the whole string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies up to len(b) unread bytes into b; at the end it returns io.EOF.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.Len() == 0 {
		return 0, io.EOF
	}
	r.runeFrom = -1
	n = copy(b, r.s[r.at:])
	r.at += int64(n)
	return n, nil
}

// ReadByte reads one byte, or returns io.EOF.
func (r *Reader) ReadByte() (byte, error) {
	r.runeFrom = -1
	if r.Len() == 0 {
		return 0, io.EOF
	}
	c := r.s[r.at]
	r.at++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.at <= 0 {
		return errors.New(unreadByteAtStart)
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
	if c := r.s[r.at]; c < utf8.RuneSelf {
		r.at++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(runeWindow(r.s, int(r.at)))
	r.at += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune of the last operation, which must have been a ReadRune.
func (r *Reader) UnreadRune() error {
	switch {
	case r.at <= 0:
		return errors.New(unreadRuneAtStart)
	case r.runeFrom < 0:
		return errors.New(unreadRuneNoRune)
	}
	r.at = int64(r.runeFrom)
	r.runeFrom = -1
	return nil
}

// WriteTo writes the unread bytes to w; a short write without an error is io.ErrShortWrite.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.runeFrom = -1
	if r.Len() == 0 {
		return 0, nil
	}
	rest := r.s[r.at:]
	written, err := io.WriteString(w, rest)
	if written > len(rest) {
		panic(writeToBadCount)
	}
	r.at += int64(written)
	if err == nil && written != len(rest) {
		err = io.ErrShortWrite
	}
	return int64(written), err
}

// ReadAt copies the bytes from offset off into b, whatever the read position, which it leaves alone; fewer
// than len(b) come with io.EOF.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New(readAtNegative)
	}
	if off >= r.Size() {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
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

// Lines is an iterator over the lines of s, each with its newline; a last line without one is yielded as it is.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for at := 0; at < len(s); {
			end := indexFrom(s, "\n", at) + 1
			if end == 0 {
				end = len(s)
			}
			if !yield(s[at:end]) {
				return
			}
			at = end
		}
	}
}

// SplitSeq is an iterator over the pieces Split(s, sep) would return.
func SplitSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, 0)
}

// SplitAfterSeq is an iterator over the pieces SplitAfter(s, sep) would return.
func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, len(sep))
}

// splitSeq yields the pieces of s between the occurrences of sep, each with keep bytes of the separator after it;
// an empty sep splits s into its UTF-8 sequences.
func splitSeq(s, sep string, keep int) iter.Seq[string] {
	return func(yield func(string) bool) {
		at := 0 // s[at:] is still to split
		if sep == "" {
			for at < len(s) {
				_, size := utf8.DecodeRuneInString(runeWindow(s, at))
				if !yield(s[at : at+size]) {
					return
				}
				at += size
			}
			return
		}
		for {
			i := indexFrom(s, sep, at)
			if i < 0 {
				break
			}
			if !yield(s[at : i+keep]) {
				return
			}
			at = i + len(sep)
		}
		yield(s[at:])
	}
}

// FieldsSeq is an iterator over the fields Fields(s) would return.
func FieldsSeq(s string) iter.Seq[string] {
	return FieldsFuncSeq(s, unicode.IsSpace)
}

// FieldsFuncSeq is an iterator over the fields FieldsFunc(s, f) would return.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if !f(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
