// Package io holds the reader and writer interfaces that other packages share, and their common errors.
package io

import "errors"

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
)

// Reader is anything that fills a byte slice with its next input (Read).
type Reader interface {
	Read(into []byte) (n int, err error)
}

// Writer is anything that consumes a byte slice (Write).
type Writer interface {
	Write(from []byte) (n int, err error)
}

// Closer is anything with a Close method.
type Closer interface {
	Close() error
}

// ReadWriter is both a Reader and a Writer.
type ReadWriter interface {
	Reader
	Writer
}

// StringWriter can write a string without converting it to bytes first.
type StringWriter interface {
	WriteString(str string) (n int, err error)
}

// ByteReader reads one byte at a time.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteWriter writes one byte at a time.
type ByteWriter interface {
	WriteByte(b byte) error
}

// RuneReader reads one UTF-8 encoded rune at a time, with its size in bytes.
type RuneReader interface {
	ReadRune() (ch rune, size int, err error)
}

// WriteString writes s to w, through w's own WriteString method when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if direct, ok := w.(StringWriter); ok {
		return direct.WriteString(s)
	}
	return w.Write([]byte(s))
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

// ------------------------------------------------------------------------------------------------------------
// Added for os and io/ioutil (branch fs8); the rest of io (Copy, Pipe, SectionReader, ...) comes with the io8 work.

// Where Seek counts from: the start, the current offset, the end.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// ReadCloser is a Reader with a Close method.
type ReadCloser interface {
	Reader
	Closer
}

// NopCloser gives r a Close method that does nothing.
func NopCloser(r Reader) ReadCloser {
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

// Discard is a Writer that takes everything and keeps nothing.
var Discard Writer = discardAll{}

type discardAll struct{}

func (discardAll) Write(p []byte) (int, error)       { return len(p), nil }
func (discardAll) WriteString(s string) (int, error) { return len(s), nil }
