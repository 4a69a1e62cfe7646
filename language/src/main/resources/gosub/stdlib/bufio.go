// Package bufio puts a buffer in front of an io.Reader or io.Writer, so that many small reads or writes cost
// few calls of the underlying one, and splits input into lines, words or other tokens (Scanner).
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

const (
	defaultBufSize = 4096
	// the smallest buffer a Reader gets, whatever size is asked for
	minReadBufferSize = 16
	// how many times in a row a Read may return nothing before the reader is taken for broken
	maxConsecutiveEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")

	errNegativeRead = errors.New("bufio: reader returned negative count from Read")
)

// ---------------------------------------------------------------------------------------------- Reader

// Reader reads ahead from an io.Reader into a buffer and serves reads from there.
type Reader struct {
	buf      []byte
	rd       io.Reader
	r, w     int   // buf[r:w] holds what was read ahead and not yet served
	err      error // the error of the last Read of rd, not yet reported
	lastByte int   // the last byte served, for UnreadByte; -1 when stepping back is not allowed
	lastRune int   // the size of the rune the last ReadRune served, for UnreadRune; -1 otherwise
}

// NewReaderSize returns a Reader whose buffer holds at least size bytes. A Reader given as rd is returned
// unchanged when its buffer is that large.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if already, ok := rd.(*Reader); ok && len(already.buf) >= size {
		return already
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a Reader with the default buffer size (4096 bytes).
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size is the length of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops whatever is buffered, and any error, and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRune: -1}
}

// fill reads once more into the free end of the buffer, after moving what is unread to its front; a reader
// that keeps returning nothing gets io.ErrNoProgress.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// takeErr reports the pending error once.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered is how many bytes can be read without reading from the underlying reader.
func (b *Reader) Buffered() int { return b.w - b.r }

// Peek returns the next n bytes without consuming them; they alias the buffer until the next read. Fewer than n
// come with an error: why the input stopped, or ErrBufferFull when n is more than the buffer holds.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRune = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if have := b.w - b.r; have < n {
		n = have
		err = b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and says how many it skipped; fewer than n come with the reason.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.lastByte = -1
	b.lastRune = -1
	left := n
	for {
		skip := b.w - b.r
		if skip == 0 {
			b.fill()
			skip = b.w - b.r
		}
		if skip > left {
			skip = left
		}
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read reads up to len(p) bytes into p, calling the underlying Read at most once: what is buffered first, else
// one read (straight into p when p is at least as large as the buffer). At the end it returns 0 and io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			// nothing to gain from the buffer: read straight into p
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRune = -1
			}
			return n, b.takeErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRune = -1
	return n, nil
}

// ReadByte reads one byte, or returns the error that stopped the input.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRune = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte steps back over the last byte read. Only a read operation may come before it (Peek, Discard and
// writes do not count).
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		// the buffer is empty: the byte becomes its only content
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastRune = -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune and its size; an invalid encoding reads as U+FFFD of size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRune = -1
	if b.r == b.w {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRune = size
	return r, size, nil
}

// UnreadRune steps back over the last rune; only a ReadRune may come right before it.
func (b *Reader) UnreadRune() error {
	if b.lastRune < 0 || b.r < b.lastRune {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRune
	b.lastByte = -1
	b.lastRune = -1
	return nil
}

// ReadSlice reads up to and including the first delim and returns the bytes in the buffer, valid until the
// next read. Without a delim it returns what it has and the error: ErrBufferFull when the buffer filled up,
// else why the input stopped (an error exactly when the result does not end in delim).
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // the bytes at the front of buf[r:w] known to hold no delim
	for {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			end := b.r + searched + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if last := len(line) - 1; last >= 0 {
		b.lastByte = int(line[last])
		b.lastRune = -1
	}
	return line, err
}

// ReadLine returns the next line without its "\n" or "\r\n", in the buffer (valid until the next read). A line
// longer than the buffer comes in pieces, each with isPrefix true but the last. At the end of the input it
// returns no line and the error; the last line needs no newline.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		if n := len(line); n > 0 && line[n-1] == '\r' {
			// the '\n' may come next: keep the '\r' for the next piece so that "\r\n" is dropped as a whole
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		cut := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			cut = 2
		}
		line = line[:len(line)-cut]
	}
	return line, false, err
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

// WriteTo writes everything b and its reader still hold to w; the end of the input is no error.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte = -1
	b.lastRune = -1
	n, err = b.flushTo(w)
	if err != nil {
		return n, err
	}
	if direct, ok := b.rd.(io.WriterTo); ok {
		m, err := direct.WriteTo(w)
		return n + m, err
	}
	if direct, ok := w.(io.ReaderFrom); ok {
		m, err := direct.ReadFrom(b.rd)
		return n + m, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.takeErr()
}

// flushTo writes the buffered bytes to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// ---------------------------------------------------------------------------------------------- Writer

// Writer collects writes in a buffer and passes them on to an io.Writer when it is full or flushed. After a
// write error every later write and Flush returns that error. Call Flush at the end, or the tail is lost.
type Writer struct {
	err error
	buf []byte
	n   int // buf[:n] is waiting to be written
	wr  io.Writer
}

// NewWriterSize returns a Writer whose buffer holds at least size bytes (4096 if size is not positive). A
// Writer given as w is returned unchanged when its buffer is that large.
func NewWriterSize(w io.Writer, size int) *Writer {
	if already, ok := w.(*Writer); ok && len(already.buf) >= size {
		return already
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096 bytes).
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufSize)
}

// Size is the length of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops what is buffered and any error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered bytes to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		// keep what was not written, at the front
		if n > 0 && n < b.n {
			copy(b.buf[:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available is how many bytes fit in the buffer before it must be flushed.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer is an empty slice over the free part of the buffer, to append to and pass to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered is how many bytes wait in the buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes p into the buffer, flushing as needed; data larger than the buffer goes straight to the
// underlying writer when nothing is buffered. Fewer than len(p) bytes come with the reason.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r and returns its length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// a buffer too small for any rune
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString writes s into the buffer, flushing as needed.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		n := copy(b.buf[b.n:], s)
		b.n += n
		nn += n
		s = s[n:]
		b.Flush()
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// ReadFrom reads r to its end into the buffer, flushing it as it fills; when nothing is buffered and the
// underlying writer is an io.ReaderFrom, that one reads r instead. The end of r is no error.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	direct, hasDirect := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasDirect && b.Buffered() == 0 {
			m, derr := direct.ReadFrom(r)
			b.err = derr
			return n + m, derr
		}
		m, empties := 0, 0
		for {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			empties++
			if empties == maxConsecutiveEmptyReads {
				return n, io.ErrNoProgress
			}
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// a buffer filled to the brim is flushed at once
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
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
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start, end   int // buf[start:end] is read and not yet split
	err          error
	empties      int // empty tokens in a row that did not advance
	scanCalled   bool
	done         bool
}

// SplitFunc cuts the next token off the front of data (the unsplit input; atEOF says no more will come). It
// returns how many bytes to consume, the token (nil for none yet: more input is read and it is asked again),
// and an error that stops the scan (ErrFinalToken: after this token). With atEOF false, data is never empty.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken, returned by a split function with a token, makes that token the last one without an error.
	ErrFinalToken = errors.New("final token")
)

const (
	// MaxScanTokenSize is the default limit of a token's size (the buffer never grows beyond it).
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096
)

// NewScanner returns a Scanner of r that splits lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
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
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// first try to cut a token from what is buffered (or, at the end, whatever is left)
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					// empty tokens at the end of the input that consume nothing would come forever
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		s.makeRoom()
		if s.err != nil {
			return false
		}
		s.readMore()
	}
}

// makeRoom gets free space at the end of the buffer: by moving the unsplit bytes to the front, or by doubling
// the buffer up to the largest token size (beyond it, the token is too long).
func (s *Scanner) makeRoom() {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end < len(s.buf) {
		return
	}
	if len(s.buf) >= s.maxTokenSize || len(s.buf) > int(^uint(0)>>1)/2 {
		s.setErr(ErrTooLong)
		return
	}
	size := len(s.buf) * 2
	if size == 0 {
		size = startBufSize
	}
	if size > s.maxTokenSize {
		size = s.maxTokenSize
	}
	grown := make([]byte, size)
	copy(grown, s.buf[s.start:s.end])
	s.end -= s.start
	s.start = 0
	s.buf = grown
}

// readMore reads into the free end of the buffer until something arrives or the reader fails.
func (s *Scanner) readMore() {
	for empty := 0; ; {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || n > len(s.buf)-s.end {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		empty++
		if empty > maxConsecutiveEmptyReads {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr keeps the first error, except that a real error replaces the end of the input.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the buffer the scan starts with and the largest size the buffer may grow to (the longest token,
// unless cap(buf) is larger). It panics once Scan was called.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function; it panics once Scan was called.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a SplitFunc whose tokens are single bytes.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// the encoding of U+FFFD, the token of a byte that does not start a valid rune
var replacementRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc whose tokens are UTF-8 encoded runes. A byte that is not part of a valid encoding is
// a token of its own, given as the encoding of U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	if _, width := utf8.DecodeRune(data); width > 1 {
		return width, data[0:width], nil
	}
	// a bad encoding, or a rune not complete yet
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, replacementRune, nil
}

// ScanLines is a SplitFunc whose tokens are lines without their "\n" or "\r\n" (a lone "\r" stays). The last
// line needs no newline; an empty last line is no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, withoutCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

func withoutCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[0 : n-1]
	}
	return line
}

// isSpace is unicode.IsSpace with the ASCII answers inline: ScanWords asks it about every byte.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// ScanWords is a SplitFunc whose tokens are the words between white space (as unicode.IsSpace says), which
// never makes a token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	from := 0
	for from < len(data) {
		r, width := rune(data[from]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRune(data[from:])
		}
		if !isSpace(r) {
			break
		}
		from += width
	}
	for i := from; i < len(data); {
		r, width := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRune(data[i:])
		}
		if isSpace(r) {
			return i + width, data[from:i], nil
		}
		i += width
	}
	if atEOF && len(data) > from {
		return len(data), data[from:], nil
	}
	// only spaces so far (skip them), or a word that may go on
	return from, nil, nil
}
