package utf8

// Implemented natively (gosub.language.stdlib.unicode.UnicodeNatives).

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

func RuneLen(r rune) int
func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func DecodeRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func DecodeLastRune(p []byte) (rune, int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func ValidString(s string) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func FullRune(p []byte) bool
func FullRuneInString(s string) bool

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
