package unicode

// Package unicode for gosub: classification and case mapping are natives (gosub.language.stdlib.unicode), with
// the tables of Unicode 13.0.0 as in Go 1.19.

const (
	MaxRune         = '\U0010FFFF' // the last code point
	ReplacementChar = '\uFFFD'     // what stands for an invalid code point
	MaxASCII        = '\u007F'     // the last ASCII code point
	MaxLatin1       = '\u00FF'     // the last Latin-1 code point
)

// The cases To maps to.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the version of Unicode the tables come from.
const Version = "13.0.0"

// IsUpper reports whether r is an upper-case letter.
func IsUpper(r rune) bool

// IsLower reports whether r is a lower-case letter.
func IsLower(r rune) bool

// IsTitle reports whether r is a title-case letter.
func IsTitle(r rune) bool

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether r is white space: the ASCII spaces, U+0085, U+00A0, or category Z.
func IsSpace(r rune) bool

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool

// IsControl reports whether r is a C0 or C1 control character.
func IsControl(r rune) bool

// IsPrint reports whether r is a letter, mark, number, punctuation, symbol or the ASCII space.
func IsPrint(r rune) bool

// IsGraphic reports whether r is a letter, mark, number, punctuation, symbol or space (category Zs).
func IsGraphic(r rune) bool

// ToUpper maps r to upper case.
func ToUpper(r rune) rune

// ToLower maps r to lower case.
func ToLower(r rune) rune

// ToTitle maps r to title case.
func ToTitle(r rune) rune

// SimpleFold returns the next rune after r in r's orbit of simple case folding, wrapping around to the smallest.
func SimpleFold(r rune) rune

// To returns r in the case given (UpperCase, LowerCase or TitleCase), or ReplacementChar for another case.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
