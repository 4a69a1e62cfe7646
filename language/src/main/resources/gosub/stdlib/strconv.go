package strconv

import "errors"

// Conversions are implemented natively (gosub.language.stdlib.strconv.StrconvNatives); errors are built here so
// that they are real *NumError values.

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// numError turns a native's error code (1 syntax, 2 range, 3 base, 4 bit size) into a *NumError.
func numError(fn, s string, code, base, bitSize int) *NumError {
	switch code {
	case 1:
		return syntaxError(fn, s)
	case 2:
		return rangeError(fn, s)
	case 3:
		return baseError(fn, s, base)
	}
	return bitSizeError(fn, s, bitSize)
}

const intSize = 64

// IntSize is the size in bits of an int or uint value.
const IntSize = intSize

func parseUint(s string, base int, bitSize int) (uint64, int)
func parseInt(s string, base int, bitSize int) (int64, int)
func parseFloat(s string, bitSize int) (float64, int)

// ParseUint is like ParseInt but for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code := parseUint(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseUint", s, code, base, bitSize)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64) and returns the
// corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	n, code := parseInt(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseInt", s, code, base, bitSize)
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	n, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(n), numError("Atoi", s, code, 10, 0)
	}
	return int(n), nil
}

// ParseFloat converts the string s to a floating-point number with the precision specified by bitSize.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst and returns the extended buffer.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatFloat converts the floating-point number f to a string, according to the format fmt and precision prec.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends the string form of the floating-point number f to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func AppendQuote(dst []byte, s string) []byte             { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte      { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteToGraphic(dst []byte, s string) []byte    { return append(dst, QuoteToGraphic(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte           { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte    { return append(dst, QuoteRuneToASCII(r)...) }
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte  { return append(dst, QuoteRuneToGraphic(r)...) }

// unquote returns the unquoted prefix, the rest of the input, and whether the input started with a valid literal.
func unquote(in string, unescape bool) (string, string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal, returning the string
// value that s quotes.
func Unquote(s string) (string, error) {
	out, rem, ok := unquote(s, true)
	if len(rem) > 0 || !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	out, _, ok := unquote(s, false)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// UnquoteChar decodes the first character or byte in the escaped string or character literal represented by s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}
