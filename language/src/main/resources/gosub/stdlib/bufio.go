// Package bufio puts a buffer in front of an io.Reader or io.Writer, so that many small reads or writes cost
// few calls of the underlying one, and splits input into lines, words or other tokens (Scanner).
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const (
	defaultBufSize = 4096
	// the smallest buffer a Reader gets, whatever size is asked for
	minReadBufferSize = 16
	// how many times in a row a Read may return nothing before the reader is taken for broken
	maxConsecutiveEmptyReads = 100
)

// The errors of Reader and Writer; their texts are Go's.

// ErrInvalidUnreadByte: UnreadByte did not follow a read.
var ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")

// ErrInvalidUnreadRune: UnreadRune did not follow a ReadRune.
var ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")

// ErrBufferFull: what Peek or ReadSlice looked for does not fit in the buffer.
var ErrBufferFull = errors.New("bufio: buffer full")

// ErrNegativeCount: Peek or Discard was given a count below zero.
var ErrNegativeCount = errors.New("bufio: negative count")

// a broken io.Reader or io.Writer claimed a negative count; this panics, as in Go
var (
	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

// ---------------------------------------------------------------------------------------------- Reader

// Reader reads ahead from an io.Reader into a buffer and serves reads from there.
type Reader struct {
	buf      []byte
	src      io.Reader
	head     int   // the next byte to serve
	tail     int   // the end of what was read ahead: buf[head:tail] waits to be served
	pending  error // why the last read of src stopped, not reported yet
	prevByte int   // the byte served last, for UnreadByte; -1 when stepping back is not allowed
	prevRune int   // the size of the rune ReadRune served last, for UnreadRune; -1 otherwise
}

// NewReaderSize returns a Reader whose buffer holds at least size bytes (16 at the least). A Reader given as rd
// is returned unchanged when its buffer is already that large.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if already, ok := rd.(*Reader); ok && len(already.buf) >= size {
		return already
	}
	r := &Reader{}
	r.restart(make([]byte, atLeast(size, minReadBufferSize)), rd)
	return r
}

func atLeast(n, floor int) int {
	if n < floor {
		return floor
	}
	return n
}

// NewReader returns a Reader with the default buffer size (4096 bytes).
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size is the length of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops whatever is buffered, and any error, and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	buf := b.buf
	if buf == nil {
		// the zero Reader
		buf = make([]byte, defaultBufSize)
	}
	b.restart(buf, r)
}

func (b *Reader) restart(buf []byte, src io.Reader) {
	*b = Reader{buf: buf, src: src, prevByte: -1, prevRune: -1}
}

// waiting is what was read ahead and not served yet.
func (b *Reader) waiting() []byte { return b.buf[b.head:b.tail] }

// forbidUnread makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forbidUnread() {
	b.prevByte = -1
	b.prevRune = -1
}

// served moves past the next n (> 0) buffered bytes, which UnreadByte may then step back over by one.
func (b *Reader) served(n int) {
	b.head += n
	b.prevByte = int(b.buf[b.head-1])
	b.prevRune = -1
}

// readCount is the count a Read returned, which may not be negative.
func readCount(n int) int {
	if n < 0 {
		panic(errNegativeRead)
	}
	return n
}

// fill reads once more into the free end of the buffer, first moving what waits to the front. A source that
// keeps returning nothing, and no error, ends with io.ErrNoProgress.
func (b *Reader) fill() {
	if b.head > 0 {
		b.tail = copy(b.buf, b.waiting())
		b.head = 0
	}
	if b.tail == len(b.buf) {
		panic("bufio: fill called with no room in the buffer")
	}
	for empty := 0; empty < maxConsecutiveEmptyReads; empty++ {
		n, err := b.src.Read(b.buf[b.tail:])
		b.tail += readCount(n)
		if err != nil || n > 0 {
			b.pending = err
			return
		}
	}
	b.pending = io.ErrNoProgress
}

// takeErr reports the pending error once.
func (b *Reader) takeErr() error {
	err := b.pending
	b.pending = nil
	return err
}

// Buffered is how many bytes can be read without reading from the underlying reader.
func (b *Reader) Buffered() int { return b.tail - b.head }

// Peek returns the next n bytes without consuming them; they alias the buffer until the next read. Fewer than n
// come with an error: why the input stopped, or ErrBufferFull when n is more than the buffer holds.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forbidUnread()
	for have := b.Buffered(); have < n && have < len(b.buf) && b.pending == nil; have = b.Buffered() {
		b.fill()
	}
	switch {
	case n > len(b.buf):
		return b.waiting(), ErrBufferFull
	case b.Buffered() >= n:
		return b.waiting()[:n], nil
	}
	short := b.waiting()
	if err := b.takeErr(); err != nil {
		return short, err
	}
	return short, ErrBufferFull
}

// Discard skips the next n bytes and says how many it skipped; fewer than n come with the reason.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n <= 0 {
		if n < 0 {
			err = ErrNegativeCount
		}
		return 0, err
	}
	b.forbidUnread()
	for left := n; ; {
		if b.Buffered() == 0 {
			b.fill()
		}
		step := b.Buffered()
		if step > left {
			step = left
		}
		b.head += step
		if left -= step; left == 0 {
			return n, nil
		}
		if b.pending != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read reads up to len(p) bytes into p, calling the underlying Read at most once: what is buffered first, else
// one read (straight into p when p is at least as large as the buffer). At the end it returns 0 and io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	switch {
	case len(p) == 0:
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	case b.Buffered() > 0:
		return b.serveInto(p), nil
	case b.pending != nil:
		return 0, b.takeErr()
	case len(p) >= len(b.buf):
		// the buffer would only add a copy
		n, err = b.src.Read(p)
		if readCount(n) > 0 {
			b.prevByte = int(p[n-1])
			b.prevRune = -1
		}
		return n, err
	}
	n, err = b.src.Read(b.buf)
	b.head, b.tail = 0, readCount(n)
	if n == 0 {
		return 0, err
	}
	b.pending = err
	return b.serveInto(p), nil
}

// serveInto copies what waits (or as much as fits) into p.
func (b *Reader) serveInto(p []byte) int {
	n := copy(p, b.waiting())
	b.served(n)
	return n
}

// ReadByte reads one byte, or returns the error that stopped the input.
func (b *Reader) ReadByte() (byte, error) {
	b.prevRune = -1
	for b.Buffered() == 0 {
		if b.pending != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	b.served(1)
	return b.buf[b.head-1], nil
}

// UnreadByte steps back over the last byte read. Only a read operation may come before it (Peek and Discard
// do not count).
func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || b.head == 0 && b.tail > 0 {
		// nothing was read, or the buffer was refilled since
		return ErrInvalidUnreadByte
	}
	if b.head == 0 {
		// the buffer is empty: the byte becomes its only content
		b.tail = 1
	} else {
		b.head--
	}
	b.buf[b.head] = byte(b.prevByte)
	b.forbidUnread()
	return nil
}

// ReadRune reads one UTF-8 encoded rune and its size; an invalid encoding reads as U+FFFD of size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	if b.head < b.tail {
		if c := b.buf[b.head]; c < utf8.RuneSelf {
			// ASCII, most of most input: no decoding
			b.served(1)
			b.prevRune = 1
			return rune(c), 1, nil
		}
	}
	for !utf8.FullRune(b.waiting()) && b.pending == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.prevRune = -1
	if b.Buffered() == 0 {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.waiting())
	b.served(size)
	b.prevRune = size
	return r, size, nil
}

// UnreadRune steps back over the last rune; only a ReadRune may come right before it.
func (b *Reader) UnreadRune() error {
	if b.prevRune < 0 || b.head < b.prevRune {
		// the last operation was no ReadRune
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRune
	b.forbidUnread()
	return nil
}

// ReadSlice reads up to and including the first delim and returns the bytes in the buffer, valid until the
// next read. Without a delim it returns what it has and the error: ErrBufferFull when the buffer filled up,
// else why the input stopped (an error exactly when the result does not end in delim).
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // how many waiting bytes are known to hold no delim
	for {
		if i := bytes.IndexByte(b.waiting()[searched:], delim); i >= 0 {
			return b.take(searched + i + 1), nil
		}
		if b.pending != nil {
			line = b.take(b.Buffered())
			return line, b.takeErr()
		}
		if b.Buffered() == len(b.buf) {
			return b.take(len(b.buf)), ErrBufferFull
		}
		searched = b.Buffered()
		b.fill()
	}
}

// take serves the next n buffered bytes as a slice of the buffer.
func (b *Reader) take(n int) []byte {
	piece := b.waiting()[:n]
	if n > 0 {
		b.served(n)
	}
	return piece
}

// ReadLine returns the next line without its "\n" or "\r\n", in the buffer (valid until the next read). A line
// longer than the buffer comes in pieces, each with isPrefix true but the last. At the end of the input it
// returns no line and the error; the last line needs no newline.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	piece, readErr := b.ReadSlice('\n')
	last := len(piece) - 1
	switch {
	case readErr == ErrBufferFull:
		if last >= 0 && piece[last] == '\r' {
			// the '\n' may come next: the '\r' goes back so that "\r\n" is dropped as a whole
			b.head--
			piece = piece[:last]
		}
		return piece, true, nil
	case last < 0:
		return nil, false, readErr
	case piece[last] != '\n':
		// the last line, which ends without a newline
		return piece, false, nil
	}
	return bytes.TrimSuffix(piece[:last], []byte{'\r'}), false, nil
}

// untilDelim reads up to and including delim, across as many buffer fills as it takes: the full buffers it went
// through (copies) and the final piece (in the buffer), with their total length.
func (b *Reader) untilDelim(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		if e != ErrBufferFull {
			last, err = piece, e
			break
		}
		full = append(full, append([]byte(nil), piece...))
		total += len(piece)
	}
	total += len(last)
	return full, last, total, err
}

// ReadBytes reads up to and including the first delim and returns a fresh slice; without a delim it returns
// what was read and why the input stopped (an error exactly when the result does not end in delim).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.untilDelim(delim)
	line := make([]byte, 0, total)
	for _, piece := range full {
		line = append(line, piece...)
	}
	return append(line, last...), err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, _, err := b.untilDelim(delim)
	if len(full) == 0 {
		return string(last), err
	}
	var line []byte
	for _, piece := range full {
		line = append(line, piece...)
	}
	return string(append(line, last...)), err
}

// WriteTo writes everything b and its reader still hold to w; the end of the input is no error. The reader's
// own WriteTo, or else w's ReadFrom, moves what comes after the buffer when there is one.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forbidUnread()
	n, err = b.drainTo(w)
	if err != nil {
		return n, err
	}
	var more int64
	if src, ok := b.src.(io.WriterTo); ok {
		more, err = src.WriteTo(w)
	} else if dst, ok := w.(io.ReaderFrom); ok {
		more, err = dst.ReadFrom(b.src)
	} else {
		more, err = b.pumpTo(w)
	}
	return n + more, err
}

// pumpTo passes the rest of the input to w through the buffer.
func (b *Reader) pumpTo(w io.Writer) (int64, error) {
	var n int64
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.Buffered() > 0 {
		m, err := b.drainTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	err := b.takeErr()
	if err == io.EOF {
		err = nil
	}
	return n, err
}

// drainTo writes what waits in the buffer to w.
func (b *Reader) drainTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.waiting())
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.head += n
	return int64(n), err
}

// ---------------------------------------------------------------------------------------------- Writer

// Writer collects writes in a buffer and passes them on to an io.Writer when it is full or flushed. After a
// write error every later write and Flush returns that error. Call Flush at the end, or the tail is lost.
type Writer struct {
	buf  []byte
	used int // buf[:used] waits to be written
	dst  io.Writer
	err  error // the first error of dst, which every later call returns
}

// NewWriterSize returns a Writer whose buffer holds at least size bytes (4096 if size is not positive). A
// Writer given as w is returned unchanged when its buffer is already that large.
func NewWriterSize(w io.Writer, size int) *Writer {
	if already, ok := w.(*Writer); ok && len(already.buf) >= size {
		return already
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), dst: w}
}

// NewWriter returns a Writer with the default buffer size (4096 bytes).
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size is the length of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops what is buffered and any error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	buf := b.buf
	if buf == nil {
		// the zero Writer
		buf = make([]byte, defaultBufSize)
	}
	*b = Writer{buf: buf, dst: w}
}

// Flush writes the buffered bytes to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil || b.used == 0 {
		return b.err
	}
	n, err := b.dst.Write(b.buf[:b.used])
	if err == nil && n < b.used {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.used = 0
		return nil
	}
	// what was not written stays, moved to the front
	if 0 < n && n < b.used {
		copy(b.buf, b.buf[n:b.used])
	}
	b.used -= n
	b.err = err
	return err
}

// Available is how many bytes fit in the buffer before it must be flushed.
func (b *Writer) Available() int { return len(b.buf) - b.used }

// AvailableBuffer is an empty slice over the free part of the buffer, to append to and pass to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.used:][:0] }

// Buffered is how many bytes wait in the buffer.
func (b *Writer) Buffered() int { return b.used }

// Write writes p into the buffer, flushing as needed; data larger than the buffer goes straight to the
// underlying writer when nothing is buffered. Fewer than len(p) bytes come with the reason.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > b.Available() {
		var n int
		if b.used == 0 {
			// nothing waits: spare the copy
			n, b.err = b.dst.Write(p)
		} else {
			n = copy(b.buf[b.used:], p)
			b.used += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.used:], p)
	b.used += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err == nil && b.Available() == 0 {
		b.Flush()
	}
	if b.err != nil {
		return b.err
	}
	b.buf[b.used] = c
	b.used++
	return nil
}

// WriteRune writes the UTF-8 encoding of r and returns its length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if 0 <= r && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err == nil && b.Available() < utf8.UTFMax {
		b.Flush()
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		// a buffer smaller than the longest rune
		encoded := string(r)
		return b.WriteString(encoded)
	}
	size = utf8.EncodeRune(b.buf[b.used:], r)
	b.used += size
	return size, nil
}

// WriteString writes s into the buffer, flushing as needed; when nothing is buffered and s does not fit, an
// underlying io.StringWriter takes s whole.
func (b *Writer) WriteString(s string) (int, error) {
	// s[written:] is what is left: re-slicing s itself would copy its rest on every flush (gosub's strings share
	// no storage)
	written := 0
	direct, isStringWriter := b.dst.(io.StringWriter)
	for b.err == nil && len(s)-written > b.Available() {
		var n int
		if b.used == 0 && isStringWriter {
			n, b.err = direct.WriteString(s[written:])
		} else {
			n = copy(b.buf[b.used:], s[written:])
			b.used += n
			b.Flush()
		}
		written += n
	}
	if b.err != nil {
		return written, b.err
	}
	n := copy(b.buf[b.used:], s[written:])
	b.used += n
	return written + n, nil
}

// ReadFrom reads r to its end into the buffer, flushing it as it fills; when nothing is buffered and the
// underlying writer is an io.ReaderFrom, that one reads r instead. The end of r is no error.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	for {
		if b.Available() == 0 {
			if b.Flush() != nil {
				return n, b.err
			}
		}
		if direct, ok := b.dst.(io.ReaderFrom); ok && b.used == 0 {
			more, err := direct.ReadFrom(r)
			b.err = err
			return n + more, err
		}
		got, err := b.readOnce(r)
		n += int64(got)
		if err == io.EOF && b.Available() == 0 {
			// a buffer filled to the brim is flushed at once
			return n, b.Flush()
		} else if err == io.EOF {
			return n, nil
		} else if err != nil {
			return n, err
		}
	}
}

// readOnce reads from r into the free part of the buffer, trying again while r returns neither bytes nor an
// error, up to the limit of empty reads.
func (b *Writer) readOnce(r io.Reader) (int, error) {
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		n, err := r.Read(b.buf[b.used:])
		if n != 0 || err != nil {
			b.used += n
			return n, err
		}
	}
	return 0, io.ErrNoProgress
}

// ---------------------------------------------------------------------------------------------- ReadWriter

// ReadWriter joins a Reader and a Writer; its methods are theirs.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}

// ---------------------------------------------------------------------------------------------- Scanner

// Scanner reads input as a sequence of tokens: lines by default, or what its split function cuts (ScanWords,
// ScanRunes, ScanBytes or one of the program's own). Scan stops for good at the end of the input, at an error,
// or at a token longer than the largest buffer (see Buffer); Err then says which.
type Scanner struct {
	src         io.Reader
	split       SplitFunc
	maxSize     int // the largest the buffer may grow, so the longest token
	token       []byte
	buf         []byte
	from, to    int   // buf[from:to] is read and not yet split
	err         error // what ended the input (io.EOF at its end) or the scan
	emptyTokens int   // tokens in a row that consumed nothing at the end of the input
	started     bool  // Scan was called: Buffer and Split may no longer be
	finished    bool  // the split function gave ErrFinalToken
}

// SplitFunc cuts the next token off the front of data (the unsplit input; atEOF says no more will come). It
// returns how many bytes to consume, the token (nil for none yet: more input is read and it is asked again),
// and an error that stops the scan (ErrFinalToken: after this token). With atEOF false, data is never empty.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The errors that end a scan; their texts are Go's.

// ErrTooLong: a token does not fit in the largest buffer the Scanner may use.
var ErrTooLong = errors.New("bufio.Scanner: token too long")

// ErrNegativeAdvance: the split function asked to consume less than nothing.
var ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")

// ErrAdvanceTooFar: the split function asked to consume more than it was given.
var ErrAdvanceTooFar = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")

// ErrBadReadCount: the reader claimed to have read less than nothing, or more than it was given room for.
var ErrBadReadCount = errors.New("bufio.Scanner: Read returned impossible count")

var (
	// ErrFinalToken, returned by a split function with a token, makes that token the last one without an error.
	ErrFinalToken = errors.New("final token")
)

const (
	// MaxScanTokenSize is the default limit of a token's size (the buffer never grows beyond it): 64 KiB.
	MaxScanTokenSize = 1 << 16

	startBufSize = 4096

	// the panic of a split function that keeps returning empty tokens at the end of the input
	stuckSplitPanic = "bufio.Scan: too many empty tokens without progressing"
)

// NewScanner returns a Scanner of r that splits lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err is the error that stopped the scan, or nil if it was the end of the input.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes is the last token, in the scanner's buffer: the next Scan may overwrite it.
func (s *Scanner) Bytes() []byte { return s.token }

// Text is the last token as a string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan moves to the next token, which Bytes and Text then return; false when the scan is over.
func (s *Scanner) Scan() bool {
	if s.finished {
		return false
	}
	s.started = true
	for {
		atEOF := s.err != nil
		if atEOF || s.to > s.from {
			// cut a token from what is buffered, or at the end from whatever is left
			advance, token, err := s.split(s.buf[s.from:s.to], atEOF)
			if err == ErrFinalToken {
				s.token, s.finished = token, true
				return true
			}
			if err != nil {
				s.setErr(err)
				return false
			}
			if !s.consume(advance) {
				return false
			}
			s.token = token
			if token != nil {
				s.countEmpty(atEOF && advance == 0)
				return true
			}
		}
		if atEOF {
			s.from, s.to = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		if err := s.readMore(); err != nil {
			s.setErr(err)
		}
	}
}

// countEmpty watches for a split function that returns tokens at the end of the input without consuming
// anything: Scan would return them forever.
func (s *Scanner) countEmpty(stuck bool) {
	if !stuck {
		s.emptyTokens = 0
		return
	}
	s.emptyTokens++
	if s.emptyTokens > maxConsecutiveEmptyReads {
		panic(stuckSplitPanic)
	}
}

// consume moves past n split bytes, or ends the scan when the split function asked for the impossible.
func (s *Scanner) consume(n int) bool {
	var refused error
	switch {
	case n < 0:
		refused = ErrNegativeAdvance
	case n > s.to-s.from:
		refused = ErrAdvanceTooFar
	default:
		s.from += n
		return true
	}
	s.setErr(refused)
	return false
}

// makeRoom gets free space at the end of the buffer: by moving the unsplit bytes to the front, or by doubling
// the buffer up to the largest token size; false (and ErrTooLong) when the buffer may grow no more.
func (s *Scanner) makeRoom() bool {
	if s.from > 0 && (s.to == len(s.buf) || s.from > len(s.buf)/2) {
		s.to = copy(s.buf, s.buf[s.from:s.to])
		s.from = 0
	}
	if s.to < len(s.buf) {
		return true
	}
	const largestInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxSize || len(s.buf) > largestInt/2 {
		s.setErr(ErrTooLong)
		return false
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = startBufSize
	}
	if size > s.maxSize {
		size = s.maxSize
	}
	grown := make([]byte, size)
	s.to = copy(grown, s.buf[s.from:s.to])
	s.from = 0
	s.buf = grown
	return true
}

// readMore reads into the free end of the buffer until something arrives or the reader fails, and says why
// the input stopped.
func (s *Scanner) readMore() error {
	for empty := 0; empty <= maxConsecutiveEmptyReads; empty++ {
		room := len(s.buf) - s.to
		n, err := s.src.Read(s.buf[s.to:])
		if n < 0 || n > room {
			return ErrBadReadCount
		}
		s.to += n
		if err != nil {
			return err
		}
		if n > 0 {
			s.emptyTokens = 0
			return nil
		}
	}
	return io.ErrNoProgress
}

// setErr keeps the first error, except that a real error replaces the end of the input.
func (s *Scanner) setErr(err error) {
	switch s.err {
	case nil, io.EOF:
		s.err = err
	}
}

// notStarted panics when Scan was called: the method named by what may only come before.
func (s *Scanner) notStarted(what string) {
	if s.started {
		panic(what + " called after Scan")
	}
}

// Buffer sets the buffer the scan starts with and the largest size the buffer may grow to (the longest token,
// unless cap(buf) is larger). It panics once Scan was called.
func (s *Scanner) Buffer(buf []byte, max int) {
	s.notStarted("Buffer")
	s.buf = buf[:cap(buf)]
	s.maxSize = max
}

// Split sets the split function; it panics once Scan was called.
func (s *Scanner) Split(split SplitFunc) {
	s.notStarted("Split")
	s.split = split
}

// noMoreTokens says the input is over and nothing is left of it: every split function then returns no token.
func noMoreTokens(data []byte, atEOF bool) bool { return atEOF && len(data) == 0 }

// ScanBytes is a SplitFunc whose tokens are single bytes.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if noMoreTokens(data, atEOF) {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// the encoding of U+FFFD, the token of a byte that does not start a valid rune
var replacementRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc whose tokens are UTF-8 encoded runes. A byte that is not part of a valid encoding is
// a token of its own, given as the encoding of U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if noMoreTokens(data, atEOF) || !atEOF && !utf8.FullRune(data) {
		// nothing left, or a rune whose last bytes are still to come
		return 0, nil, nil
	}
	_, size := utf8.DecodeRune(data)
	if size == 1 && data[0] >= utf8.RuneSelf {
		return 1, replacementRune, nil
	}
	return size, data[:size], nil
}

// ScanLines is a SplitFunc whose tokens are lines without their "\n" or "\r\n" (a lone "\r" stays). The last
// line needs no newline; an empty last line is no token. (Java: stdlib/bufio/SplitNatives.)
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)

// ScanWords is a SplitFunc whose tokens are the words between white space (as unicode.IsSpace says), which
// never makes a token. (Java: stdlib/bufio/SplitNatives.)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
