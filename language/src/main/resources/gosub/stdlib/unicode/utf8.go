package utf8

// Package unicode/utf8 for gosub: natives in gosub.language.stdlib.unicode.UnicodeNatives.

const (
	RuneError = '\uFFFD'     // what decoding returns for bytes that are not UTF-8
	RuneSelf  = 0x80         // runes below this are one byte, the same as their value
	MaxRune   = '\U0010FFFF' // the last code point
	UTFMax    = 4            // the longest encoding of a rune, in bytes
)

// RuneLen returns the length of r's encoding, or -1 if r cannot be encoded.
func RuneLen(r rune) int

// RuneCountInString returns the number of runes in s, each invalid byte counting as one.
func RuneCountInString(s string) (n int)

// RuneCount returns the number of runes in p, each invalid byte counting as one.
func RuneCount(p []byte) int

// DecodeRuneInString returns the first rune of s and its width: (RuneError, 1) for an invalid byte, (RuneError, 0)
// for an empty s.
func DecodeRuneInString(s string) (rune, int)

// DecodeRune is DecodeRuneInString on bytes.
func DecodeRune(p []byte) (rune, int)

// DecodeLastRuneInString returns the last rune of s and its width, as DecodeRuneInString does the first.
func DecodeLastRuneInString(s string) (rune, int)

// DecodeLastRune is DecodeLastRuneInString on bytes.
func DecodeLastRune(p []byte) (rune, int)

// EncodeRune writes the encoding of r (of RuneError if r is invalid) into p and returns its length.
func EncodeRune(p []byte, r rune) int

// AppendRune appends the encoding of r (of RuneError if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool

// ValidRune reports whether r is a code point that can be encoded (not a surrogate, not beyond MaxRune).
func ValidRune(r rune) bool

// FullRune reports whether p starts with a complete encoding, or with bytes that can only decode as an error.
func FullRune(p []byte) bool

// FullRuneInString is FullRune on a string.
func FullRuneInString(s string) bool

// RuneStart reports whether b can begin an encoding, that is, is not a continuation byte.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
