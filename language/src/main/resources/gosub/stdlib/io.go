// Package io holds the reader and writer interfaces that other packages share, the helpers that move bytes
// between them (Copy, ReadFull, ...), readers and writers built from others, an in-memory Pipe, and their errors.
package io

import (
	"errors"
	"sync"
)

// Whence values of Seek: where an offset counts from.
const (
	SeekStart   = 0 // the beginning of the data
	SeekCurrent = 1 // the current position
	SeekEnd     = 2 // the end of the data
)

var (
	// EOF is the error Read gives when the input is used up; a reader at its end returns it unwrapped.
	EOF = errors.New("EOF")
	// ErrUnexpectedEOF says the input ended in the middle of a block or value of known size.
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	// ErrShortWrite says a Write took fewer bytes than it was given without saying why.
	ErrShortWrite = errors.New("short write")
	// ErrShortBuffer says the buffer given to a read is too small for what must go in it.
	ErrShortBuffer = errors.New("short buffer")
	// ErrNoProgress says a Reader keeps returning neither data nor an error: most likely it is broken.
	ErrNoProgress = errors.New("multiple Read calls return no data or error")
	// ErrClosedPipe is what an operation on a closed end of a Pipe gets.
	ErrClosedPipe = errors.New("io: read/write on closed pipe")

	errInvalidWrite = errors.New("invalid write result")
	errWhence       = errors.New("Seek: invalid whence")
	errOffset       = errors.New("Seek: invalid offset")
)

// Reader is anything that fills a byte slice with its next input (Read). It returns how many bytes it put
// there and, once the input is used up or broken, an error; bytes that come with an error still count.
type Reader interface {
	Read(p []byte) (int, error)
}

// Writer is anything that consumes a byte slice (Write); fewer bytes than len(p) come with an error.
type Writer interface {
	Write(p []byte) (int, error)
}

// Closer is anything with a Close method.
type Closer interface {
	Close() error
}

// Seeker moves the position of the next Read or Write to offset, counted as whence says (SeekStart,
// SeekCurrent, SeekEnd), and returns the new position from the start.
type Seeker interface {
	Seek(offset int64, whence int) (position int64, err error)
}

// ReadWriter is both a Reader and a Writer.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser is a Reader that can be closed.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser is a Writer that can be closed.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser reads, writes and closes.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker is a Reader that can seek.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser reads, seeks and closes.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker is a Writer that can seek.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker reads, writes and seeks.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom can fill itself from a Reader until its end (Copy prefers it).
type ReaderFrom interface {
	ReadFrom(r Reader) (int64, error)
}

// WriterTo can write all it holds to a Writer (Copy prefers it).
type WriterTo interface {
	WriteTo(w Writer) (int64, error)
}

// ReaderAt reads at an absolute offset, independently of any position; unlike Read it fills p completely or
// says why not.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (int, error)
}

// WriterAt writes at an absolute offset.
type WriterAt interface {
	WriteAt(p []byte, off int64) (int, error)
}

// ByteReader reads one byte at a time.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is a ByteReader that can step back over the last byte it read.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte at a time.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded rune at a time, with its size in bytes.
type RuneReader interface {
	ReadRune() (ch rune, size int, err error)
}

// RuneScanner is a RuneReader that can step back over the last rune it read.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter can write a string without converting it to bytes first.
type StringWriter interface {
	WriteString(s string) (int, error)
}

// WriteString writes s to w, through w's own WriteString method when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if direct, ok := w.(StringWriter); ok {
		return direct.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads from r into buf until it holds at least min bytes. With fewer, the error says why: EOF when
// nothing at all was read, ErrUnexpectedEOF when the input ended part way, ErrShortBuffer when buf is smaller
// than min. Reading min bytes or more makes the error nil, whatever the last Read said.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	return readUpTo(r, buf, min)
}

// ReadFull reads exactly len(buf) bytes from r, with ReadAtLeast's errors when it cannot.
func ReadFull(r Reader, buf []byte) (n int, err error) { return readUpTo(r, buf, len(buf)) }

// readUpTo reads into buf (which has room for them) until it holds min bytes or r fails.
func readUpTo(r Reader, buf []byte, min int) (int, error) {
	have := 0
	for have < min {
		got, err := r.Read(buf[have:])
		have += got
		if err == nil {
			continue
		}
		switch {
		case have >= min:
			// enough: whatever r said with the last bytes does not matter
		case have > 0 && err == EOF:
			return have, ErrUnexpectedEOF
		default:
			return have, err
		}
	}
	return have, nil
}

// ReadAll reads r to its end and returns everything read. Reaching EOF is success: the error is nil then.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			// Let append choose the larger capacity; the byte it adds is taken back at once.
			data = append(data, 0)[:len(data)]
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		switch {
		case err == EOF:
			return data, nil
		case err != nil:
			return data, err
		}
	}
}

// Copy moves bytes from src to dst until src ends (that is no error) or a side fails, and counts them. It lets
// src write itself when it is a WriterTo, else dst read when it is a ReaderFrom; otherwise it goes through a
// buffer of its own.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyThrough(dst, src, nil)
}

// CopyBuffer is Copy with buf as the intermediate buffer (one is made when buf is nil); a WriterTo or
// ReaderFrom does not use it. A buf of length 0 is a mistake and panics.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if len(buf) == 0 && buf != nil {
		panic(emptyCopyBuffer)
	}
	return copyThrough(dst, src, buf)
}

// CopyBuffer's panic, in Go's words
const emptyCopyBuffer = "empty buffer in CopyBuffer"

// CopyN copies exactly n bytes from src to dst, or says why it could not (EOF when src ended first).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	copied, err := Copy(dst, &LimitedReader{R: src, N: n})
	switch {
	case copied == n:
		return n, nil
	case err == nil:
		// src ended first
		return copied, EOF
	}
	return copied, err
}

func copyThrough(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if whole, ok := src.(WriterTo); ok {
		return whole.WriteTo(dst)
	}
	if whole, ok := dst.(ReaderFrom); ok {
		return whole.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		// no point in a large buffer for a source that has few bytes left
		if lr, ok := src.(*LimitedReader); ok && int64(size) > lr.N {
			size = int(lr.N)
			if size < 1 {
				size = 1
			}
		}
		buf = make([]byte, size)
	}
	for {
		got, readErr := src.Read(buf)
		if got > 0 {
			put, err := passOn(dst, buf[:got])
			written += int64(put)
			if err != nil {
				return written, err
			}
		}
		if readErr == EOF {
			return written, nil
		} else if readErr != nil {
			return written, readErr
		}
	}
}

// passOn writes chunk to dst for Copy, which reports a count dst cannot have written, and a short write
// without a reason, as errors.
func passOn(dst Writer, chunk []byte) (int, error) {
	n, err := dst.Write(chunk)
	if n < 0 || n > len(chunk) {
		n = 0
		if err == nil {
			err = errInvalidWrite
		}
	}
	if err == nil && n < len(chunk) {
		err = ErrShortWrite
	}
	return n, err
}

// LimitReader is a Reader of at most n bytes of r: after them it reports EOF.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R, N bytes at most; N counts down as they are read.
type LimitedReader struct {
	R Reader // where the bytes come from
	N int64  // how many may still be read
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// NewSectionReader reads the n bytes of r that start at offset off.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	var end int64
	if off <= 1<<63-1-n {
		end = off + n
	} else {
		// a section past the largest offset ends there
		end = 1<<63 - 1
	}
	return &SectionReader{r, off, off, end, n}
}

// SectionReader reads, seeks and reads at offsets within one section of a ReaderAt.
type SectionReader struct {
	r     ReaderAt
	base  int64 // where the section starts in r
	pos   int64 // the next Read's offset in r
	limit int64 // where the section ends in r
	n     int64 // the length the section was made with
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.pos >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.pos; int64(len(p)) > left {
		p = p[:left]
	}
	got, err := s.r.ReadAt(p, s.pos)
	s.pos += int64(got)
	return got, err
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	at, err := seekTarget(s.base, s.pos, s.limit, true, offset, whence)
	if err != nil {
		return 0, err
	}
	s.pos = at
	return s.pos - s.base, nil
}

// seekTarget is where a Seek to offset lands, counted from the start of the underlying data: base is where
// the seeker's own position 0 is, pos its current position, end its end (a seeker without one refuses
// SeekEnd). Landing before base is an error.
func seekTarget(base, pos, end int64, hasEnd bool, offset int64, whence int) (int64, error) {
	var from int64
	switch {
	case whence == SeekStart:
		from = base
	case whence == SeekCurrent:
		from = pos
	case whence == SeekEnd && hasEnd:
		from = end
	default:
		return 0, errWhence
	}
	if from+offset < base {
		return 0, errOffset
	}
	return from + offset, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	at := s.base + off
	left := s.limit - at
	if int64(len(p)) <= left {
		return s.r.ReadAt(p, at)
	}
	// the section ends inside p: what is read is all there is
	n, err = s.r.ReadAt(p[:left], at)
	if err == nil {
		err = EOF
	}
	return n, err
}

// Size is the section's length in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer gives back what the section was made from: the ReaderAt, the offset and the length.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) {
	return s.r, s.base, s.n
}

// OffsetWriter writes to a WriterAt as to a stream that starts at a given offset.
type OffsetWriter struct {
	w    WriterAt
	base int64
	pos  int64
}

// NewOffsetWriter makes an OffsetWriter whose position 0 is offset off of w.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w, off, off}
}

func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.w.WriteAt(p, o.pos)
	o.pos += int64(n)
	return n, err
}

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errOffset
	}
	return o.w.WriteAt(p, off+o.base)
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	at, err := seekTarget(o.base, o.pos, 0, false, offset, whence)
	if err != nil {
		return 0, err
	}
	o.pos = at
	return o.pos - o.base, nil
}

// TeeReader reads from r and writes what it read to w before returning it; a failed write is the read's error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if wn, werr := t.w.Write(p[:n]); werr != nil {
			return wn, werr
		}
	}
	return n, err
}

type multiReader struct {
	readers []Reader
}

// MultiReader reads its readers one after the other, as if they were one input; it reports EOF after the
// last one's end, and the first error other than EOF at once.
func MultiReader(readers ...Reader) Reader {
	var all []Reader
	for _, each := range readers {
		// a MultiReader inside another is read as its parts
		if inner, ok := each.(*multiReader); ok {
			all = append(all, inner.readers...)
		} else {
			all = append(all, each)
		}
	}
	return &multiReader{all}
}

func (m *multiReader) Read(p []byte) (n int, err error) {
	for len(m.readers) > 0 {
		n, err = m.readers[0].Read(p)
		if err == EOF {
			m.readers[0] = nil // let it be collected
			m.readers = m.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(m.readers) > 0 {
				err = nil // the next reader still has something
			}
			return n, err
		}
	}
	return 0, EOF
}

func (m *multiReader) WriteTo(w Writer) (sum int64, err error) {
	for len(m.readers) > 0 {
		var n int64
		if inner, ok := m.readers[0].(*multiReader); ok {
			n, err = inner.WriteTo(w)
		} else {
			n, err = Copy(w, m.readers[0])
		}
		sum += n
		if err != nil {
			return sum, err
		}
		m.readers[0] = nil
		m.readers = m.readers[1:]
	}
	return sum, nil
}

type multiWriter struct {
	writers []Writer
}

// MultiWriter writes everything to each of its writers in turn; the first that fails or writes short stops it.
func MultiWriter(writers ...Writer) Writer {
	var all []Writer
	for _, each := range writers {
		if inner, ok := each.(*multiWriter); ok {
			all = append(all, inner.writers...)
		} else {
			all = append(all, each)
		}
	}
	return &multiWriter{all}
}

func (m *multiWriter) Write(p []byte) (n int, err error) {
	for _, each := range m.writers {
		if n, err = each.Write(p); err == nil && n != len(p) {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return len(p), nil
}

func (m *multiWriter) WriteString(s string) (n int, err error) {
	for _, each := range m.writers {
		if n, err = WriteString(each, s); err == nil && n != len(s) {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return len(s), nil
}

// NopCloser turns r into a ReadCloser whose Close does nothing; it stays a WriterTo if r is one.
func NopCloser(r Reader) ReadCloser {
	if _, writesItself := r.(WriterTo); writesItself {
		return nopCloserWriterTo{Reader: r}
	}
	return nopCloser{Reader: r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	inner := c.Reader.(WriterTo)
	return inner.WriteTo(w)
}

var (
	// Discard is a Writer that accepts everything and keeps nothing.
	Discard Writer = discard{}
)

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		got, rerr := r.Read(buf)
		n += int64(got)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// Pipe connects a writer to a reader in memory, without a buffer: each Write waits until readers have taken all
// of its bytes, over as many Reads as that needs. Reads and Writes may come from several goroutines; Writes do
// not interleave. Closing either end ends the pipe.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		offer:  make(chan []byte),
		taken:  make(chan int),
		closed: make(chan struct{}),
	}
	return &PipeReader{p: p}, &PipeWriter{p: p}
}

type pipe struct {
	writing sync.Mutex    // held by the Write under way
	offer   chan []byte   // a Write hands over what it has left
	taken   chan int      // the Read that took it says how much it used
	closed  chan struct{} // closed when the first end closes

	mu        sync.Mutex
	onceShut  bool
	readerErr error // why the read end was closed (writers get it), nil while it is open
	writerErr error // why the write end was closed (readers get it), nil while it is open
}

func (p *pipe) shut(readEnd bool, err error) {
	p.mu.Lock()
	if readEnd && p.readerErr == nil {
		p.readerErr = err
	}
	if !readEnd && p.writerErr == nil {
		p.writerErr = err
	}
	if !p.onceShut {
		p.onceShut = true
		close(p.closed)
	}
	p.mu.Unlock()
}

// readEndErr is what a Read gets once the pipe is closed: the writer's reason, unless the reader closed it.
func (p *pipe) readEndErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.readerErr == nil && p.writerErr != nil {
		return p.writerErr
	}
	return ErrClosedPipe
}

// writeEndErr is what a Write gets once the pipe is closed: the reader's reason, unless the writer closed it.
func (p *pipe) writeEndErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.writerErr == nil && p.readerErr != nil {
		return p.readerErr
	}
	return ErrClosedPipe
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.closed:
		return 0, p.readEndErr()
	default:
	}
	select {
	case chunk := <-p.offer:
		n := copy(b, chunk)
		p.taken <- n
		return n, nil
	case <-p.closed:
		return 0, p.readEndErr()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.closed:
		return 0, p.writeEndErr()
	default:
	}
	p.writing.Lock()
	defer p.writing.Unlock()
	// an empty Write still waits for a Read to take it
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.offer <- b:
			got := <-p.taken
			b = b[got:]
			n += got
		case <-p.closed:
			return n, p.writeEndErr()
		}
	}
	return n, nil
}

// PipeReader is the read end of a Pipe.
type PipeReader struct {
	p *pipe
}

// Read takes bytes from a Write, waiting for one if needed. Once the pipe is closed it returns the write end's
// error (EOF after a plain Close), or ErrClosedPipe if this end was closed.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the read end: Writes from now on fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the read end so that Writes fail with err (ErrClosedPipe if nil). Only the first
// error given to an end counts. It returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.shut(true, err)
	return nil
}

// PipeWriter is the write end of a Pipe.
type PipeWriter struct {
	p *pipe
}

// Write hands data to the reader and returns once it took all of it, or the pipe was closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the write end: Reads from now on get EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the write end so that Reads get err (EOF if nil). Only the first error given to an
// end counts. It returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.shut(false, err)
	return nil
}
