// Package big is arbitrary-precision arithmetic: integers (Int), fractions (Rat) and binary floating point of a
// chosen precision (Float), with Go 1.19's API and results. The types keep Go's mutability, aliasing and zero
// values; the numbers behind them are Java BigIntegers held in func() fields (nil is zero), worked on by the natives
// of gosub.language.stdlib.big.
package big

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

// MaxBase is the largest base Int.Text, Int.SetString and friends take: digits, then lower and upper case letters.
const MaxBase = 10 + 26 + 26

// The range of a Float's exponent and the largest precision it may have.
const (
	MaxExp  = math.MaxInt32
	MinExp  = math.MinInt32
	MaxPrec = math.MaxUint32
)

// Go's panic and error texts.
const (
	msgBufferTooSmall = "math/big: buffer too small to fit value"
	msgNegativeBit    = "negative bit index"
	msgNegativeRounds = "negative n for ProbablyPrime"
	msgBitValue       = "set bit is not 0 or 1"
	msgNegativeSqrt   = "square root of negative number"
	msgInvalidBase    = "invalid base"
	msgScanBase       = "invalid number base "
	msgJacobi         = "big: invalid 2nd argument to Int.Jacobi: need odd integer but got "
	intScanVerb       = "Int.Scan: invalid verb"
	ratScanVerb       = "Rat.Scan: invalid verb"
	ratScanSyntax     = "Rat.Scan: invalid syntax"
	unmarshalFailed   = "math/big: cannot unmarshal %q into a *big."
	nanSetFloat64     = "Float.SetFloat64(NaN)"
	nanNewFloat       = "NewFloat(NaN)"
	nanAdd            = "addition of infinities with opposite signs"
	nanSub            = "subtraction of infinities with equal signs"
	nanMul            = "multiplication of zero with infinity"
	nanQuo            = "division of zero by zero or infinity by infinity"
	nanSqrt           = "square root of negative operand"
	jsonNull          = "null"
	nilText           = "<nil>"
)

// badVerb writes fmt's text for a verb a type does not take: %!verb(type=value).
func badVerb(s fmt.State, verb rune, typ, value string) {
	io.WriteString(s, "%!"+string(verb)+"("+typ+"="+value+")")
}

// A Word is one digit of a number in base 2**64, as Bits and SetBits show numbers.
type Word uint

// The natives on integers; every func() is a BigInteger, nil standing for zero.
func intFromInt64(x int64) func()
func intFromUint64(x uint64) func()
func intScan(s string, base int, old func()) (func(), bool)
func intScanPrefix(s string, base int, old func()) (func(), string)
func intText(x func(), base int) string
func intArith(op int, x, y func()) func()
func intQuoRem(x, y func()) (func(), func())
func intDivMod(x, y func()) (func(), func())
func intCmp(x, y func()) int
func intCmpAbs(x, y func()) int
func intSign(x func()) int
func intNeg(x func()) func()
func intAbs(x func()) func()
func intNot(x func()) func()
func intSqrt(x func()) func()
func intLsh(x func(), n uint) func()
func intRsh(x func(), n uint) func()
func intBit(x func(), i int) uint
func intSetBit(x func(), i int, b uint) func()
func intBitLen(x func()) int
func intTrailingZeroBits(x func()) uint
func intInt64(x func()) int64
func intUint64(x func()) uint64
func intIsInt64(x func()) bool
func intIsUint64(x func()) bool
func intExp(x, y, m func()) (func(), bool)
func intGCD(a, b func()) (func(), func(), func())
func intModInverse(g, n func()) (func(), bool)
func intModSqrt(x, p func()) (func(), bool)
func intJacobi(x, y func()) int
func intProbablyPrime(x func()) bool
func intMulRange(a, b int64) func()
func intBytes(x func()) []byte
func intSetBytes(b []byte) func()
func intWords(x func()) []Word
func intFromWords(w []Word) func()

// The operations intArith does.
const (
	opAdd = iota
	opSub
	opMul
	opQuo
	opRem
	opDiv
	opMod
	opAnd
	opOr
	opXor
	opAndNot
)

// An Int is a signed integer of any size. The zero value is 0. Methods set their receiver and return it, and
// operands may be the receiver itself.
type Int struct {
	v func() // the BigInteger; nil is 0
}

// NewInt is a new Int holding x.
func NewInt(x int64) *Int { return &Int{intFromInt64(x)} }

func (z *Int) Set(x *Int) *Int {
	z.v = x.v
	return z
}

func (z *Int) SetInt64(x int64) *Int {
	z.v = intFromInt64(x)
	return z
}

func (z *Int) SetUint64(x uint64) *Int {
	z.v = intFromUint64(x)
	return z
}

// SetString reads s in base (0: by prefix, else 2 to MaxBase); on failure it gives nil, false.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	checkScanBase(base)
	v, ok := intScan(s, base, z.v)
	z.v = v
	if !ok {
		return nil, false
	}
	return z, true
}

func checkScanBase(base int) {
	if base != 0 && (base < 2 || base > MaxBase) {
		panic(msgScanBase + strconv.Itoa(base))
	}
}

func (z *Int) SetBytes(buf []byte) *Int {
	z.v = intSetBytes(buf)
	return z
}

// Bytes is |x| big-endian, without leading zeros.
func (x *Int) Bytes() []byte { return intBytes(x.v) }

// FillBytes writes |x| big-endian into all of buf, zeros first; it panics if buf is too short.
func (x *Int) FillBytes(buf []byte) []byte {
	b := intBytes(x.v)
	if len(b) > len(buf) {
		panic(msgBufferTooSmall)
	}
	for i := range buf {
		buf[i] = 0
	}
	copy(buf[len(buf)-len(b):], b)
	return buf
}

// Bits is |x| as little-endian words. gosub's Int does not keep words, so the slice is a copy: changing it does
// not change x (Go shares it).
func (x *Int) Bits() []Word { return intWords(x.v) }

// SetBits sets z to the non-negative number the little-endian words abs make (copied, not shared as in Go).
func (z *Int) SetBits(abs []Word) *Int {
	z.v = intFromWords(abs)
	return z
}

func (x *Int) Sign() int {
	if x.v == nil {
		return 0
	}
	return intSign(x.v)
}

func (x *Int) Cmp(y *Int) int { return intCmp(x.v, y.v) }

func (x *Int) CmpAbs(y *Int) int { return intCmpAbs(x.v, y.v) }

func (z *Int) Add(x, y *Int) *Int {
	z.v = intArith(opAdd, x.v, y.v)
	return z
}

func (z *Int) Sub(x, y *Int) *Int {
	z.v = intArith(opSub, x.v, y.v)
	return z
}

func (z *Int) Mul(x, y *Int) *Int {
	z.v = intArith(opMul, x.v, y.v)
	return z
}

func divisor(y *Int) {
	if y.v == nil {
		panic("division by zero")
	}
}

// Quo is x/y truncated toward zero (Go's / on integers).
func (z *Int) Quo(x, y *Int) *Int {
	divisor(y)
	z.v = intArith(opQuo, x.v, y.v)
	return z
}

// Rem is x - y*(x/y) with truncated division: its sign is x's.
func (z *Int) Rem(x, y *Int) *Int {
	divisor(y)
	z.v = intArith(opRem, x.v, y.v)
	return z
}

func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	divisor(y)
	q, m := intQuoRem(x.v, y.v)
	z.v, r.v = q, m
	return z, r
}

// Div is Euclidean division: the q for which x = q*y + m with 0 <= m < |y|.
func (z *Int) Div(x, y *Int) *Int {
	divisor(y)
	z.v = intArith(opDiv, x.v, y.v)
	return z
}

// Mod is the Euclidean remainder, never negative.
func (z *Int) Mod(x, y *Int) *Int {
	divisor(y)
	z.v = intArith(opMod, x.v, y.v)
	return z
}

func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	divisor(y)
	q, r := intDivMod(x.v, y.v)
	z.v, m.v = q, r
	return z, m
}

func (z *Int) Neg(x *Int) *Int {
	z.v = intNeg(x.v)
	return z
}

func (z *Int) Abs(x *Int) *Int {
	z.v = intAbs(x.v)
	return z
}

// The bitwise operations see negative numbers in two's complement, as Go's do.

func (z *Int) And(x, y *Int) *Int {
	z.v = intArith(opAnd, x.v, y.v)
	return z
}

func (z *Int) Or(x, y *Int) *Int {
	z.v = intArith(opOr, x.v, y.v)
	return z
}

func (z *Int) Xor(x, y *Int) *Int {
	z.v = intArith(opXor, x.v, y.v)
	return z
}

func (z *Int) AndNot(x, y *Int) *Int {
	z.v = intArith(opAndNot, x.v, y.v)
	return z
}

func (z *Int) Not(x *Int) *Int {
	z.v = intNot(x.v)
	return z
}

func (z *Int) Lsh(x *Int, n uint) *Int {
	z.v = intLsh(x.v, n)
	return z
}

// Rsh shifts right, rounding toward negative infinity for negative x.
func (z *Int) Rsh(x *Int, n uint) *Int {
	z.v = intRsh(x.v, n)
	return z
}

func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic(msgNegativeBit)
	}
	return intBit(x.v, i)
}

func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic(msgNegativeBit)
	}
	if b > 1 {
		panic(msgBitValue)
	}
	z.v = intSetBit(x.v, i, b)
	return z
}

// BitLen is the length of |x| in bits.
func (x *Int) BitLen() int { return intBitLen(x.v) }

// TrailingZeroBits counts the zero bits below the lowest one of |x| (0 for 0).
func (x *Int) TrailingZeroBits() uint { return intTrailingZeroBits(x.v) }

// Int64 is the low 64 bits of x in two's complement.
func (x *Int) Int64() int64 { return intInt64(x.v) }

// Uint64 is the low 64 bits of |x|.
func (x *Int) Uint64() uint64 { return intUint64(x.v) }

func (x *Int) IsInt64() bool { return intIsInt64(x.v) }

func (x *Int) IsUint64() bool { return intIsUint64(x.v) }

// Exp is x**y mod |m| (no modulus when m is nil or 0, and then 1 for y <= 0). For y < 0 it uses x's inverse
// modulo m, and gives nil (z unchanged) when there is none.
func (z *Int) Exp(x, y, m *Int) *Int {
	var mv func()
	if m != nil {
		mv = m.v
	}
	r, ok := intExp(x.v, y.v, mv)
	if !ok {
		return nil
	}
	z.v = r
	return z
}

// GCD sets z to the greatest common divisor of a and b (never negative) and x, y (when not nil) to numbers with
// z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	g, cx, cy := intGCD(a.v, b.v)
	z.v = g
	if x != nil {
		x.v = cx
	}
	if y != nil {
		y.v = cy
	}
	return z
}

// ModInverse is the g' in [0, |n|) with g*g' = 1 modulo n, or nil (z unchanged) when g and n are not coprime.
func (z *Int) ModInverse(g, n *Int) *Int {
	r, ok := intModInverse(g.v, n.v)
	if !ok {
		return nil
	}
	z.v = r
	return z
}

// ModSqrt is a square root of x modulo the odd prime p, or nil (z unchanged) when x is no square.
func (z *Int) ModSqrt(x, p *Int) *Int {
	Jacobi(x, p) // p's check
	r, ok := intModSqrt(x.v, p.v)
	if !ok {
		return nil
	}
	z.v = r
	return z
}

// Jacobi is the Jacobi symbol (x/y), y odd: -1, 0 or +1.
func Jacobi(x, y *Int) int {
	if y.v == nil || y.Bit(0) == 0 {
		panic(msgJacobi + y.String())
	}
	return intJacobi(x.v, y.v)
}

// Sqrt is ⌊√x⌋; x must not be negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.Sign() < 0 {
		panic(msgNegativeSqrt)
	}
	z.v = intSqrt(x.v)
	return z
}

// ProbablyPrime reports whether x is prime: always right for primes and below 2**64, and for a composite wrong
// with a chance that can be taken as nil.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic(msgNegativeRounds)
	}
	return intProbablyPrime(x.v)
}

// MulRange is the product of the integers a through b (1 if a > b).
func (z *Int) MulRange(a, b int64) *Int {
	z.v = intMulRange(a, b)
	return z
}

// Binomial is n choose k, computed as Go computes it (so also for arguments outside 0 <= k <= n).
func (z *Int) Binomial(n, k int64) *Int {
	if n/2 < k && k <= n {
		k = n - k
	}
	var top, bottom Int
	top.MulRange(n-k+1, n)
	bottom.MulRange(1, k)
	return z.Quo(&top, &bottom)
}

// Rand is a uniform random number in [0, n), drawn from rnd as Go draws it (32 bits at a time, low word first,
// redrawn until below n), so that a seeded source gives Go's numbers.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	if n.Sign() <= 0 {
		z.v = nil
		return z
	}
	bits := n.BitLen()
	words := (bits + 63) / 64
	top := uint(bits % 64)
	if top == 0 {
		top = 64
	}
	limit := n.Bits()
	w := make([]Word, words)
	for {
		for i := range w {
			w[i] = Word(rnd.Uint32()) | Word(rnd.Uint32())<<32
		}
		if top < 64 {
			w[words-1] &= Word(1)<<top - 1
		}
		if wordsLess(w, limit) {
			break
		}
	}
	z.v = intFromWords(w)
	return z
}

func wordsLess(a, b []Word) bool {
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// String is x in decimal, "<nil>" for a nil *Int.
func (x *Int) String() string { return x.Text(10) }

// Text is x in base 2 to MaxBase, lower-case letters first; "<nil>" for a nil *Int.
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	if base > MaxBase || base < 2 {
		panic(msgInvalidBase)
	}
	return intText(x.v, base)
}

func (x *Int) Append(buf []byte, base int) []byte { return append(buf, x.Text(base)...) }

// Format prints x for fmt's b, o, O, d, x, X, s and v verbs, with the flags +, space, #, -, 0, a width and a
// precision (a minimum count of digits).
func (x *Int) Format(s fmt.State, ch rune) {
	base := 10
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
	case 'x', 'X':
		base = 16
	default:
		badVerb(s, ch, "big.Int", x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	if x.Sign() < 0 {
		sign = "-"
	} else if s.Flag('+') {
		sign = "+"
	} else if s.Flag(' ') {
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := intText(intAbs(x.v), base)
	if ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	zeros, left, right := 0, 0, 0
	precision, hasPrecision := s.Precision()
	if hasPrecision {
		if len(digits) < precision {
			zeros = precision - len(digits)
		} else if digits == "0" && precision == 0 {
			return // %.0d of zero prints nothing at all
		}
	}
	used := len(digits) + zeros + len(prefix) + len(sign)
	if width, hasWidth := s.Width(); hasWidth && used < width {
		pad := width - used
		if s.Flag('-') {
			right = pad
		} else if s.Flag('0') && !hasPrecision {
			zeros = pad
		} else {
			left = pad
		}
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", left))
	b.WriteString(sign)
	b.WriteString(prefix)
	b.WriteString(strings.Repeat("0", zeros))
	b.WriteString(digits)
	b.WriteString(strings.Repeat(" ", right))
	io.WriteString(s, b.String())
}

// Scan reads an Int for fmt's scanning functions: verbs b, o, d, x, X, or s and v for a base given by prefix.
func (z *Int) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 's', 'v':
	default:
		return errors.New(intScanVerb)
	}
	text, err := readNumber(s, base)
	if err != nil {
		return err
	}
	if text == "" {
		if _, _, err := s.ReadRune(); err == io.EOF {
			return io.EOF // not even a sign: z stays as it was
		}
		s.UnreadRune()
	}
	v, msg := intScanPrefix(text, base, z.v)
	z.v = v
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}

// readNumber takes from s the bytes that continue an integer in base (0: a prefix decides), leaving the first that
// does not unread, as Go's scanner stops.
func readNumber(s fmt.ScanState, base int) (string, error) {
	var buf []byte
	next := func() (byte, bool, error) {
		r, size, err := s.ReadRune()
		if err == io.EOF {
			return 0, false, nil
		}
		if err != nil {
			return 0, false, err
		}
		if size != 1 {
			return 0, false, fmt.Errorf("invalid rune %#U", r)
		}
		return byte(r), true, nil
	}
	c, ok, err := next()
	if err != nil || !ok {
		return "", err
	}
	if c == '+' || c == '-' {
		buf = append(buf, c)
		if c, ok, err = next(); err != nil || !ok {
			return string(buf), err
		}
	}
	b := base
	if base == 0 {
		b = 10
		if c == '0' {
			buf = append(buf, c)
			if c, ok, err = next(); err != nil || !ok {
				return string(buf), err
			}
			switch c {
			case 'b', 'B':
				b = 2
			case 'o', 'O':
				b = 8
			case 'x', 'X':
				b = 16
			default:
				b = 8
			}
			if c == 'b' || c == 'B' || c == 'o' || c == 'O' || c == 'x' || c == 'X' {
				buf = append(buf, c)
				if c, ok, err = next(); err != nil || !ok {
					return string(buf), err
				}
			}
		}
	}
	for {
		if !(c == '_' && base == 0) && digitValue(c, b) >= b {
			s.UnreadRune()
			return string(buf), nil
		}
		buf = append(buf, c)
		if c, ok, err = next(); err != nil || !ok {
			return string(buf), err
		}
	}
}

func digitValue(c byte, b int) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	if c >= 'a' && c <= 'z' {
		return 10 + int(c-'a')
	}
	if c >= 'A' && c <= 'Z' {
		if b > 36 {
			return 36 + int(c-'A')
		}
		return 10 + int(c-'A')
	}
	return MaxBase + 1
}

func (x *Int) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte(nilText), nil
	}
	return []byte(x.String()), nil
}

func (z *Int) UnmarshalText(text []byte) error {
	if r, _ := z.SetString(string(text), 0); r == nil {
		return fmt.Errorf(unmarshalFailed+"Int", text)
	}
	return nil
}

func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte(jsonNull), nil
	}
	return []byte(x.String()), nil
}

func (z *Int) UnmarshalJSON(text []byte) error {
	if len(text) == 4 && string(text) == jsonNull {
		return nil // null leaves z as it is
	}
	err := z.UnmarshalText(text)
	return err
}

// GobEncode is Go's gob form of an Int: a byte holding the format version (1) and the sign, then |x| big-endian.
func (x *Int) GobEncode() ([]byte, error) {
	if x == nil {
		return nil, nil
	}
	head := byte(1 << 1)
	if x.Sign() < 0 {
		head |= 1
	}
	return append([]byte{head}, x.Bytes()...), nil
}

func (z *Int) GobDecode(buf []byte) error {
	if len(buf) == 0 {
		z.v = nil
		return nil
	}
	if buf[0]>>1 != 1 {
		return fmt.Errorf("Int.GobDecode: encoding version %d not supported", buf[0]>>1)
	}
	z.SetBytes(buf[1:])
	if buf[0]&1 != 0 {
		z.Neg(z)
	}
	return nil
}

// The natives on fractions: numerator and denominator as func() BigIntegers, results in lowest terms with a
// positive denominator; a nil denominator (a Rat never set) is 1.
func ratNorm(a, b func()) (func(), func())
func ratArith(op int, xa, xb, ya, yb func()) (func(), func())
func ratCmp(xa, xb, ya, yb func()) int
func ratParse(s string) (func(), func(), bool)
func ratFloatString(a, b func(), prec int) string
func ratFloat(a, b func(), single bool) (float64, bool)
func ratFromFloat64(f float64) (func(), func(), bool)

// A Rat is an exact fraction a/b. The zero value is 0. Like Int, methods set and return the receiver.
type Rat struct {
	a, b Int // b.v nil only in a Rat never set, standing for 1
}

// NewRat is a/b; it panics when b is 0.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

func (z *Rat) setPair(a, b func()) *Rat {
	z.a.v, z.b.v = a, b
	return z
}

func (z *Rat) SetFrac(a, b *Int) *Rat {
	if b.v == nil {
		panic("division by zero")
	}
	return z.setPair(ratNorm(a.v, b.v))
}

func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	return z.setPair(ratNorm(intFromInt64(a), intFromInt64(b)))
}

func (z *Rat) SetInt(x *Int) *Rat { return z.setPair(x.v, intFromInt64(1)) }

func (z *Rat) SetInt64(x int64) *Rat { return z.setPair(intFromInt64(x), intFromInt64(1)) }

func (z *Rat) SetUint64(x uint64) *Rat { return z.setPair(intFromUint64(x), intFromInt64(1)) }

// SetFloat64 is the exact value of f; nil when f is not finite.
func (z *Rat) SetFloat64(f float64) *Rat {
	a, b, ok := ratFromFloat64(f)
	if !ok {
		return nil
	}
	return z.setPair(a, b)
}

func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.v, z.b.v = x.a.v, x.b.v
		if z.b.v == nil {
			z.b.v = intFromInt64(1)
		}
	}
	return z
}

// SetString reads "a/b" (a with a base prefix or sign, b with a prefix), or a decimal or prefixed number with an
// optional point and e or p exponent ("1.25", "-1e3", "0x1p-2"); on failure it gives nil, false.
func (z *Rat) SetString(s string) (*Rat, bool) {
	a, b, ok := ratParse(s)
	if !ok {
		return nil, false
	}
	return z.setPair(a, b), true
}

// Num is x's numerator, shared with x: setting one changes the other.
func (x *Rat) Num() *Int { return &x.a }

// Denom is x's denominator, shared with x, except for a Rat never set, which gets a new Int 1.
func (x *Rat) Denom() *Int {
	if x.b.v == nil {
		return NewInt(1)
	}
	return &x.b
}

func (x *Rat) Sign() int { return x.a.Sign() }

func (x *Rat) IsInt() bool { return x.b.v == nil || intCmp(x.b.v, intFromInt64(1)) == 0 }

func (x *Rat) Cmp(y *Rat) int { return ratCmp(x.a.v, x.b.v, y.a.v, y.b.v) }

func (z *Rat) Add(x, y *Rat) *Rat { return z.setPair(ratArith(opAdd, x.a.v, x.b.v, y.a.v, y.b.v)) }

func (z *Rat) Sub(x, y *Rat) *Rat { return z.setPair(ratArith(opSub, x.a.v, x.b.v, y.a.v, y.b.v)) }

func (z *Rat) Mul(x, y *Rat) *Rat { return z.setPair(ratArith(opMul, x.a.v, x.b.v, y.a.v, y.b.v)) }

// Quo is x/y; it panics when y is 0.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if y.a.v == nil {
		panic("division by zero")
	}
	return z.setPair(ratArith(opQuo, x.a.v, x.b.v, y.a.v, y.b.v))
}

func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.v = intNeg(z.a.v)
	return z
}

func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.v = intAbs(z.a.v)
	return z
}

// Inv is 1/x; it panics when x is 0.
func (z *Rat) Inv(x *Rat) *Rat {
	if x.a.v == nil {
		panic("division by zero")
	}
	return z.setPair(ratNorm(x.denominator(), x.a.v))
}

func (x *Rat) denominator() func() {
	if x.b.v == nil {
		return intFromInt64(1)
	}
	return x.b.v
}

// String is "a/b", also for an integer.
func (x *Rat) String() string { return x.a.String() + "/" + intText(x.denominator(), 10) }

// RatString is "a/b", or "a" for an integer.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString is x in decimal with prec digits after the point, the last one rounded half away from zero.
func (x *Rat) FloatString(prec int) string { return ratFloatString(x.a.v, x.b.v, prec) }

// Float64 is the float64 nearest x and whether it is x exactly.
func (x *Rat) Float64() (float64, bool) { return ratFloat(x.a.v, x.b.v, false) }

// Float32 is the float32 nearest x and whether it is x exactly.
func (x *Rat) Float32() (float32, bool) {
	f, exact := ratFloat(x.a.v, x.b.v, true)
	return float32(f), exact
}

func (x *Rat) MarshalText() ([]byte, error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return []byte(x.String()), nil
}

func (z *Rat) UnmarshalText(text []byte) error {
	if r, _ := z.SetString(string(text)); r == nil {
		return fmt.Errorf(unmarshalFailed+"Rat", text)
	}
	return nil
}

// Scan reads a Rat for fmt's scanning functions (verbs e, E, f, F, g, G, v): a token of signs, digits, points,
// exponents and a slash.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, func(r rune) bool { return strings.ContainsRune("+-/0123456789.eE", r) })
	if err != nil {
		return err
	}
	if strings.IndexRune("efgEFGv", ch) < 0 {
		return errors.New(ratScanVerb)
	}
	if r, _ := z.SetString(string(tok)); r == nil {
		return errors.New(ratScanSyntax)
	}
	return nil
}

// The natives on floats. A finite Float's mantissa is a BigInteger without trailing zero bits and exp is Go's
// exponent: the value is 0.mantissa (binary) * 2**exp. Rounded results come with their accuracy and form.
func floatRound(m func(), exp int64, neg bool, prec uint32, mode RoundingMode) (func(), int64, Accuracy, form)
func floatArith(op int, xm func(), xe int64, ym func(), ye int64, neg bool, prec uint32, mode RoundingMode) (func(), int64, Accuracy, form)
func floatCmpAbs(xm func(), xe int64, ym func(), ye int64) int
func floatSqrt(m func(), exp int64, prec uint32, mode RoundingMode) (func(), int64, Accuracy, form)
func floatFromInt(x func()) (func(), int64)
func floatFromFloat64(x float64) (func(), int64)
func floatToFloat(m func(), exp int64, neg bool, single bool) (float64, Accuracy)
func floatToInt(m func(), exp int64, neg bool) func()
func floatToRat(m func(), exp int64, neg bool) (func(), func())
func floatScan(s string, base int, prec uint32, mode RoundingMode) (neg bool, m func(), exp int64, acc Accuracy, f form, b int, end int, err string)
func floatText(f form, neg bool, m func(), exp int64, prec uint32, mode RoundingMode, format byte, digits int) string

// The operations floatArith does on magnitudes.
const (
	magAdd = iota
	magSub
	magMul
	magQuo
)

type form byte

const (
	zero form = iota
	finite
	inf
)

// A RoundingMode says how a Float is rounded to its precision.
type RoundingMode byte

const (
	ToNearestEven RoundingMode = iota
	ToNearestAway
	ToZero
	AwayFromZero
	ToNegativeInf
	ToPositiveInf
)

var roundingModeNames = [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}

func (i RoundingMode) String() string {
	if int(i) < len(roundingModeNames) {
		return roundingModeNames[i]
	}
	return fmt.Sprintf("RoundingMode(%d)", byte(i))
}

// An Accuracy says how the last rounding result compares with the exact value.
type Accuracy int8

const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (i Accuracy) String() string {
	switch i {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return fmt.Sprintf("Accuracy(%d)", int8(i))
}

// An ErrNaN is the panic value of a Float operation whose IEEE 754 result would be NaN.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string { return err.msg }

// A Float is a binary floating-point number of prec mantissa bits (0: not chosen yet, taken from the first
// operands), a sign, and an exponent in [MinExp, MaxExp], or ±0 or ±Inf. The zero value is +0 with precision 0
// and mode ToNearestEven.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	mant func() // finite only
	exp  int64  // finite only
}

// NewFloat is x at precision 53; it panics for NaN.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		panic(ErrNaN{nanNewFloat})
	}
	f := new(Float)
	return f.SetFloat64(x)
}

// ParseFloat is SetPrec(prec).SetMode(mode).Parse(s, base) on a new Float.
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	f = new(Float).SetMode(mode)
	f.SetPrec(prec)
	return f.Parse(s, base)
}

// setResult takes a native's rounded result.
func (z *Float) setResult(m func(), exp int64, acc Accuracy, f form) {
	z.acc = acc
	z.form = f
	if f == finite {
		z.mant, z.exp = m, exp
	} else {
		z.mant, z.exp = nil, 0
	}
}

// round rounds z to its own precision and mode, as Go does whenever a precision shrinks.
func (z *Float) round() {
	z.acc = Exact
	if z.form == finite {
		z.setResult(floatRound(z.mant, z.exp, z.neg, z.prec, z.mode))
	}
}

func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact
	if prec == 0 {
		z.prec = 0
		if z.form == finite {
			z.acc = accuracyOf(z.neg)
			z.form = zero
			z.mant, z.exp = nil, 0
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	old := z.prec
	z.prec = uint32(prec)
	if z.prec < old {
		z.round()
	}
	return z
}

// accuracyOf is Above when above is true, else Below.
func accuracyOf(above bool) Accuracy {
	if above {
		return Above
	}
	return Below
}

func (z *Float) SetMode(mode RoundingMode) *Float {
	z.mode = mode
	z.acc = Exact
	return z
}

func (x *Float) Prec() uint { return uint(x.prec) }

// MinPrec is the fewest bits that hold x's mantissa exactly (0 for ±0 and ±Inf).
func (x *Float) MinPrec() uint {
	if x.form != finite {
		return 0
	}
	return uint(intBitLen(x.mant))
}

func (x *Float) Mode() RoundingMode { return x.mode }

func (x *Float) Acc() Accuracy { return x.acc }

func (x *Float) Sign() int {
	if x.form == zero {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func (x *Float) Signbit() bool { return x.neg }

func (x *Float) IsInf() bool { return x.form == inf }

func (x *Float) IsInt() bool {
	if x.form != finite {
		return x.form == zero
	}
	if x.exp <= 0 {
		return false
	}
	return int64(x.prec) <= x.exp || int64(x.MinPrec()) <= x.exp
}

// MantExp splits x into a mantissa in [0.5, 1) (stored in mant when not nil) and a power of two.
func (x *Float) MantExp(mant *Float) (exp int) {
	if x.form == finite {
		exp = int(x.exp)
	}
	if mant != nil {
		mant.Copy(x)
		if mant.form == finite {
			mant.exp = 0
		}
	}
	return
}

// setExp gives finite z the exponent exp, overflowing or underflowing as Go does, and rounds it.
func (z *Float) setExp(exp int64) {
	if exp < MinExp {
		z.acc = accuracyOf(z.neg)
		z.form, z.mant, z.exp = zero, nil, 0
		return
	}
	if exp > MaxExp {
		z.acc = accuracyOf(!z.neg)
		z.form, z.mant, z.exp = inf, nil, 0
		return
	}
	z.form = finite
	z.exp = exp
	z.round()
}

func (z *Float) SetMantExp(mant *Float, exp int) *Float {
	z.Copy(mant)
	if z.form == finite {
		z.setExp(z.exp + int64(exp))
	}
	return z
}

func (z *Float) setMagnitude(neg bool, m func(), exp int64, defaultPrec uint32) *Float {
	if z.prec == 0 {
		z.prec = defaultPrec
	}
	z.acc = Exact
	z.neg = neg
	if m == nil {
		z.form, z.mant, z.exp = zero, nil, 0
		return z
	}
	z.mant = m
	z.setExp(exp)
	return z
}

func (z *Float) SetUint64(x uint64) *Float {
	m, e := floatFromInt(intFromUint64(x))
	return z.setMagnitude(false, m, e, 64)
}

func (z *Float) SetInt64(x int64) *Float {
	m, e := floatFromInt(intFromInt64(x))
	return z.setMagnitude(x < 0, m, e, 64)
}

// SetFloat64 is x rounded to z's precision (53 if it has none); it panics for NaN.
func (z *Float) SetFloat64(x float64) *Float {
	if z.prec == 0 {
		z.prec = 53
	}
	if math.IsNaN(x) {
		panic(ErrNaN{nanSetFloat64})
	}
	neg := math.Signbit(x)
	if math.IsInf(x, 0) {
		z.acc, z.neg, z.form, z.mant, z.exp = Exact, neg, inf, nil, 0
		return z
	}
	m, e := floatFromFloat64(x)
	return z.setMagnitude(neg, m, e, 53)
}

// SetInt is x rounded to z's precision (if it has none: x's bit length, at least 64).
func (z *Float) SetInt(x *Int) *Float {
	atLeast := uint32(x.BitLen())
	if atLeast < 64 {
		atLeast = 64
	}
	m, e := floatFromInt(x.v)
	return z.setMagnitude(x.Sign() < 0, m, e, atLeast)
}

// SetRat is x rounded to z's precision (if it has none: the larger of its numerator's and denominator's).
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(x.Num())
	}
	var a, b Float
	a.SetInt(x.Num())
	b.SetInt(x.Denom())
	if z.prec == 0 {
		z.prec = a.prec
		if b.prec > z.prec {
			z.prec = b.prec
		}
	}
	return z.Quo(&a, &b)
}

func (z *Float) SetInf(signbit bool) *Float {
	z.acc, z.form, z.neg, z.mant, z.exp = Exact, inf, signbit, nil, 0
	return z
}

// Set is x rounded to z's precision (x's if z has none).
func (z *Float) Set(x *Float) *Float {
	z.acc = Exact
	if z != x {
		z.form, z.neg, z.mant, z.exp = x.form, x.neg, x.mant, x.exp
		if z.prec == 0 {
			z.prec = x.prec
		} else if x.prec > z.prec {
			z.round()
		}
	}
	return z
}

// Copy makes z x exactly: value, precision, mode and accuracy.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		*z = *x
	}
	return z
}

// Float64 is the float64 nearest x and how it compares with x.
func (x *Float) Float64() (float64, Accuracy) {
	switch x.form {
	case finite:
		return floatToFloat(x.mant, x.exp, x.neg, false)
	case inf:
		return x.signedInf(), Exact
	}
	return x.signedZero(), Exact
}

// Float32 is the float32 nearest x and how it compares with x.
func (x *Float) Float32() (float32, Accuracy) {
	switch x.form {
	case finite:
		f, acc := floatToFloat(x.mant, x.exp, x.neg, true)
		return float32(f), acc
	case inf:
		return float32(x.signedInf()), Exact
	}
	return float32(x.signedZero()), Exact
}

func (x *Float) signedInf() float64 {
	if x.neg {
		return math.Inf(-1)
	}
	return math.Inf(1)
}

func (x *Float) signedZero() float64 {
	if x.neg {
		return math.Copysign(0, -1)
	}
	return 0
}

// Int is x truncated toward zero (into z, or a new Int when z is nil), nil for an infinity.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if z == nil && x.form != inf {
		z = new(Int)
	}
	switch x.form {
	case finite:
		acc := accuracyOf(x.neg)
		if x.exp <= 0 {
			return z.SetInt64(0), acc
		}
		if int64(x.MinPrec()) <= x.exp {
			acc = Exact
		}
		z.v = floatToInt(x.mant, x.exp, x.neg)
		return z, acc
	case zero:
		z.v = nil
		return z, Exact
	}
	return nil, accuracyOf(x.neg)
}

// Int64 is x truncated toward zero, saturated to int64's range.
func (x *Float) Int64() (int64, Accuracy) {
	if x.form == zero {
		return 0, Exact
	}
	if x.form == finite {
		if i, acc := x.Int(nil); i.IsInt64() {
			return i.Int64(), acc
		}
	}
	// out of range, infinities included: the nearest end
	if x.neg {
		var lowest int64 = math.MinInt64
		return lowest, Above
	}
	var highest int64 = math.MaxInt64
	return highest, Below
}

// Uint64 is x truncated toward zero, saturated to uint64's range.
func (x *Float) Uint64() (uint64, Accuracy) {
	if x.form == zero {
		return 0, Exact
	}
	if x.neg {
		return 0, Above
	}
	if x.form == finite {
		if i, acc := x.Int(nil); i.IsUint64() {
			return i.Uint64(), acc
		}
	}
	var highest uint64 = math.MaxUint64
	return highest, Below
}

// Rat is x exactly (into z, or a new Rat when z is nil), nil for an infinity.
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if z == nil && x.form != inf {
		z = new(Rat)
	}
	switch x.form {
	case finite:
		return z.setPair(floatToRat(x.mant, x.exp, x.neg)), Exact
	case zero:
		return z.setPair(nil, intFromInt64(1)), Exact
	}
	return nil, accuracyOf(x.neg)
}

func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

func (z *Float) choosePrec(x, y *Float) {
	if z.prec == 0 {
		z.prec = x.prec
		if y.prec > z.prec {
			z.prec = y.prec
		}
	}
}

// magnitudes combines |x| and |y| into z (z.neg already chosen) and rounds.
func (z *Float) magnitudes(op int, x, y *Float) {
	z.setResult(floatArith(op, x.mant, x.exp, y.mant, y.exp, z.neg, z.prec, z.mode))
	if z.form == zero && op == magSub {
		z.neg = false
	}
}

// addSigned is x + y where y's sign is taken as yneg: Add and Sub in one.
func (z *Float) addSigned(x, y *Float, yneg bool) {
	z.neg = x.neg
	if x.neg == yneg {
		z.magnitudes(magAdd, x, y)
	} else if floatCmpAbs(x.mant, x.exp, y.mant, y.exp) > 0 {
		z.magnitudes(magSub, x, y)
	} else {
		z.neg = !z.neg
		z.magnitudes(magSub, y, x)
	}
	// an exact zero sum is -0 when rounding toward -Inf, else +0
	if z.form == zero && z.acc == Exact && z.mode == ToNegativeInf {
		z.neg = true
	}
}

// Add is x + y rounded to z's precision (the larger of x's and y's if z has none) and mode.
func (z *Float) Add(x, y *Float) *Float {
	z.choosePrec(x, y)
	fx, fy := x.form, y.form
	if fx == finite && fy == finite {
		z.addSigned(x, y, y.neg)
		return z
	}
	if fx == inf && fy == inf && x.neg != y.neg {
		z.acc, z.form, z.neg = Exact, zero, false
		panic(ErrNaN{nanAdd})
	}
	if fx == zero && fy == zero {
		z.acc, z.form, z.neg = Exact, zero, x.neg && y.neg
		return z
	}
	if fx == inf || fy == zero {
		return z.Set(x)
	}
	return z.Set(y)
}

// Sub is x - y rounded to z's precision (the larger of x's and y's if z has none) and mode.
func (z *Float) Sub(x, y *Float) *Float {
	z.choosePrec(x, y)
	fx, fy := x.form, y.form
	if fx == finite && fy == finite {
		z.addSigned(x, y, !y.neg)
		return z
	}
	if fx == inf && fy == inf && x.neg == y.neg {
		z.acc, z.form, z.neg = Exact, zero, false
		panic(ErrNaN{nanSub})
	}
	if fx == zero && fy == zero {
		z.acc, z.form, z.neg = Exact, zero, x.neg && !y.neg
		return z
	}
	if fx == inf || fy == zero {
		return z.Set(x)
	}
	return z.Neg(y)
}

// Mul is x * y rounded to z's precision (the larger of x's and y's if z has none) and mode.
func (z *Float) Mul(x, y *Float) *Float {
	z.choosePrec(x, y)
	fx, fy := x.form, y.form
	z.neg = x.neg != y.neg
	if fx == finite && fy == finite {
		z.magnitudes(magMul, x, y)
		return z
	}
	z.acc = Exact
	if fx == zero && fy == inf || fx == inf && fy == zero {
		z.form, z.neg = zero, false
		panic(ErrNaN{nanMul})
	}
	if fx == inf || fy == inf {
		z.form = inf
	} else {
		z.form = zero
	}
	z.mant, z.exp = nil, 0
	return z
}

// Quo is x / y rounded to z's precision (the larger of x's and y's if z has none) and mode.
func (z *Float) Quo(x, y *Float) *Float {
	z.choosePrec(x, y)
	fx, fy := x.form, y.form
	z.neg = x.neg != y.neg
	if fx == finite && fy == finite {
		z.magnitudes(magQuo, x, y)
		return z
	}
	z.acc = Exact
	if fx == zero && fy == zero || fx == inf && fy == inf {
		z.form, z.neg = zero, false
		panic(ErrNaN{nanQuo})
	}
	if fx == zero || fy == inf {
		z.form = zero
	} else {
		z.form = inf
	}
	z.mant, z.exp = nil, 0
	return z
}

// Sqrt is √x rounded to z's precision (x's if z has none) by Go's Newton iteration, so that the same bits come
// out; it panics for x < 0. Like Go, z takes x's rounding mode and reports Exact.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		panic(ErrNaN{nanSqrt})
	}
	if x.form != finite {
		z.acc, z.form, z.neg, z.mant, z.exp = Exact, x.form, x.neg, nil, 0
		return z
	}
	z.mode = x.mode
	z.neg = false
	z.setResult(floatSqrt(x.mant, x.exp, z.prec, z.mode))
	return z
}

// Cmp is -1, 0 or +1 as x < y, x == y or x > y (-0 == +0).
func (x *Float) Cmp(y *Float) int {
	mx, my := x.ord(), y.ord()
	switch {
	case mx < my:
		return -1
	case mx > my:
		return +1
	}
	if mx == -1 {
		return -floatCmpAbs(x.mant, x.exp, y.mant, y.exp)
	}
	if mx == +1 {
		return floatCmpAbs(x.mant, x.exp, y.mant, y.exp)
	}
	return 0
}

// ord orders the classes of values: -Inf, negative, zero, positive, +Inf.
func (x *Float) ord() int {
	var m int
	switch x.form {
	case finite:
		m = 1
	case zero:
		return 0
	case inf:
		m = 2
	}
	if x.neg {
		m = -m
	}
	return m
}

// SetString is Parse(s, 0) reporting success only.
func (z *Float) SetString(s string) (*Float, bool) {
	f, _, err := z.Parse(s, 0)
	return f, err == nil
}

// Parse reads a number in base 0 (prefix and underscores allowed), 2, 8, 10 or 16: mantissa with an optional
// point, e (decimal) or p (binary) exponent, or Inf; it is rounded to z's precision (64 if none) in z's mode.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	if s == "Inf" || s == "inf" {
		return z.SetInf(false), 0, nil
	}
	if len(s) == 4 && (s[1:] == "Inf" || s[1:] == "inf") && strings.IndexByte("+-", s[0]) >= 0 {
		return z.SetInf(s[0] == '-'), 0, nil
	}
	if base != 0 && base != 2 && base != 8 && base != 10 && base != 16 {
		panic(msgScanBase + strconv.Itoa(base))
	}
	prec := z.prec
	if prec == 0 {
		prec = 64
	}
	neg, m, exp, acc, fm, b, end, msg := floatScan(s, base, prec, z.mode)
	if msg != "" {
		if msg == "EOF" {
			return nil, b, io.EOF
		}
		return nil, b, errors.New(msg)
	}
	z.prec = prec
	z.neg = neg
	z.setResult(m, exp, acc, fm)
	if end < len(s) {
		err = fmt.Errorf("expected end of string, found %q", s[end])
	}
	return z, b, err
}

// String is x.Text('g', 10).
func (x *Float) String() string { return x.Text('g', 10) }

// Text is x in format 'e', 'E', 'f', 'g', 'G' (prec digits; -1: as few as tell x apart at its precision), 'b'
// (mantissa and binary exponent), 'p' (hex fraction) or 'x' (hex mantissa).
func (x *Float) Text(format byte, prec int) string {
	return floatText(x.form, x.neg, x.mant, x.exp, x.prec, x.mode, format, prec)
}

func (x *Float) Append(buf []byte, fmt byte, prec int) []byte { return append(buf, x.Text(fmt, prec)...) }

// Format prints x for fmt's e, E, f, F, g, G, v, b, p and x verbs with flags, width and precision, as Go does.
func (x *Float) Format(s fmt.State, format rune) {
	digits, hasDigits := s.Precision()
	if !hasDigits {
		digits = 6 // the default of e and f
	}
	switch format {
	case 'e', 'E', 'f', 'b', 'x', 'p':
	case 'F':
		format = 'f'
	case 'v', 'g', 'G':
		if format == 'v' {
			format = 'g'
		}
		if !hasDigits {
			digits = -1 // as few as tell x apart
		}
	default:
		badVerb(s, format, "*big.Float", x.String())
		return
	}
	text := x.Text(byte(format), digits)
	sign := ""
	switch {
	case text[0] == '-':
		sign, text = "-", text[1:]
	case text[0] == '+':
		sign, text = "+", text[1:]
		if s.Flag(' ') {
			sign = " "
		}
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	pad := 0
	if width, ok := s.Width(); ok && width > len(sign)+len(text) {
		pad = width - len(sign) - len(text)
	}
	switch {
	case x.form != inf && s.Flag('0'):
		io.WriteString(s, sign+strings.Repeat("0", pad)+text)
	case s.Flag('-'):
		io.WriteString(s, sign+text+strings.Repeat(" ", pad))
	default:
		io.WriteString(s, strings.Repeat(" ", pad)+sign+text)
	}
}

func (x *Float) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte(nilText), nil
	}
	return []byte(x.Text('g', -1)), nil
}

func (z *Float) UnmarshalText(text []byte) error {
	if _, _, perr := z.Parse(string(text), 0); perr != nil {
		return fmt.Errorf(unmarshalFailed+"Float (%v)", text, perr)
	}
	return nil
}
