package strconv

// Package strconv for gosub. Conversions are natives (gosub.language.stdlib.strconv.StrconvNatives); their
// failures come back as codes and become *NumError values here.

import "errors"

var (
	// ErrRange is the reason of a NumError for a number too large or too small for its type.
	ErrRange = errors.New("value out of range")
	// ErrSyntax is the reason of a NumError for text that is not a number.
	ErrSyntax = errors.New("invalid syntax")
)

// NumError says which conversion failed, on what input, and why.
type NumError struct {
	Func string // the function called: ParseInt, Atoi, ParseFloat, ...
	Num  string // its input text
	Err  error  // why: ErrRange, ErrSyntax, or a bad base or bit size
}

// Error reads like "strconv.Atoi: parsing "x": invalid syntax".
func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the reason, so that errors.Is(err, ErrRange) works.
func (e *NumError) Unwrap() error { return e.Err }

// Failure codes of the natives.
const (
	failSyntax = 1 + iota
	failRange
	failBase
	failBitSize
)

// numError turns a native's failure code into a *NumError.
func numError(fn, s string, code, base, bitSize int) *NumError {
	e := &NumError{Func: fn, Num: s}
	switch code {
	case failSyntax:
		e.Err = ErrSyntax
	case failRange:
		e.Err = ErrRange
	case failBase:
		e.Err = errors.New("invalid base " + Itoa(base))
	default:
		e.Err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return e
}

// IntSize is the number of bits of an int: 64 in gosub.
const IntSize = 64

// parseUint, parseInt and parseFloat return the value and a failure code (0 for success).
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseInt(s string, base int, bitSize int) (int64, int)
func parseFloat(s string, bitSize int) (float64, int)

// ParseUint converts s, in the given base (2 to 36, or 0 to read a prefix), to an unsigned integer of bitSize bits
// (0 for uint).
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code := parseUint(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseUint", s, code, base, bitSize)
	}
	return n, nil
}

// ParseInt converts s, in the given base (2 to 36, or 0 to read a prefix), to a signed integer of bitSize bits
// (0 for int); out of range, it returns the nearest limit with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	n, code := parseInt(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseInt", s, code, base, bitSize)
	}
	return n, nil
}

// Atoi converts decimal s to an int.
func Atoi(s string) (int, error) {
	n, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(n), numError("Atoi", s, code, 10, 0)
	}
	return int(n), nil
}

// ParseFloat converts s to the nearest float64, or float32 when bitSize is 32 (returned as a float64).
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

// ParseBool accepts true, True, TRUE, t, T and 1, and false, False, FALSE, f, F and 0.
func ParseBool(str string) (bool, error) {
	switch str {
	case "true", "True", "TRUE", "t", "T", "1":
		return true, nil
	case "false", "False", "FALSE", "f", "F", "0":
		return false, nil
	}
	return false, numError("ParseBool", str, failSyntax, 0, 0)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends FormatBool(b) to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// Itoa writes i in decimal.
func Itoa(i int) string

// FormatInt writes i in base 2 to 36, with lower-case letters for digits above 9.
func FormatInt(i int64, base int) string

// FormatUint writes i in base 2 to 36, with lower-case letters for digits above 9.
func FormatUint(i uint64, base int) string

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte

func formatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatFloat writes f, rounded to a float32 first if bitSize is 32, in format fmt ('e', 'E', 'f', 'g', 'G', 'b',
// 'x' or 'X') with prec digits (-1: the fewest that read back as f); it panics unless bitSize is 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic(badFloatBitSize)
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// badFloatBitSize is Go's panic text.
const badFloatBitSize = "strconv: illegal AppendFloat/FormatFloat bitSize"

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatComplex writes c as (re+imi): both parts as FormatFloat writes them, for a complex64 (bitSize 64) as
// float32 values, the imaginary part always with its sign. It panics unless bitSize is 64 or 128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 128 && bitSize != 64 {
		panic("invalid bitSize")
	}
	half := bitSize / 2
	im := FormatFloat(imag(c), fmt, prec, half)
	if sign := im[0]; sign != '+' && sign != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, half) + im + "i)"
}

// ParseComplex reads a complex number written N, Ni or N±Ni (each N as ParseFloat reads it, no spaces),
// optionally in parentheses; with bitSize 64 both parts are rounded to float32. A part out of range is ±Inf and the
// error wraps ErrRange; text of any other form gives ErrSyntax. Errors name the whole input.
func ParseComplex(s string, bitSize int) (complex128, error) {
	partSize := 64
	if bitSize == 64 {
		partSize = 32
	}
	text := s
	if len(text) >= 2 && text[0] == '(' && text[len(text)-1] == ')' {
		text = text[1 : len(text)-1]
	}
	syntax := &NumError{Func: "ParseComplex", Num: s, Err: ErrSyntax}
	if len(text) == 0 || text[len(text)-1] != 'i' {
		re, code := parseFloat(text, partSize)
		return complexResult(re, 0, code, 0, s)
	}
	body := text[:len(text)-1]
	// the imaginary part starts at the last sign that does not belong to an exponent and leaves a real part
	for k := len(body) - 1; k > 0; k-- {
		if body[k] != '+' && body[k] != '-' {
			continue
		}
		if isExponentMark(body[:k]) {
			continue
		}
		re, reCode := parseFloat(body[:k], partSize)
		if reCode == failSyntax {
			continue
		}
		imText := body[k:]
		if !validImaginarySign(imText) {
			return 0, syntax
		}
		im, imCode := parseFloat(imaginaryDigits(imText), partSize)
		if imCode == failSyntax {
			return 0, syntax
		}
		return complexResult(re, im, reCode, imCode, s)
	}
	if !validImaginarySign(body) {
		return 0, syntax
	}
	im, code := parseFloat(imaginaryDigits(body), partSize)
	return complexResult(0, im, 0, code, s)
}

// isExponentMark says whether a sign after head is an exponent's: head ends in e or E (or p or P in a hex number).
func isExponentMark(head string) bool {
	last := head[len(head)-1]
	if last == 'e' || last == 'E' {
		return !isHexText(head)
	}
	return (last == 'p' || last == 'P') && isHexText(head)
}

func isHexText(t string) bool {
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	return len(t) > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')
}

// validImaginarySign refuses -NaN: a NaN imaginary part takes only a plus sign.
func validImaginarySign(t string) bool {
	return !(len(t) == 4 && t[0] == '-' && isNaNText(t[1:]))
}

// imaginaryDigits is the imaginary part's float text: +NaN read as NaN, which ParseFloat takes without a sign.
func imaginaryDigits(t string) string {
	if len(t) == 4 && t[0] == '+' && isNaNText(t[1:]) {
		return t[1:]
	}
	return t
}

func isNaNText(t string) bool {
	return len(t) == 3 && (t[0]|0x20) == 'n' && (t[1]|0x20) == 'a' && (t[2]|0x20) == 'n'
}

func complexResult(re, im float64, reCode, imCode int, s string) (complex128, error) {
	c := complex(re, im)
	if reCode == failSyntax || imCode == failSyntax {
		return 0, &NumError{Func: "ParseComplex", Num: s, Err: ErrSyntax}
	}
	if reCode == failRange || imCode == failRange {
		return c, &NumError{Func: "ParseComplex", Num: s, Err: ErrRange}
	}
	return c, nil
}

// Quote returns s as a double-quoted Go literal, escaping what is not printable and invalid bytes.
func Quote(s string) string

// QuoteToASCII is Quote escaping every non-ASCII rune too.
func QuoteToASCII(s string) string

// QuoteToGraphic is Quote keeping graphic runes such as non-ASCII spaces unescaped.
func QuoteToGraphic(s string) string

// QuoteRune returns r as a single-quoted Go literal.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune escaping a non-ASCII rune.
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune unescaped.
func QuoteRuneToGraphic(r rune) string

// CanBackquote reports whether s can be written as a raw string literal on one line.
func CanBackquote(s string) bool

// IsPrint reports whether Quote keeps r as it is.
func IsPrint(r rune) bool

// IsGraphic reports whether r is printable or a space character that is not ASCII.
func IsGraphic(r rune) bool

// The Append variants append the quoted text to dst.

func AppendQuote(dst []byte, s string) []byte          { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte   { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte        { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// unquote returns the unquoted prefix, the rest of the input, and whether the input started with a valid literal.
func unquote(in string, unescape bool) (string, string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)

// Unquote returns the value of the Go string, rune or raw string literal s, or ErrSyntax.
func Unquote(s string) (string, error) {
	out, rem, ok := unquote(s, true)
	if len(rem) > 0 || !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// QuotedPrefix returns the literal Unquote would accept at the start of s, as written there.
func QuotedPrefix(s string) (string, error) {
	out, _, ok := unquote(s, false)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// UnquoteChar decodes the first character or escape of s, the inside of a literal quoted by quote, and returns
// it, whether it needs a multi-byte encoding, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}
