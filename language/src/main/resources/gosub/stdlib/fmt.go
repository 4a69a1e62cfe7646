package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"syscall"
	"unicode"
	"unicode/utf8"
)

// Formatting is done by gosub's fmt engine (natives); output goes straight to the process's file descriptors.

func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

// Append, Appendf and Appendln format as Sprint, Sprintf and Sprintln do and add the text to b, as append does.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// errorf formats like Sprintf and also returns the operand of a %w verb, if any.
func errorf(format string, a ...any) (string, error)

// writeOut writes s to file descriptor fd (1 or 2) and returns the number of bytes written, or the error
// number of a failed write negated.
func writeOut(fd int, s string) int

// startStdout is the os.Stdout the program starts with.
var startStdout = os.Stdout

// printOut writes s where os.Stdout leads, for Print, Printf and Println: straight to the standard output (one
// native call) while os.Stdout is still that open file, else through os.Stdout's Write, which fails once the file
// is closed and follows a file the program put in its place.
func printOut(s string) (int, error) {
	out := os.Stdout
	if out == startStdout && out.Fd() == 1 {
		n := writeOut(1, s)
		if n < 0 {
			// the error os.Stdout's Write would give
			return 0, &os.PathError{Op: "write", Path: out.Name(), Err: syscall.Errno(-n)}
		}
		return n, nil
	}
	return out.Write([]byte(s))
}

func Println(a ...any) (n int, err error) {
	return printOut(Sprintln(a...))
}

func Print(a ...any) (n int, err error) {
	return printOut(Sprint(a...))
}

func Printf(format string, a ...any) (n int, err error) {
	return printOut(Sprintf(format, a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	msg, wrapped := errorf(format, a...)
	if wrapped == nil {
		return errors.New(msg)
	}
	return &wrapError{msg, wrapped}
}

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by a value that says itself how %#v shows it.
type GoStringer interface {
	GoString() string
}

// ---------------------------------------------------------------------------------------------- Formatter

// Formatter is implemented by a value that prints itself: every verb but %T and %p calls its Format method, which
// wins over Error, String and GoString.
type Formatter interface {
	Format(state State, verb rune)
}

// State is what a Format method is given: the place its text goes, and the directive it prints for.
type State interface {
	// Write adds text to the output, where the operand goes.
	Write(text []byte) (int, error)
	// Width is the directive's width, if it has one.
	Width() (int, bool)
	// Precision is the directive's precision, if it has one.
	Precision() (int, bool)
	// Flag says whether the directive has flag c, one of '-', '+', '#', ' ' and '0'.
	Flag(c int) bool
}

// directiveState is the State of one call of a Format method. It collects the text on its own, and the engine
// copies it where the operand goes.
type directiveState struct {
	written      []byte
	width        int
	precision    int
	hasWidth     bool
	hasPrecision bool
	flags        string // the directive's flags, each once, e.g. "-#"
}

func (s *directiveState) Write(b []byte) (n int, err error) {
	s.written = append(s.written, b...)
	return len(b), nil
}

// WriteString saves io.WriteString, which Format methods use, the conversion to a byte slice.
func (s *directiveState) WriteString(str string) (n int, err error) {
	s.written = append(s.written, str...)
	return len(str), nil
}

func (s *directiveState) Width() (wid int, ok bool) { return s.width, s.hasWidth }

func (s *directiveState) Precision() (prec int, ok bool) { return s.precision, s.hasPrecision }

func (s *directiveState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// callFormat is how the fmt engine runs f's Format method for one directive: it returns the text Format wrote
// and, when recovering, the value it panicked with. Text written before a panic is kept, since Go's printer writes
// it straight into its output. A panic with nil is stopped and leaves nothing to report, as in Go 1.19, whose
// printer recovers it and then finds nothing to print. Not recovering, a panic goes on to the caller (a Format
// method that panics while fmt prints another panic).
func callFormat(f Formatter, verb rune, width, precision int, hasWidth, hasPrecision bool, flags string,
	recovering bool) (written string, panicked any) {
	s := &directiveState{width: width, precision: precision, hasWidth: hasWidth, hasPrecision: hasPrecision, flags: flags}
	if !recovering {
		f.Format(s, verb)
		return string(s.written), nil
	}
	defer func() {
		panicked = recover()
		written = string(s.written)
	}()
	f.Format(s, verb)
	return
}

// ---------------------------------------------------------------------------------------------- scanning

// ScanState is the input as a Scanner's Scan method sees it: rune by rune, or a token at a time. In Scanln
// and friends it ends after a newline; with a width (Scanf's %5s) it ends after that many runes.
type ScanState interface {
	// ReadRune reads the next rune; io.EOF past the end of what this operand may read.
	ReadRune() (ch rune, size int, err error)
	// UnreadRune puts the last rune back.
	UnreadRune() error
	// SkipSpace skips white space, and newlines where they count as space.
	SkipSpace()
	// Token returns the run of runes satisfying f (non-space ones if f is nil), after skipping space if asked.
	// The slice is reused by later reads.
	Token(skipSpace bool, f func(rune) bool) ([]byte, error)
	// Width is the width of the verb being scanned, if it has one.
	Width() (width int, ok bool)
	// Read makes a ScanState an io.Reader, but scanning code reads runes; this Read always fails.
	Read(buf []byte) (int, error)
}

// Scanner is a value that scans itself: Scan, Scanf and Scanln call its Scan method instead of parsing the
// input themselves. The receiver should be a pointer, so that the result reaches the caller.
type Scanner interface {
	Scan(input ScanState, verb rune) error
}

// Scan reads space-separated values from standard input into its operands (newlines count as space) and
// says how many it stored; fewer than len(a) come with the reason.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan that stops at a newline, which (or the end of the input) must follow the last value.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads standard input as format says: verbs take values, white space matches white space, other text
// must match exactly, and newlines must match newlines. It says how many operands it filled.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan is Scan reading from str.
func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringInput{s: str, prev: -1}, a...) }

// Sscanln is Scanln reading from str.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringInput{s: str, prev: -1}, a...)
}

// Sscanf is Scanf reading from str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringInput{s: str, prev: -1}, format, a...)
}

// Fscan is Scan reading from r. A reader without UnreadRune may lose the rune read after the last value.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).scanValues(a)
}

// Fscanln is Scanln reading from r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).scanValues(a)
}

// Fscanf is Scanf reading from r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).scanFormat(format, a)
}

const (
	eof = -1
	// the width of a verb without one: no limit in practice
	noWidth = 1 << 30

	floatVerbs    = "beEfFgGv"
	binDigits     = "01"
	octDigits     = "01234567"
	decDigits     = "0123456789"
	hexDigits     = "0123456789aAbBcCdDeEfF"
	signs         = "+-"
	exponentChars = "eEpP"
)

var (
	errBoolSyntax    = errors.New("syntax error scanning boolean")
	errComplexSyntax = errors.New("syntax error scanning complex number")
	errNoRuneToUndo  = errors.New("fmt: scanning called UnreadRune with no rune available")
	errScanStateRead = errors.New("ScanState's Read should not be called. Use ReadRune")
)

// scanFailure carries an error out of the scanning code by panic, up to the function that started the scan.
type scanFailure struct {
	err error
}

// stringInput reads a string rune by rune, for Sscan and friends.
type stringInput struct {
	s    string
	at   int
	prev int // where the last rune read started, or -1
}

func (in *stringInput) Read(b []byte) (n int, err error) {
	if in.at >= len(in.s) {
		return 0, io.EOF
	}
	n = copy(b, in.s[in.at:])
	in.at += n
	in.prev = -1
	return n, nil
}

func (in *stringInput) ReadRune() (r rune, size int, err error) {
	if in.at >= len(in.s) {
		in.prev = -1
		return 0, 0, io.EOF
	}
	in.prev = in.at
	if c := in.s[in.at]; c < utf8.RuneSelf {
		in.at++
		return rune(c), 1, nil
	}
	// at most a rune's bytes: in.s[in.at:] would copy all the rest of the input for every rune
	r, size = utf8.DecodeRuneInString(in.s[in.at:min(in.at+utf8.UTFMax, len(in.s))])
	in.at += size
	return r, size, nil
}

func (in *stringInput) UnreadRune() error {
	if in.prev < 0 {
		return errNoRuneToUndo
	}
	in.at, in.prev = in.prev, -1
	return nil
}

// byteRunes decodes the runes of a reader that cannot do it itself, reading one byte per Read so that it never
// takes more input than it uses. It can put back one rune.
type byteRunes struct {
	r       io.Reader
	one     [1]byte
	pending []byte // bytes read past an invalid encoding, to be decoded next
	again   bool   // the next ReadRune returns last once more
	last    rune
}

func (b *byteRunes) nextByte() (byte, error) {
	if len(b.pending) > 0 {
		c := b.pending[0]
		b.pending = b.pending[1:]
		return c, nil
	}
	if n, err := io.ReadFull(b.r, b.one[:]); n != 1 {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteRunes) ReadRune() (r rune, size int, err error) {
	if b.again {
		b.again = false
		return b.last, utf8.RuneLen(b.last), nil
	}
	first, err := b.nextByte()
	if err != nil {
		return 0, 0, err
	}
	if first < utf8.RuneSelf {
		b.last = rune(first)
		return b.last, 1, nil
	}
	enc := []byte{first}
	for !utf8.FullRune(enc) {
		c, err := b.nextByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		enc = append(enc, c)
	}
	r, size = utf8.DecodeRune(enc)
	// what an invalid encoding did not use is decoded afresh
	b.pending = append(enc[size:], b.pending...)
	b.last = r
	return r, size, nil
}

func (b *byteRunes) UnreadRune() error {
	if b.again {
		return errNoRuneToUndo
	}
	b.again = true
	return nil
}

// scanState is the ScanState of one Scan call.
type scanState struct {
	in        io.RuneScanner
	buf       []byte // the token being read
	count     int    // runes read so far
	atEnd     bool   // the input ended; for Scanln, a newline was read
	nlIsSpace bool   // Scan: newlines are white space
	nlEnds    bool   // Scanln: a newline ends the input
	argLimit  int    // count may not pass this while the current operand is read (its width)
	width     int    // the width of the current verb, or noWidth
}

func newScanState(r io.Reader, nlIsSpace, nlEnds bool) *scanState {
	s := &scanState{nlIsSpace: nlIsSpace, nlEnds: nlEnds, argLimit: noWidth, width: noWidth}
	if runes, ok := r.(io.RuneScanner); ok {
		s.in = runes
	} else {
		s.in = &byteRunes{r: r}
	}
	return s
}

func (s *scanState) Read(buf []byte) (n int, err error) { return 0, errScanStateRead }

func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.atEnd || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	switch {
	case err == nil:
		s.count++
		if s.nlEnds && r == '\n' {
			s.atEnd = true
		}
	case err == io.EOF:
		s.atEnd = true
	}
	return r, size, err
}

func (s *scanState) UnreadRune() error {
	s.in.UnreadRune()
	s.atEnd = false
	s.count--
	return nil
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.width == noWidth {
		return 0, false
	}
	return s.width, true
}

func (s *scanState) fail(msg string) {
	panic(scanFailure{errors.New(msg)})
}

func (s *scanState) failWith(err error) {
	panic(scanFailure{err})
}

// next reads a rune: eof at the end of the input, a failure for any other error.
func (s *scanState) next() rune {
	r, _, err := s.ReadRune()
	if err == io.EOF {
		return eof
	}
	if err != nil {
		s.failWith(err)
	}
	return r
}

// nextInValue is next where the end of the input cuts a value short.
func (s *scanState) nextInValue() rune {
	r := s.next()
	if r == eof {
		s.failWith(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanState) SkipSpace() {
	for {
		r := s.next()
		switch {
		case r == eof:
			return
		case r == '\r' && s.peek("\n"):
			// "\r\n" counts as a newline
		case r == '\n':
			if !s.nlIsSpace {
				s.fail("unexpected newline")
			}
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	defer func() {
		if caught := recover(); caught != nil {
			failure, ours := caught.(scanFailure)
			if !ours {
				panic(caught)
			}
			err = failure.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

// token appends to buf the runes satisfying f that come next, after skipping space if asked.
func (s *scanState) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// isSpace is Unicode white space (unicode.IsSpace), with the ASCII cases inline.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func notSpace(r rune) bool { return !isSpace(r) }

func inSet(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// consume reads a rune and says whether it is in set; if keep, a rune in set goes into the token and another
// one is put back (without keep, it is dropped).
func (s *scanState) consume(set string, keep bool) bool {
	r := s.next()
	if r == eof {
		return false
	}
	if inSet(set, r) {
		if keep {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if keep {
		s.UnreadRune()
	}
	return false
}

// accept takes the next rune into the token if it is in set.
func (s *scanState) accept(set string) bool { return s.consume(set, true) }

// peek says whether the next rune is in set, leaving it in the input.
func (s *scanState) peek(set string) bool {
	r := s.next()
	if r != eof {
		s.UnreadRune()
	}
	return inSet(set, r)
}

// needInput makes the scan end with io.EOF when the input is used up before a value.
func (s *scanState) needInput() {
	if s.next() == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *scanState) checkVerb(verb rune, verbs, what string) {
	if !inSet(verbs, verb) {
		s.fail("bad verb '%" + string(verb) + "' for " + what)
	}
}

func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.needInput()
	s.checkVerb(verb, "tv", "boolean")
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		// the first letter will do; a longer word must be all of "true", in any case
		if s.peek("rR") && !s.acceptWord("rue") {
			s.failWith(errBoolSyntax)
		}
		return true
	case 'f', 'F':
		if s.peek("aA") && !s.acceptWord("alse") {
			s.failWith(errBoolSyntax)
		}
	}
	return false
}

// acceptWord reads word, its letters in either case, for as long as the input matches it, and says whether
// all of it matched.
func (s *scanState) acceptWord(word string) bool {
	for _, c := range []byte(word) {
		either := string(c)
		if 'a' <= c && c <= 'z' {
			either += string(c - 'a' + 'A')
		}
		if !s.accept(either) {
			return false
		}
	}
	return true
}

// numberBase is the base and the digits of an integer verb.
func (s *scanState) numberBase(verb rune) (base int, digits string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binDigits
	case 'o':
		return 8, octDigits
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decDigits
}

// digitsToken reads a run of digits into the token; at least one unless some were read already.
func (s *scanState) digitsToken(digits string, haveDigits bool) string {
	if !haveDigits {
		s.needInput()
		if !s.accept(digits) {
			s.fail("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// prefixedBase reads the 0, 0b, 0o or 0x that %v allows before an integer, which ParseInt with base 0 then
// reads back; it says whether a digit (the 0) was read.
func (s *scanState) prefixedBase() (digits string, haveDigits bool) {
	if !s.peek("0") {
		return decDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.accept("bB")
		return binDigits + "_", true
	case s.peek("oO"):
		s.accept("oO")
		return octDigits + "_", true
	case s.peek("xX"):
		s.accept("xX")
		return hexDigits + "_", true
	}
	return octDigits + "_", true
}

// scanCharCode is %c for an integer: the code of the next rune, whatever it is.
func (s *scanState) scanCharCode(bits int) int64 {
	s.needInput()
	r := s.next()
	if shift := 64 - uint(bits); int64(r)<<shift>>shift != int64(r) {
		s.fail("overflow on character value " + string(r))
	}
	return int64(r)
}

// integerToken reads an integer for verb: its text and the base to parse it in.
func (s *scanState) integerToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.needInput()
	base, digits := s.numberBase(verb)
	haveDigits := false
	switch {
	case verb == 'U':
		// "U+" comes first, and is not part of the number
		for _, want := range []string{"U", "+"} {
			if !s.consume(want, false) {
				s.fail("bad unicode format ")
			}
		}
	case verb == 'v':
		if signed {
			s.accept(signs)
		}
		base = 0
		digits, haveDigits = s.prefixedBase()
	case signed:
		s.accept(signs)
	}
	return s.digitsToken(digits, haveDigits), base
}

func (s *scanState) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanCharCode(bits)
	}
	tok, base := s.integerToken(verb, true)
	value, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.failWith(err)
	}
	if shift := 64 - uint(bits); value<<shift>>shift != value {
		s.fail("integer overflow on token " + tok)
	}
	return value
}

func (s *scanState) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanCharCode(bits))
	}
	tok, base := s.integerToken(verb, false)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.failWith(err)
	}
	if shift := 64 - uint(bits); u<<shift>>shift != u {
		s.fail("unsigned integer overflow on token " + tok)
	}
	return u
}

// floatToken reads what may be a floating-point number; ParseFloat judges it.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.acceptWord("nan") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.acceptWord("inf") {
		return string(s.buf)
	}
	digits, exponent := decDigits+"_", exponentChars
	if s.acceptWord("0x") {
		digits, exponent = hexDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exponent) {
		s.accept(signs)
		for s.accept(decDigits + "_") {
		}
	}
	return string(s.buf)
}

// scanComplex reads re±imi, optionally in parentheses, each part a float of partBits bits. The whole shape is
// read before either part is parsed, so a malformed number is a syntax error whatever its parts are, as in Go;
// the imaginary part's sign comes before its token, so "+NaN" is its text (which ParseFloat refuses).
func (s *scanState) scanComplex(partBits int) complex128 {
	parens := s.skipIfNext("(")
	reText := s.floatToken()
	if !s.peek(signs) {
		s.failWith(errComplexSyntax)
	}
	sign := string(s.next())
	imText := sign + s.floatToken()
	if !s.skipIfNext("i") || parens && !s.skipIfNext(")") {
		s.failWith(errComplexSyntax)
	}
	return complex(s.parseFloat(reText, partBits), s.parseFloat(imText, partBits))
}

// skipIfNext reads the next rune if it is in set, and says whether it did.
func (s *scanState) skipIfNext(set string) bool {
	if s.peek(set) {
		s.next()
		return true
	}
	return false
}

// parseFloat is ParseFloat, plus a decimal mantissa with a binary exponent ("1.5p3"), which fmt allows.
func (s *scanState) parseFloat(str string, bits int) float64 {
	p := binaryExponentAt(str)
	if p < 0 {
		f, err := strconv.ParseFloat(str, bits)
		if err != nil {
			s.failWith(err)
		}
		return f
	}
	mant, err := strconv.ParseFloat(str[:p], bits)
	if err == nil {
		var exp int
		if exp, err = strconv.Atoi(str[p+1:]); err == nil {
			return math.Ldexp(mant, exp)
		}
	}
	if numErr, ok := err.(*strconv.NumError); ok {
		numErr.Num = str // the error shows the whole number
	}
	s.failWith(err)
	return 0
}

// binaryExponentAt is where the "p" of a decimal mantissa's binary exponent is in str, or -1 (none, or a
// hexadecimal number, which ParseFloat reads whole).
func binaryExponentAt(str string) int {
	at := -1
	for i, c := range str {
		if c == 'x' || c == 'X' {
			return -1
		}
		if c == 'p' && at < 0 {
			at = i
		}
	}
	return at
}

func (s *scanState) scanString(verb rune) string {
	s.checkVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.needInput()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.token(true, notSpace))
}

// quoted reads a Go string literal, back-quoted or double-quoted, and returns its value.
func (s *scanState) quoted() string {
	s.needInput()
	switch s.next() {
	case '`':
		for {
			r := s.nextInValue()
			if r == '`' {
				return string(s.buf)
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.nextInValue()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// the rune after a backslash cannot end the literal; Unquote checks the escape
				s.buf = utf8.AppendRune(s.buf, s.nextInValue())
			} else if r == '"' {
				break
			}
		}
		value, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.failWith(err)
		}
		return value
	}
	s.fail("expected quoted string")
	return ""
}

// hexValue is the value of a hexadecimal digit, found by its place in hexDigits (0-9, then each letter in
// lower and upper case).
func hexValue(r rune) (int, bool) {
	for at, digit := range hexDigits {
		if digit == r && at < 10 {
			return at, true
		} else if digit == r {
			return 10 + (at-10)/2, true
		}
	}
	return 0, false
}

// hexBytes reads pairs of hexadecimal digits as bytes, up to the first rune that starts no pair.
func (s *scanState) hexBytes() string {
	s.needInput()
	for {
		r := s.next()
		if r == eof {
			break
		}
		high, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		low, ok := hexValue(s.nextInValue())
		if !ok {
			s.fail("illegal hex digit")
		}
		s.buf = append(s.buf, byte(high<<4|low))
	}
	if len(s.buf) == 0 {
		s.fail("no hex data for %x string")
	}
	return string(s.buf)
}

// scanKind says what *arg is ("" if arg is not a pointer, "nil" for nil; see ScanTargets in Java), its size
// in bits for numbers, and whether its type is a defined one; scanStore sets *arg to v (an int64, uint64,
// float64, bool, string or []byte).
func scanKind(arg any) (kind string, bits int, named bool)
func scanStore(arg any, v any)

// scanOne reads one value for verb into the variable arg points to.
func (s *scanState) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if own, ok := arg.(Scanner); ok {
		if err := own.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.failWith(err)
		}
		return
	}
	kind, bits, named := scanKind(arg)
	switch kind {
	case "nil":
		panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
	case "":
		s.fail("type not a pointer: " + Sprintf("%T", arg))
	case "bool":
		scanStore(arg, s.scanBool(verb))
	case "int":
		scanStore(arg, s.scanInt(verb, bits))
	case "uint":
		scanStore(arg, s.scanUint(verb, bits))
	case "float":
		if !named {
			s.checkVerb(verb, floatVerbs, "float"+strconv.Itoa(bits))
		}
		s.SkipSpace()
		s.needInput()
		scanStore(arg, s.parseFloat(s.floatToken(), bits))
	case "complex":
		s.checkVerb(verb, floatVerbs, "complex")
		s.SkipSpace()
		s.needInput()
		scanStore(arg, s.scanComplex(bits/2))
	case "string":
		scanStore(arg, s.scanString(verb))
	case "bytes":
		scanStore(arg, []byte(s.scanString(verb)))
	default:
		s.fail("can't scan type: " + Sprintf("%T", arg))
	}
}

// catchScanFailure turns a failure of the scan, or the input ending before a value, into the error result.
func catchScanFailure(errp *error) {
	caught := recover()
	if caught == nil {
		return
	}
	if failure, ours := caught.(scanFailure); ours {
		*errp = failure.err
	} else if err, isErr := caught.(error); isErr && err == io.EOF {
		*errp = io.EOF
	} else {
		panic(caught)
	}
}

// scanValues is Scan and Scanln: a value for each operand, then for Scanln the end of the line.
func (s *scanState) scanValues(a []any) (n int, err error) {
	defer catchScanFailure(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlEnds {
		// only space may follow the last operand on its line
		for r := s.next(); r != '\n' && r != eof; r = s.next() {
			if !isSpace(r) {
				s.fail("expected newline")
			}
		}
	}
	return n, nil
}

// matchText matches the input against the start of format up to its next verb, and returns how many bytes of
// format it matched: 0 when format starts with a verb (or the input ran out), -1 when the input differs.
// A run of spaces matches a run of spaces (or the end of the input); newlines must match newlines, with any
// spaces before them in either.
func (s *scanState) matchText(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fc) {
			newlines, spaceAfter := 0, false
			for i < len(format) && isSpace(fc) {
				if fc == '\n' {
					newlines++
					spaceAfter = false
				} else {
					spaceAfter = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for k := 0; k < newlines; k++ {
				r := s.next()
				for isSpace(r) && r != '\n' {
					r = s.next()
				}
				if r != '\n' && r != eof {
					s.fail("newline in format does not match input")
				}
			}
			if spaceAfter {
				r := s.next()
				if newlines == 0 {
					// spaces alone in the format need at least one in the input
					if !isSpace(r) && r != eof {
						s.fail("expected space in input to match format")
					}
					if r == '\n' {
						s.fail("newline in input does not match format")
					}
				}
				for isSpace(r) && r != '\n' {
					r = s.next()
				}
				if r != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.fail("missing verb: % at end of format string")
			}
			if after, _ := utf8.DecodeRuneInString(format[i+w:]); after != '%' {
				return i // a verb
			}
			i += w // "%%" is a literal percent sign
		}
		r := s.nextInValue()
		if r != fc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// widthAt reads the decimal width that may start at format[i] (not at the last byte, the verb's place).
func widthAt(format string, i int) (width int, ok bool, next int) {
	last := len(format) - 1
	if i >= last {
		return 0, false, last
	}
	for next = i; next < last && '0' <= format[next] && format[next] <= '9'; next++ {
		if width > 1e6 {
			return 0, false, last // absurdly wide: not a width
		}
		width = width*10 + int(format[next]-'0')
		ok = true
	}
	return width, ok, next
}

// scanFormat is Scanf: text of the format matched, a value read for each verb.
func (s *scanState) scanFormat(format string, a []any) (n int, err error) {
	defer catchScanFailure(&err)
	for i := 0; i < len(format); {
		matched := s.matchText(format[i:])
		if matched > 0 {
			i += matched
			continue
		}
		if format[i] != '%' {
			if matched < 0 {
				s.fail("input does not match format")
			}
			break // the input ended; missing values are reported below
		}
		i++
		var hasWidth bool
		s.width, hasWidth, i = widthAt(format, i)
		if !hasWidth {
			s.width = noWidth
		}
		verb, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.needInput()
			if !s.accept("%") {
				s.fail("missing literal %")
			}
			continue
		}
		s.argLimit = noWidth
		if limit := s.count + s.width; limit < s.argLimit {
			s.argLimit = limit
		}
		if n >= len(a) {
			s.fail("too few operands for format '%" + format[i-w:] + "'")
		}
		s.scanOne(verb, a[n])
		n++
		s.argLimit = noWidth
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return n, nil
}
